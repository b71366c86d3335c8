"""Turn validation failures into problems naming row, column, what is wrong and the fix, in sv or en."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from core.text.i18n import strings, text

MAX_LISTED = 20
HEADER_LINES = 1
MAX_ALLOWED_SHOWN = 12
CALL = re.compile(r"^(\w+)\((.*)\)$")  # a pandera check as written in failure cases: name(argument)
COLUMN_CHECKS = ("column_in_schema", "column_in_dataframe", "column_ordered")
UNIQUE_CHECKS = ("field_uniqueness", "multiple_fields_uniqueness", "unique")
CODE_COLUMNS = ("municipality_code", "county_code")


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


def check_name(check: str) -> str:
    """The check's name without its argument: 'isin([...])' -> 'isin', 'field_uniqueness' -> 'unique'."""
    name = check.split("(")[0]
    return "unique" if name in UNIQUE_CHECKS else name


def _type_fix(column_schema: object, lang: str) -> str:
    dtype = str(getattr(column_schema, "dtype", ""))
    if "Timestamp" in dtype or "datetime" in dtype.lower():
        return text("fix.date", lang)
    if "float" in dtype or "int" in dtype.lower():
        return text("fix.number", lang)
    return text("fix.text", lang)


def _allowed(column_schema: object) -> str:
    checks = getattr(column_schema, "checks", [])
    values = next((c.statistics.get("allowed_values") for c in checks if c.name == "isin"), [])
    return ", ".join(map(str, list(values)[:MAX_ALLOWED_SHOWN]))


def _format_fix(column: str, lang: str) -> str:
    if column in CODE_COLUMNS:
        return text(f"fix.{column}", lang)
    return text("fix.url" if column.endswith("url") else "fix.slug", lang)


def _fix(check: str, column: str | None, schema: pa.DataFrameSchema, lang: str) -> str:
    """How to fix a failed check, in the reader's language."""
    name, column_schema = check_name(check), schema.columns.get(column) if column else None
    argument = CALL.match(check)
    fixes = {
        "column_in_dataframe": lambda: text("fix.header", lang, columns=", ".join(schema.columns)),
        "column_ordered": lambda: text("fix.header", lang, columns=", ".join(schema.columns)),
        "coerce_dtype": lambda: _type_fix(column_schema, lang),
        "dtype": lambda: _type_fix(column_schema, lang),
        "isin": lambda: text("fix.isin", lang, values=_allowed(column_schema)),
        "str_matches": lambda: _format_fix(column or "", lang),
        "greater_than_or_equal_to": lambda: text("fix.at_least", lang, limit=argument.group(2)),
        "less_than_or_equal_to": lambda: text("fix.at_most", lang, limit=argument.group(2)),
    }
    if name in fixes:
        return fixes[name]()
    key = f"fix.{name}"
    return text(key, lang) if key in strings() else text("fix.other", lang, check=check)


def _plain(check: str, lang: str) -> str:
    """The check in words, e.g. 'is not one of the allowed values'; unknown checks by name."""
    key = f"check.{check_name(check)}"
    return text(key, lang) if key in strings() else text("check.other", lang, check=check)


def _root_causes(cases: pd.DataFrame) -> pd.DataFrame:
    """Drop follow-on failures: an unconverted cell also fails its type; a cell is named once."""
    cases = cases.drop_duplicates(["column", "check", "index"])
    checks = cases["check"].astype(str)
    unconverted = set(cases.loc[checks.str.startswith("coerce_dtype"), "column"])
    follow_on = cases["column"].isin(unconverted) & ~checks.str.startswith("coerce_dtype")
    cases = cases[~follow_on]
    repeated = cases["index"].notna() & cases.duplicated(["column", "index"])  # one problem per cell
    return cases[~repeated]


def describe_failures(cases: pd.DataFrame, schema: pa.DataFrameSchema, lang: str = "en") -> list[Problem]:
    """One Problem per failing cell, rows counted as lines in the CSV file, in the reader's language."""
    problems = []
    for case in _root_causes(cases).itertuples():
        check = str(case.check)
        column = None if case.column == schema.name else str(case.column)
        if check in {"column_in_schema", "column_in_dataframe"}:
            column = str(case.failure_case)
        row = None if pd.isna(case.index) else int(case.index) + 1 + HEADER_LINES
        words = _plain(check, lang)
        if row is not None and not check.startswith("column_") and column:
            words = text("check.value", lang, value=case.failure_case, problem=words)
        problems.append(Problem(row, column, words, _fix(check, column, schema, lang)))
    return sorted(problems, key=lambda p: (p.row or 0, p.column or ""))
