"""Read an uploaded CSV as Excel saves one: UTF-8 (BOM or not) or Windows-1252, comma or semicolon."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass

from core.data.errors import HEADER_LINES, Problem
from core.project_config import MEGABYTE, UploadSettings
from core.text import format as fmt
from core.text.i18n import text

ZIP_MAGIC = b"PK\x03\x04"  # xlsx and ods workbooks are zip archives
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
TEXT_CONTROLS = {"\t", "\r", "\n"}
SEMICOLON, COMMA = ";", ","
FIRST_ROW = HEADER_LINES + 1  # the line of the first data row


class UploadError(ValueError):
    """The file cannot be read as a table at all; one problem says why and what to do."""

    def __init__(self, problem: Problem) -> None:
        """Keep the problem."""
        super().__init__(problem.problem)
        self.problem = problem


def _fail(
    name: str, lang: str, row: int | None = None, fix: str = "save_as", **values: object
) -> UploadError:
    problem = text(f"upload.problem.{name}", lang, **values)
    return UploadError(Problem(row, None, problem, text(f"upload.fix.{fix}", lang, **values)))


def _megabytes(size: int, lang: str, up: bool = False) -> str:
    """Megabytes with one decimal; a file's size rounded up, so a file just over the limit says so."""
    value = math.ceil(size / MEGABYTE * 10) / 10 if up else size / MEGABYTE
    return text("upload.megabytes", lang, value=fmt.number(value, lang, 1))


def decode(raw: bytes, limits: UploadSettings, lang: str) -> str:
    """The file's text, or an UploadError for files too large, empty, binary or in another encoding."""
    if len(raw) > limits.max_bytes:
        size, limit = _megabytes(len(raw), lang, up=True), _megabytes(limits.max_bytes, lang)
        raise _fail("too_large", lang, fix="too_large", size=size, limit=limit)
    if not raw.strip():
        raise _fail("empty", lang, fix="empty")
    if raw.startswith(ZIP_MAGIC):
        raise _fail("workbook", lang)
    if raw.startswith(UTF16_BOMS) or b"\x00" in raw:
        raise _fail("utf16", lang)
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            content = raw.decode("cp1252")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise _fail("encoding", lang, row=line) from None
    if any(char < " " and char not in TEXT_CONTROLS for char in content):
        raise _fail("binary", lang)
    return content


def delimiter(content: str) -> str:
    """Semicolon when the header line has more semicolons than commas (Excel in Swedish), else comma."""
    header = content.lstrip("\ufeff").splitlines()[0] if content.strip() else ""
    return SEMICOLON if header.count(SEMICOLON) > header.count(COMMA) else COMMA


@dataclass(frozen=True)
class Table:
    """The header, the data rows with their line numbers, and the rows that could not be used."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    problems: list[Problem]


def _records(content: str, separator: str, lang: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=separator)
    records: list[list[str]] = []
    try:
        records.extend(reader)
    except csv.Error as error:
        raise _fail("csv", lang, row=len(records) + 1, fix="csv", error=str(error)) from None
    return records


def _header(cells: list[str], lang: str) -> list[str]:
    header = [cell.strip() for cell in cells]
    twice = sorted({name for name in header if header.count(name) > 1})
    if twice:
        raise _fail("duplicate_column", lang, fix="duplicate_column", columns=", ".join(twice))
    return header


def parse(content: str, limits: UploadSettings, lang: str) -> Table:
    """Split the text into header and rows; rows with the wrong number of cells become problems."""
    separator = delimiter(content)
    records = _records(content, separator, lang)
    header = _header(records[0] if records else [], lang)
    numbered = [
        (line, cells) for line, cells in enumerate(records[1:], FIRST_ROW) if any(c.strip() for c in cells)
    ]
    if not numbered:
        raise _fail("no_rows", lang, fix="no_rows")
    if len(numbered) > limits.max_rows:
        raise _fail("too_many_rows", lang, fix="too_many_rows", rows=len(numbered), limit=limits.max_rows)
    rows, problems = [], []
    for line, cells in numbered:
        if len(cells) == len(header):
            rows.append((line, [cell.strip() for cell in cells]))
            continue
        words = text("upload.problem.ragged", lang, cells=len(cells), columns=len(header))
        problems.append(Problem(line, None, words, text("upload.fix.ragged", lang, separator=separator)))
    return Table(header, rows, problems)
