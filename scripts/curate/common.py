"""What every curation step shares: the data folder, reading and writing CSV, our own texts in YAML."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
HERE = Path(__file__).resolve().parent


def write(frame: pd.DataFrame, name: str) -> None:
    """Write a table of text cells as UTF-8 CSV with LF line ends (empty cell = missing)."""
    frame.fillna("").to_csv(DATA / f"{name}.csv", index=False, lineterminator="\n")


def read(path: Path) -> pd.DataFrame:
    """A source CSV as text; empty cells stay empty strings."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def texts(name: str) -> dict[str, dict[str, str]]:
    """Our own sentences from scripts/curate/<name>.yaml: id -> field -> text."""
    return yaml.safe_load((HERE / f"{name}.yaml").read_text(encoding="utf-8"))


def field(ids: pd.Series, table: dict[str, dict[str, str]], key: str) -> pd.Series:
    """One field of our texts for each id, on the ids' index."""
    return ids.map(table).str.get(key)
