"""The data catalogue: which datasets exist, their facts, coverage, search and download."""

from __future__ import annotations

import pandas as pd

from core.data import queries
from core.data.loading import DATA_DIR
from core.text.i18n import bilingual, text
from core.text.provenance import years_label

TABLES = ("workplaces", "indicators", "key_figures", "project", "project_aims", "partners", "activities")
GEOMETRIES = ("municipalities", "counties")
DATASETS = TABLES + GEOMETRIES


def facts(meta: dict, lang: str) -> pd.DataFrame:
    """Source, licence, years, access date, coverage and notes as a two-column table."""
    rows = {
        "data.fact.source": meta["source"],
        "data.fact.source_url": meta["source_url"],
        "data.fact.license": bilingual(meta["license"], lang),
        "data.fact.license_url": meta.get("license_url") or "–",
        "data.fact.years": years_label(meta.get("years")) or text("format.missing", lang),
        "data.fact.date_accessed": str(meta["date_accessed"]),
        "data.fact.coverage": bilingual(meta.get("coverage"), lang),
        "data.fact.notes": bilingual(meta.get("notes"), lang),
    }
    return pd.DataFrame(
        {
            text("data.fact", lang): [text(k, lang) for k in rows],
            text("data.value", lang): list(rows.values()),
        }
    )


def columns_table(meta: dict, lang: str) -> pd.DataFrame:
    """Each column's name, title, unit and decimals."""
    return pd.DataFrame(
        [
            {
                text("data.column", lang): name,
                text("data.column_title", lang): bilingual(info.get("title"), lang),
                text("data.unit", lang): info.get("unit") or "",
                text("data.decimals", lang): "" if info.get("decimals") is None else str(info["decimals"]),
            }
            for name, info in meta["columns"].items()
        ]
    )


def indicator_coverage(
    indicators: pd.DataFrame, municipalities: pd.DataFrame, meta: dict, lang: str
) -> pd.DataFrame:
    """Municipalities with a value per indicator and year, with translated headers."""
    table = queries.coverage(indicators, municipalities)
    return pd.DataFrame(
        {
            text("column.indicator", lang): [
                bilingual(meta["indicators"][i]["title"], lang) for i in table["indicator"]
            ],
            text("column.year", lang): table["year"].astype(str),
            text("column.coverage", lang): [
                text("column.coverage_value", lang, covered=n, total=total)
                for n, total in zip(table["covered"], table["total"], strict=True)
            ],
        }
    )


def as_table(geojson: dict) -> pd.DataFrame:
    """The properties of a GeoJSON's features as a table."""
    return pd.DataFrame([feature["properties"] for feature in geojson["features"]])


def search(frame: pd.DataFrame, query: str) -> pd.DataFrame:
    """Rows where any cell contains the query (case-insensitive); all rows for an empty query."""
    if not query.strip():
        return frame
    needle = query.strip().casefold()
    cells = frame.astype(str).apply(lambda column: column.str.casefold().str.contains(needle, regex=False))
    return frame[cells.any(axis=1)]


def download(name: str) -> tuple[str, bytes, str]:
    """File name, bytes and MIME type of the dataset file exactly as published."""
    suffix, mime = (".geojson", "application/geo+json") if name in GEOMETRIES else (".csv", "text/csv")
    path = DATA_DIR / f"{name}{suffix}"
    return path.name, path.read_bytes(), mime
