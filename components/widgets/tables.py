"""Tables as plain HTML: light to load, read row by row by screen readers, easy to copy into slides."""

from __future__ import annotations

from html import escape

import pandas as pd
import streamlit as st

from components.shell.i18n import t
from components.widgets.text import joined

NARROW_COLUMNS = 2  # a table with more columns may need to scroll sideways on a phone, and says so there


def _with_code(table: pd.DataFrame, code_columns: tuple[str, ...]) -> pd.DataFrame:
    """Every cell escaped, those of code_columns marked as code (names as they are written in a file).

    A missing cell (None, NaN, pandas' <NA>) says so in the reader's language, never as a raw marker.
    """
    missing = escape(t("format.missing"))

    def cell(column: str, value: object) -> str:
        if not isinstance(value, list | tuple) and pd.isna(value):
            return missing
        shown = escape(str(value))
        return f"<code>{shown}</code>" if column in code_columns else shown

    return pd.DataFrame({escape(str(c)): [cell(c, v) for v in table[c]] for c in table.columns})


def table_html(
    table: pd.DataFrame, label: str, code_columns: tuple[str, ...] = (), whole: bool = False
) -> str:
    """The table as a scrollable, keyboard-reachable HTML table named by label; code_columns as code.

    Whole, it is shown at its full height: a few rows of long text, as a dataset's facts.
    """
    shown = _with_code(table, code_columns)
    markup = shown.to_html(index=False, border=0, escape=False, classes="ik-table")
    name = escape(label, quote=True)
    note = (
        f'<p class="ik-scroll-note">{escape(t("table.scrolls"))}</p>'
        if table.shape[1] > NARROW_COLUMNS
        else ""
    )
    frame = "ik-table-frame ik-table-whole" if whole else "ik-table-frame"
    return f'{note}<div class="{frame}" role="region" tabindex="0" aria-label="{name}">{markup}</div>'


def table_or_note_html(table: pd.DataFrame, label: str, empty_key: str) -> str:
    """A table (plain HTML: it wraps and scrolls on a phone), or a sentence saying there is none."""
    return table_html(table, label) if len(table) else f"<p>{escape(t(empty_key))}</p>"


def table_or_note(table: pd.DataFrame, label: str, empty_key: str, heading: str = "") -> None:
    """A table or a sentence saying there is none, as an element of its own (after its heading, if given)."""
    st.html(joined(heading, table_or_note_html(table, label, empty_key)))
