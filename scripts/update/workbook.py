"""Excel files for the refresh: the download (or a maintainer's copy), one sheet's rows, a header row."""

from __future__ import annotations

import io
import numbers
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

from scripts.update.http import Http, UpdateError


def download(http: Http, settings: dict, table: str) -> tuple[bytes, str]:
    """The publisher's file and its name: from `--file` (a copy a maintainer downloaded) or the URL."""
    if settings.get("file"):
        path = Path(settings["file"])
        try:
            return path.read_bytes(), path.name
        except OSError as error:
            raise UpdateError(http.publisher, table, f"cannot read {path} ({error.strerror})") from None
    url = settings["url"]
    return http.content(table, url), url.rsplit("=", 1)[-1].rsplit("/", 1)[-1]


def sheet_rows(content: bytes, sheet: str | int, where: tuple[str, str]) -> list[tuple]:
    """Every row of one sheet (by name, or by position from 0) as a tuple of cell values."""
    try:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise UpdateError(*where, f"not a readable Excel file, truncated? ({type(error).__name__})") from None
    names = book.sheetnames
    name = names[sheet] if isinstance(sheet, int) and sheet < len(names) else sheet
    if name not in names:
        raise UpdateError(*where, f"layout changed: no sheet {sheet!r} (the file has {names})")
    worksheet = book[name]
    worksheet.reset_dimensions()  # a file's stated size may be wrong; read every row as it is
    return [tuple(row) for row in worksheet.iter_rows(values_only=True)]


def find_row(
    rows: list[tuple], test: Callable[[tuple], bool], within: int, where: tuple[str, str], what: str
) -> int:
    """The position of the first row among the first `within` that passes the test."""
    for position, row in enumerate(rows[:within]):
        if test(row):
            return position
    raise UpdateError(*where, f"layout changed: no {what} in the first {within} rows")


def text(value: object) -> str:
    """A cell as trimmed text ('' for an empty cell)."""
    return "" if value is None else str(value).strip()


def number(value: object) -> float | None:
    """A cell as a number; an empty cell or a text ('Excluded', 'Not Reported') is missing, never zero."""
    if isinstance(value, numbers.Number) and not isinstance(value, bool):
        return float(value)
    try:
        return float(text(value).replace(" ", "").replace(",", "."))
    except ValueError:
        return None


def year(value: object) -> int | None:
    """A header cell that is a year (2024 or '2024'), else None."""
    cell = text(value).removesuffix(".0")
    return int(cell) if len(cell) == 4 and cell.isdigit() else None
