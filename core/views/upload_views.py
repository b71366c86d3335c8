"""What the Data page shows about an uploaded file: its problems as a table, and a one-line summary."""

from __future__ import annotations

import pandas as pd

from core.data.errors import Problem
from core.data.upload import UploadResult
from core.text.i18n import text


def problems_table(problems: tuple[Problem, ...], lang: str) -> pd.DataFrame:
    """Row, column, what is wrong and how to fix it; row and column say so when the whole file is meant."""
    whole = text("upload.whole_file", lang)
    return pd.DataFrame(
        {
            text("upload.column.row", lang): [whole if p.row is None else str(p.row) for p in problems],
            text("upload.column.column", lang): [p.column or "–" for p in problems],
            text("upload.column.problem", lang): [p.problem[:1].upper() + p.problem[1:] for p in problems],
            text("upload.column.fix", lang): [p.fix[:1].upper() + p.fix[1:] for p in problems],
        }
    )


def summary(result: UploadResult, lang: str) -> str:
    """How many rows were read, how many can be shown and how many problems there are."""
    return text(
        "upload.summary", lang, read=result.read, valid=len(result.rows), problems=len(result.problems)
    )
