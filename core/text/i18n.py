"""Bilingual UI strings from content/strings.yaml: text(key, lang, **fmt)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from core.config import ROOT, load_config

STRINGS_PATH = ROOT / "content" / "strings.yaml"
CONTENT_DIR = ROOT / "content"


@cache
def strings(path: Path = STRINGS_PATH) -> dict[str, dict[str, str]]:
    """All UI strings, keyed by dotted key, each a {sv, en} pair."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def text(key: str, lang: str, **fmt: object) -> str:
    """The string for key in lang, formatted with fmt; a missing key raises KeyError."""
    value = strings()[key][lang]
    return value.format(**fmt) if fmt else value


def focus_labels(lang: str) -> dict[str, str]:
    """Focus-area names in one language, keyed by id, in config.yaml's order."""
    return {area: text(f"focus.{area}", lang) for area in load_config().focus_area_ids}


def bilingual(value: dict | str | None, lang: str) -> str:
    """Pick the language from a {sv, en} mapping in metadata; plain strings pass through."""
    if isinstance(value, dict):
        return str(value.get(lang) or next(iter(value.values()), ""))
    return "" if value is None else str(value)


@cache
def prose(name: str, lang: str, **fields: str) -> str:
    """Long text from content/<name>.<lang>.md, each `{field}` in it replaced by its value from the data."""
    body = (CONTENT_DIR / f"{name}.{lang}.md").read_text(encoding="utf-8")
    for field, value in fields.items():
        body = body.replace("{" + field + "}", value)
    return body
