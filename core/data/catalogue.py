"""The data catalogue: which datasets exist, their facts, coverage, search and download."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pandas as pd

from core.data import exports, queries
from core.data.loading import DATA_DIR, read_csv
from core.text import format as fmt
from core.text.i18n import bilingual, text
from core.text.provenance import SHORT_SOURCE, html_link, years_label

TABLES = (
    "workplaces",
    "indicators",
    "key_figures",
    "project",
    "project_aims",
    "partners",
    "activities",
    "emissions",
    "ets_plants",
    "ets_emissions",
    "transition_projects",
    "grants",
    "jobs_region",
)
# Written only by `make update-data` (scripts/update): offered and validated when present, never missed.
OPTIONAL_TABLES = ("jobs_municipality", "kolada_industry")
GEOMETRIES = ("municipalities", "counties")


def present_tables(data_dir: Path | None = None) -> tuple[str, ...]:
    """The tables to offer and validate: every required one, and each optional one that has a file.

    Without data_dir: the app's data folder (DATA_DIR, read at call time, so tests may point it elsewhere).
    """
    folder = DATA_DIR if data_dir is None else data_dir
    present = (n for n in OPTIONAL_TABLES if any(folder.glob(f"{n}.*")))
    return (*TABLES, *present)


DATASETS = present_tables() + GEOMETRIES
CITATIONS_ANCHOR = "#sources"  # the Data page's list of a table's sources (its heading's anchor)


def facts(meta: dict, lang: str) -> pd.DataFrame:
    """Source, licence, years, access date, coverage and notes as a two-column table."""
    rows = {
        "data.fact.source": bilingual(meta["source"], lang),
        "data.fact.source_url": meta["source_url"],
        "data.fact.license": bilingual(meta["license"], lang),
        "data.fact.license_url": meta.get("license_url") or text("format.missing", lang),
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
    """The data dictionary: each column's name in the file, its title, unit and decimals."""
    return pd.DataFrame(
        [
            {
                text("data.column_in_file", lang): name,
                text("data.column_title", lang): bilingual(info.get("title"), lang),
                text("data.unit", lang): fmt.unit_label(info.get("unit") or "", lang),
                text("data.decimals", lang): "" if info.get("decimals") is None else str(info["decimals"]),
            }
            for name, info in meta["columns"].items()
        ]
    )


def indicator_coverage(
    indicators: pd.DataFrame, municipalities: pd.DataFrame, meta: dict, lang: str
) -> pd.DataFrame:
    """Municipalities with a value per indicator and year, and each indicator's source and licence."""
    table = queries.coverage(indicators, municipalities)
    entries = [meta["indicators"][i] for i in table["indicator"]]
    return pd.DataFrame(
        {
            text("column.indicator", lang): [bilingual(e["title"], lang) for e in entries],
            text("column.year", lang): table["year"].astype(str),
            text("column.coverage", lang): [
                text("column.coverage_value", lang, covered=n, total=total)
                for n, total in zip(table["covered"], table["total"], strict=True)
            ],
            text("column.source", lang): [bilingual(e["source"], lang) for e in entries],
            text("export.column.licence", lang): [bilingual(e["license"], lang) for e in entries],
        }
    )


def citations_html(table: pd.DataFrame, lang: str) -> str:
    """The distinct sources of the rows: short name and full citation, linked; empty without short names."""
    short = f"{SHORT_SOURCE}_{lang}"
    if short not in table:
        return ""
    sources = table[[short, "source", "source_url"]].drop_duplicates()
    items = [
        f"<li><strong>{escape(name)}</strong>: {html_link(full, url)}</li>"
        for name, full, url in sources.itertuples(index=False)
    ]
    return f'<ul class="ik-citations">{"".join(items)}</ul>'


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


def first_rows(found: pd.DataFrame, most: int) -> tuple[pd.DataFrame, bool]:
    """The rows to show at once (at most most), and whether some were left out."""
    return found.head(most), len(found) > most


def download_kinds(name: str) -> tuple[str, ...]:
    """How a dataset can be saved: a geometry as GeoJSON; a table as CSV and as CSV for Excel."""
    return ("geojson",) if name in GEOMETRIES else ("csv", "excel")


def download(name: str, typed: pd.DataFrame | None, lang: str, kind: str = "csv") -> tuple[str, bytes, str]:
    """File name, bytes and MIME type of a dataset to save: a geometry as published, a table as a safe CSV.

    A table is the published file with formula-like text cells neutralised (typed: the validated table,
    which tells the columns of numbers); kind 'excel' gives the variant for Excel (BOM, semicolons).
    """
    if kind == "geojson":
        path = DATA_DIR / f"{name}.geojson"
        return path.name, path.read_bytes(), "application/geo+json"
    excel = kind == "excel"
    payload = exports.dataset_csv(read_csv(DATA_DIR / f"{name}.csv"), typed, lang, excel)
    suffix = f"_{exports.EXCEL_SUFFIX}" if excel else ""
    return f"{name}{suffix}.csv", payload, "text/csv"
