"""Tables that leave the app as files: numbers with their provenance, safe CSV encodings, telling names."""

from __future__ import annotations

import csv
import io
import re
import unicodedata

import numpy as np
import pandas as pd
from pandas.api.types import is_bool_dtype, is_float_dtype, is_numeric_dtype

from core.data.statuses import STATUS_COLUMNS, status_columns
from core.text import format as fmt
from core.text.i18n import bilingual, text

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet runs such a cell as a formula
ESCAPE = "'"
PROVENANCE = ("unit", "source", "licence")
VALUE_COLUMNS = ("code", "name", "county", "indicator", "year", "value", *STATUS_COLUMNS, *PROVENANCE)
SITE_COLUMNS = ("company", "site", "municipality_code", "municipality", "county", "focus_area", "employees")
SITE_COLUMNS += ("year", "approximate", "source", "licence")
COUNTY_CODE_LENGTH = 2
EXCEL_SUFFIX = "excel"


def slug(value: str) -> str:
    """Lower-case ASCII words joined by hyphens: 'Företag i Gävleborg' -> 'foretag-i-gavleborg'."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def file_name(title: str, area: str | None, year: int | None, lang: str, excel: bool = False) -> str:
    """What the file holds, e.g. 'foretag-som-betalar-halften-av-lonerna_gavleborg_2022.csv'.

    area is a county's name, text for a level such as text('export.by_county'), or None for all counties;
    year None (the register's mixed years) leaves the year out.
    """
    parts = [title, area or text("export.all_counties", lang), str(year) if year else ""]
    parts += [EXCEL_SUFFIX] if excel else []
    return "_".join(slug(part) for part in parts if part) + ".csv"


def _ordered(table: pd.DataFrame, by: str | None, descending: bool, then: str) -> pd.DataFrame:
    """Rows sorted as the chart sorts them, missing values last, ties by `then`; None keeps the order."""
    if by is None:
        return table.reset_index(drop=True)
    return table.sort_values(
        [by, then], ascending=[not descending, True], na_position="last", kind="stable", ignore_index=True
    )


def headers(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The table's columns named in the reader's language (strings export.column.<name>)."""
    return table.rename(columns={c: text(f"export.column.{c}", lang) for c in table.columns})


def values_table(
    values: pd.DataFrame,
    info: dict,
    year: int | None,
    counties: dict[str, str],
    lang: str,
    by: str | None = "value",
    descending: bool = True,
) -> pd.DataFrame:
    """An indicator's values per area as numbers, each row with its year, unit, source and licence.

    values: a row per area with name, county_code, value and, for municipalities, municipality_code (as
    queries.indicator_values / county_values or a map's area values give them); info: the indicator's
    metadata entry (title, unit, source, license). Sorted by a column of the result (by), missing last.
    """
    rows = values.reset_index(drop=True)
    code = rows["municipality_code"] if "municipality_code" in rows else rows["county_code"]
    table = pd.DataFrame(
        {
            "code": code.astype(str),
            "name": rows["name"],
            "county": rows["county_code"].map(counties),
            "indicator": bilingual(info["title"], lang),
            "year": pd.array([year] * len(rows), dtype="Int64"),
            "value": pd.to_numeric(rows["value"]).astype(float),
            **status_columns(rows, lang),
            "unit": fmt.unit_label(info.get("unit", ""), lang),
            "source": bilingual(info.get("source"), lang),
            "licence": bilingual(info.get("license"), lang),
        },
        columns=list(VALUE_COLUMNS),
    )
    return headers(_ordered(table, by, descending, "name"), lang)


def sites_table(
    sites: pd.DataFrame,
    municipality_names: dict[str, str],
    counties: dict[str, str],
    focus_labels: dict[str, str],
    meta: dict,
    lang: str,
    by: str | None = "employees",
    descending: bool = True,
) -> pd.DataFrame:
    """The register's sites with employees as numbers, their year, whether approximate, source and licence."""
    rows = sites.reset_index(drop=True)
    has_figure = rows["employees"].notna()
    approximate = pd.Series([text("value.yes" if a else "value.no", lang) for a in rows["employees_approx"]])
    table = pd.DataFrame(
        {
            "company": rows["company"],
            "site": rows["site"],
            "municipality_code": rows["municipality_code"],
            "municipality": rows["municipality_code"].map(municipality_names),
            "county": rows["municipality_code"].str[:COUNTY_CODE_LENGTH].map(counties),
            "focus_area": rows["focus_area"].map(focus_labels),
            "employees": rows["employees"].astype("Int64"),
            "year": rows["employees_year"].astype("Int64"),
            "approximate": approximate.where(has_figure, ""),
            "source": rows["employees_source"].where(has_figure, rows["source"]),
            "licence": bilingual(meta["license"], lang),
        },
        columns=list(SITE_COLUMNS),
    )
    return headers(_ordered(table, by, descending, "company"), lang)


def _safe_cell(value: object) -> object:
    return f"{ESCAPE}{value}" if isinstance(value, str) and value.startswith(FORMULA_START) else value


def neutralise(frame: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """Text cells a spreadsheet would run as a formula, prefixed with an apostrophe; numbers untouched.

    columns: the text columns to check; by default every column that does not hold numbers.
    """
    chosen = columns if columns is not None else [c for c in frame if not is_numeric_dtype(frame[c])]
    return frame.assign(**{column: frame[column].map(_safe_cell) for column in chosen})


SIGNIFICANT = 15  # the digits a double always holds exactly: past them is a sum's float noise


def _number(value: object, decimal: str) -> str:
    if fmt.is_missing(value):
        return ""
    number = float(value)  # type: ignore[arg-type]
    # 408046.33999999997 (a sum) is written 408046.34; every figure a source gives keeps all its digits.
    shown = np.format_float_positional(number, precision=SIGNIFICANT, fractional=False, trim="-")
    return shown.replace(".", decimal)


def _encode(table: pd.DataFrame, excel: bool) -> bytes:
    """CSV lines end in CRLF (RFC 4180), which also makes a cell holding a lone CR quoted, not split."""
    csv = table.to_csv(index=False, sep=";" if excel else ",", lineterminator="\r\n")
    return csv.encode("utf-8-sig" if excel else "utf-8")


def _cell(value: object) -> object:
    """A text cell: empty when missing (a text that reads '<NA>' stays), neutralised otherwise."""
    missing = value is None or value is pd.NA or value is pd.NaT
    return "" if missing or (isinstance(value, float) and np.isnan(value)) else _safe_cell(value)


def csv_bytes(table: pd.DataFrame, lang: str, excel: bool = False) -> bytes:
    """The table as CSV with text cells neutralised and numbers as bare numbers.

    Plain: UTF-8, commas, dot decimals. excel=True: UTF-8 with a byte-order mark, semicolons and, in
    Swedish, decimal commas, so Excel opens it with å/ä/ö and numbers intact. Written row by row with the
    csv module (as pandas does inside to_csv, without its per-column work: these tables are small).
    """
    decimal = "," if excel and lang == "sv" else "."
    numeric = [is_numeric_dtype(table[c]) and not is_bool_dtype(table[c]) for c in table]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if excel else ",", lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.itertuples(index=False, name=None):
        writer.writerow(
            [_number(v, decimal) if number else _cell(v) for v, number in zip(row, numeric, strict=True)]
        )
    return out.getvalue().encode("utf-8-sig" if excel else "utf-8")


def dataset_csv(raw: pd.DataFrame, typed: pd.DataFrame, lang: str, excel: bool = False) -> bytes:
    """A published dataset as it is in the file, with its formula-like text cells neutralised.

    raw: the file read as text; typed: the same file validated, which tells the columns of numbers
    (left as written). excel=True adds a byte-order mark and semicolons and, in Swedish, decimal commas.
    """
    numeric = [c for c in typed if is_numeric_dtype(typed[c])]
    safe = neutralise(raw, [c for c in raw if c not in numeric])
    if excel and lang == "sv":
        decimals = [c for c in numeric if is_float_dtype(typed[c])]
        safe = safe.assign(**{c: safe[c].str.replace(".", ",", regex=False) for c in decimals})
    return _encode(safe, excel)
