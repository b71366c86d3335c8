"""Which texts of a metadata file the reader sees, and whether each exists in every language."""

from __future__ import annotations

from collections.abc import Iterator

# Texts shown to readers: at the top of every file, and in each entry of the groups below.
TEXT_KEYS = ("title", "description", "source", "license", "coverage", "notes")
ENTRY_TEXT_KEYS = {
    "indicators": ("title", "definition", "source", "license", "coverage"),
    "figures": ("title", "definition"),
    "columns": ("title",),
}


def texts(meta: dict) -> Iterator[tuple[str, object]]:
    """Every reader-facing text as (path, value), e.g. ('license', …), ('indicators.x.source', …)."""
    for key in TEXT_KEYS:
        if key in meta:
            yield key, meta[key]
    for group, keys in ENTRY_TEXT_KEYS.items():
        for entry, info in (meta.get(group) or {}).items():
            for key in keys:
                if key in info:
                    yield f"{group}.{entry}.{key}", info[key]


def is_translated(value: object, languages: tuple[str, ...]) -> bool:
    """True for a mapping with a non-empty text for exactly the given languages."""
    return (
        isinstance(value, dict)
        and set(value) == set(languages)
        and all(isinstance(v, str) and v.strip() for v in value.values())
    )


def untranslated(meta: dict, languages: tuple[str, ...]) -> list[str]:
    """Paths of the reader-facing texts that are not one text per language."""
    return [path for path, value in texts(meta) if not is_translated(value, languages)]
