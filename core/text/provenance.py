"""Source, year and licence lines (HTML) built from metadata, shown under every chart and table."""

from __future__ import annotations

from html import escape

from core.text.i18n import bilingual, text

SHORT_SOURCE = "source_short"  # column prefix: source_short_sv, source_short_en


def years_label(years: list[int] | int | None) -> str:
    """'2019', or '2021–2022' for a span; empty when unknown."""
    if years is None:
        return ""
    values = sorted({int(year) for year in (years if isinstance(years, list) else [years])})
    if not values:
        return ""
    return str(values[0]) if len(values) == 1 else f"{values[0]}–{values[-1]}"


def short_source(row: dict, lang: str) -> str:
    """The row's short source name in the reader's language, else its full source as written."""
    key = f"{SHORT_SOURCE}_{lang}"
    return str(row[key]) if key in row and isinstance(row[key], str) else str(row["source"])


def row_source(row: dict, meta: dict, lang: str) -> dict:
    """Provenance of one row: its own source (its short name, if any) and year, the table's licence."""
    return {
        "source": short_source(row, lang),
        "source_url": row["source_url"],
        "years": int(row["year"]),
        "license": meta["license"],
        "license_url": meta.get("license_url"),
    }


def indicator_source(meta: dict, indicator: str, year: int | None = None) -> dict:
    """Provenance of one indicator from its own entry in the indicators metadata."""
    entry = meta["indicators"][indicator]
    return {**entry, "years": year if year is not None else entry.get("years")}


def html_link(label: str, url: str | None) -> str:
    """<a href="url">label</a>, escaped, or the escaped label alone."""
    shown = escape(label)
    return f'<a href="{escape(url, quote=True)}">{shown}</a>' if url else shown


def source_line(meta: dict, lang: str, years: list[int] | int | None = None) -> str:
    """HTML: 'Källa: X (2019). Licens: Y.' with links where the metadata has them."""
    licence = bilingual(meta.get("license"), lang)
    shown_years = years_label(years if years is not None else meta.get("years"))
    return text(
        "source.line",
        lang,
        source=html_link(bilingual(meta.get("source"), lang), meta.get("source_url")),
        years=f" ({shown_years})" if shown_years else "",
        license=html_link(licence, meta.get("license_url")),
    )
