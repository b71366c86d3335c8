"""Ways a data file gets broken in practice, each applied to a copy of data/ (used by several tests)."""

import shutil
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What a running app reads: copied for servers whose data a test breaks.
APP_PARTS = ("app.py", "asgi.py", "config.yaml", "pages", "components", "core", "server", "content", "data")
APP_PARTS += ("static", ".streamlit")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def renamed_column(data: Path) -> None:
    _edit(data / "workplaces.csv", "workplace_id,company,site,", "workplace_id,company,plats,")


def letters_in_a_number(data: Path) -> None:
    _edit(data / "indicators.csv", "1715,firms_50pct_payroll,2021,26,", "1715,firms_50pct_payroll,2021,abc,")


def unknown_municipality_code(data: Path) -> None:
    _edit(data / "indicators.csv", "\n1715,firms_50pct_payroll,2021,", "\n9999,firms_50pct_payroll,2021,")


def empty_file(data: Path) -> None:
    (data / "partners.csv").write_text("", encoding="utf-8")


def invalid_utf8(data: Path) -> None:
    path = data / "key_figures.csv"
    path.write_bytes(path.read_bytes().replace(b"industry_employees,NMS", b"industry_employees\xff,NMS", 1))


def truncated_geojson(data: Path) -> None:
    path = data / "municipalities.geojson"
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])


def negative_emissions(data: Path) -> None:
    _edit(data / "emissions.csv", "\n2081,municipality,2024,industry,", "\n2081,municipality,2024,industry,-")


def missing_file(data: Path) -> None:
    (data / "activities.csv").unlink()


# kind -> (dataset it breaks, how)
BREAKS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "renamed_column": ("workplaces", renamed_column),
    "letters_in_a_number": ("indicators", letters_in_a_number),
    "unknown_municipality_code": ("indicators", unknown_municipality_code),
    "empty_file": ("partners", empty_file),
    "invalid_utf8": ("key_figures", invalid_utf8),
    "truncated_geojson": ("municipalities", truncated_geojson),
    "missing_file": ("activities", missing_file),
    "negative_emissions": ("emissions", negative_emissions),
}


def copy_project(target: Path) -> Path:
    """A copy of the app (code, content, data, settings) in target, for a server a test may break."""
    for part in APP_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target
