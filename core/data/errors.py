"""Turn validation failures into one readable error naming file, row, column and fix."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

MAX_LISTED = 20
HEADER_LINES = 1


@dataclass(frozen=True)
class Problem:
    """One problem in a data file; row is the line number in the file (header = line 1)."""

    row: int | None
    column: str | None
    problem: str
    fix: str

    def __str__(self) -> str:
        where = ", ".join(
            part
            for part in (
                f"row {self.row}" if self.row is not None else "",
                f"column '{self.column}'" if self.column else "",
            )
            if part
        )
        return f"{where or 'file'}: {self.problem}. Fix: {self.fix}."


class DataError(ValueError):
    """A data file failed to load or validate."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        """Keep the problems and build the message."""
        self.file = file
        self.problems = problems
        listed = "\n".join(f"  - {problem}" for problem in problems[:MAX_LISTED])
        more = len(problems) - MAX_LISTED
        tail = f"\n  … and {more} more" if more > 0 else ""
        super().__init__(f"{file}: {len(problems)} problem(s)\n{listed}{tail}")


def _type_fix(dtype: str) -> str:
    if "Timestamp" in dtype or "datetime" in dtype:
        return "write a date as YYYY-MM-DD, or leave the cell empty where allowed"
    if "float" in dtype or "int" in dtype.lower():
        return "write a number with digits only (a dot as decimal sign), or leave the cell empty"
    return "write plain text"


def _allowed(column_schema: object) -> str:
    checks = getattr(column_schema, "checks", [])
    values = next((c.statistics.get("allowed_values") for c in checks if c.name == "isin"), [])
    return ", ".join(map(str, list(values)[:12]))


CODE_FORMATS = {
    "municipality_code": "use a 4-digit SCB municipality code written as text, e.g. 2081 (Borlänge)",
    "county_code": "use a 2-digit SCB county code written as text, e.g. 20",
}


def _fix(check: str, column: str | None, schema: pa.DataFrameSchema) -> str:
    column_schema = schema.columns.get(column) if column else None
    fixes = (
        (("column_in_schema",), lambda: "remove this column, or add it to the schema and the metadata file"),
        (
            ("column_in_dataframe", "column_ordered"),
            lambda: f"the header must be exactly: {', '.join(schema.columns)}",
        ),
        (("coerce_dtype", "dtype"), lambda: _type_fix(str(getattr(column_schema, "dtype", "")))),
        (("not_nullable",), lambda: "fill in this cell; it may not be empty"),
        (("isin",), lambda: f"use one of: {_allowed(column_schema)}"),
        (
            ("str_matches",),
            lambda: CODE_FORMATS.get(
                column or "", "follow the format: lowercase slug, or a full https:// address"
            ),
        ),
        (("greater_than", "less_than", "in_range"), lambda: f"use a value that satisfies {check}"),
        (
            ("unique", "field_uniqueness", "multiple_fields_uniqueness"),
            lambda: "each value (or combination) must occur once; remove or rename the duplicate",
        ),
    )
    for prefixes, fix in fixes:
        if check.startswith(prefixes):
            return fix()
    return f"make the row pass the rule '{check}' (see docs/data-package.md)"


PLAIN = (
    ("isin", "is not one of the allowed values"),
    ("str_matches", "does not have the expected format"),
    ("coerce_dtype", "cannot be read as the column's type"),
    ("dtype", "has the wrong type"),
    ("not_nullable", "is empty"),
    ("column_in_schema", "is a column the table does not have"),
    ("column_in_dataframe", "is a required column that is missing"),
    ("column_ordered", "is out of order"),
)


def _plain(check: str) -> str:
    """The check in words, e.g. 'is not one of the allowed values'; unknown checks by name."""
    return next((words for prefix, words in PLAIN if check.startswith(prefix)), f"fails the rule {check}")


def _root_causes(cases: pd.DataFrame) -> pd.DataFrame:
    """Drop follow-on failures: a cell that could not be converted also fails its type and range."""
    cases = cases.drop_duplicates(["column", "check", "index"])
    checks = cases["check"].astype(str)
    unconverted = set(cases.loc[checks.str.startswith("coerce_dtype"), "column"])
    follow_on = cases["column"].isin(unconverted) & ~checks.str.startswith("coerce_dtype")
    return cases[~follow_on]


def describe_failures(cases: pd.DataFrame, schema: pa.DataFrameSchema) -> list[Problem]:
    """One Problem per failing cell, rows counted as lines in the CSV file."""
    problems = []
    for case in _root_causes(cases).itertuples():
        check = str(case.check)
        column = None if case.column == schema.name else str(case.column)
        if check in {"column_in_schema", "column_in_dataframe"}:
            column = str(case.failure_case)
        row = None if pd.isna(case.index) else int(case.index) + 1 + HEADER_LINES
        value = "" if row is None or check.startswith("column_") else f"value '{case.failure_case}' "
        problems.append(Problem(row, column, f"{value}{_plain(check)}".strip(), _fix(check, column, schema)))
    return sorted(problems, key=lambda p: (p.row or 0, p.column or ""))
