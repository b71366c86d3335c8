"""Check a partner's own CSV against the curated data's schemas: valid rows, problems, corrected file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from core.data.errors import HEADER_LINES, Problem, describe_failures
from core.data.loading import DATA_DIR, build_schema, read_csv
from core.data.schemas import BOOLEAN_COLUMNS, SCHEMAS
from core.data.upload_read import UploadError, decode, parse
from core.project_config import UploadSettings
from core.text.i18n import text

KINDS = ("activities", "workplaces")
DECIMAL_COMMA = re.compile(r"^-?\d+,\d+$")  # 60,4766 as Excel writes it in Swedish
GROUPED_DIGITS = re.compile(r"^\d{1,3}([ \u00a0\u202f]\d{3})+$")  # 1 825 with a (narrow) no-break space
DATE_FORMAT = "%Y-%m-%d"


@dataclass(frozen=True)
class UploadResult:
    """What a check found: the valid rows (typed as the curated data), every problem, the corrected file."""

    kind: str
    rows: pd.DataFrame
    problems: tuple[Problem, ...]
    read: int
    corrected: bytes


def id_column(kind: str) -> str:
    """The column that identifies a row of this kind (the schema's first column)."""
    return next(iter(SCHEMAS[kind].to_schema().columns))


@cache
def upload_schema(kind: str, data_dir: Path = DATA_DIR) -> pa.DataFrameSchema:
    """The curated data's schema for this kind, built once per process (it reads the geometry)."""
    return build_schema(kind, data_dir)


def normalise(frame: pd.DataFrame, schema: pa.DataFrameSchema) -> pd.DataFrame:
    """Numbers as Excel writes them in Swedish (decimal comma, grouped digits) in the plain form."""
    frame = frame.copy()
    for name, column in schema.columns.items():
        dtype = str(column.dtype).lower()
        if name not in frame or not ("float" in dtype or "int" in dtype):
            continue
        values = frame[name].astype("string")
        comma = values.str.match(DECIMAL_COMMA, na=False)
        values = values.mask(comma, values.str.replace(",", ".", regex=False))
        grouped = values.str.match(GROUPED_DIGITS, na=False)
        frame[name] = values.mask(grouped, values.str.replace(r"\D", "", regex=True)).astype(object)
    return frame


def _as_frame(header: list[str], rows: list[tuple[int, list[str]]]) -> pd.DataFrame:
    """Cells as text, empty cells missing, indexed so that index + 2 is the line in the file."""
    index = [line - 1 - HEADER_LINES for line, _ in rows]
    frame = pd.DataFrame([cells for _, cells in rows], columns=header, index=index, dtype=object)
    return frame.where(frame.ne(""), None)


def _validate(
    frame: pd.DataFrame, schema: pa.DataFrameSchema, lang: str
) -> tuple[pd.DataFrame, list[Problem]]:
    """The rows that pass every check, typed, and one problem per failing cell or column."""
    try:
        return schema.validate(frame, lazy=True), []
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        problems = describe_failures(cases, schema, lang)
    if cases["index"].isna().any():  # a column is missing, extra or out of order: no row can be used
        return frame.iloc[0:0], problems
    good = frame.drop(index=[int(i) for i in cases["index"].unique()])
    try:
        return schema.validate(good, lazy=True), problems
    except pa.errors.SchemaErrors:
        return frame.iloc[0:0], problems


def _published_ids(
    kind: str, typed: pd.DataFrame, data_dir: Path, lang: str
) -> tuple[pd.DataFrame, list[Problem]]:
    """Rows whose id is already in the published file are set aside: the maintainer could not add them."""
    column = id_column(kind)
    if typed.empty:
        return typed, []
    clash = typed[column].isin(set(read_csv(data_dir / f"{kind}.csv")[column]))
    problems = [
        Problem(
            int(index) + 1 + HEADER_LINES,
            column,
            text("upload.problem.published_id", lang, value=value),
            text("upload.fix.published_id", lang),
        )
        for index, value in typed.loc[clash, column].items()
    ]
    return typed[~clash], problems


def corrected_csv(typed: pd.DataFrame) -> bytes:
    """The valid rows as the curated files are written: UTF-8, comma, ISO dates, codes as text."""
    return typed.to_csv(index=False, date_format=DATE_FORMAT, lineterminator="\n").encode("utf-8")


def check_upload(
    raw: bytes, kind: str, limits: UploadSettings, lang: str, data_dir: Path = DATA_DIR
) -> UploadResult:
    """Read, normalise and validate an uploaded file of activities or workplaces; never raises."""
    schema = upload_schema(kind, data_dir)
    empty = pd.DataFrame(columns=list(schema.columns))
    try:
        table = parse(decode(raw, limits, lang), limits, lang)
    except UploadError as error:
        return UploadResult(kind, empty, (error.problem,), 0, b"")
    frame = normalise(_as_frame(table.header, table.rows), schema)
    typed, problems = _validate(frame, schema, lang)
    typed, clashes = _published_ids(kind, typed, data_dir, lang)
    typed = typed if len(typed) else empty
    corrected = corrected_csv(typed) if len(typed) else b""
    for column in BOOLEAN_COLUMNS.get(kind, []):
        typed = typed.assign(**{column: typed[column].eq("true")})
    found = sorted([*table.problems, *problems, *clashes], key=lambda p: (p.row or 0, p.column or ""))
    read = len(table.rows) + len(table.problems)
    return UploadResult(kind, typed.reset_index(drop=True), tuple(found), read, corrected)


def template_csv(kind: str, example_id: str, data_dir: Path = DATA_DIR) -> bytes:
    """The header and one real row of the published file as a worked example, UTF-8 with a comma."""
    published = read_csv(data_dir / f"{kind}.csv")
    example = published[published[id_column(kind)].eq(example_id)]
    return example.to_csv(index=False, lineterminator="\n").encode("utf-8")
