"""Source, year and licence lines built from metadata, shown under every chart and table."""

from __future__ import annotations

from core.i18n import bilingual, text


def years_label(years: list[int] | int | None) -> str:
    """'2019', or '2021–2022' for a span; empty when unknown."""
    if years is None:
        return ""
    values = sorted({int(year) for year in (years if isinstance(years, list) else [years])})
    if not values:
        return ""
    return str(values[0]) if len(values) == 1 else f"{values[0]}–{values[-1]}"


def row_source(row: dict, meta: dict) -> dict:
    """Provenance of one table row: its own source and year, the table's licence."""
    return {
        "source": row["source"],
        "source_url": row["source_url"],
        "years": int(row["year"]),
        "license": meta["license"],
        "license_url": meta.get("license_url"),
    }


def indicator_source(meta: dict, indicator: str, year: int | None = None) -> dict:
    """Provenance of one indicator from its own entry in the indicators metadata."""
    entry = meta["indicators"][indicator]
    return {**entry, "years": year if year is not None else entry.get("years")}


def source_line(meta: dict, lang: str, years: list[int] | int | None = None) -> str:
    """Markdown: 'Källa: X (2019). Licens: Y.' with links where the metadata has them."""
    source = meta.get("source", "")
    url = meta.get("source_url")
    licence = bilingual(meta.get("license"), lang)
    licence_url = meta.get("license_url")
    shown_years = years_label(years if years is not None else meta.get("years"))
    source_md = f"[{source}]({url})" if url else source
    licence_md = f"[{licence}]({licence_url})" if licence_url else licence
    years_part = f" ({shown_years})" if shown_years else ""
    return text("source.line", lang, source=source_md, years=years_part, license=licence_md)
