"""Tables as plain HTML: light to load, read row by row by screen readers, easy to copy into slides."""

from __future__ import annotations

from html import escape

import pandas as pd

from components.i18n import t

MISSING = "–"
NARROW_COLUMNS = 2  # a table with more columns may need to scroll sideways on a phone, and says so there


def table_html(table: pd.DataFrame, label: str) -> str:
    """The table as a scrollable, keyboard-reachable HTML table named by label; its first column stays put."""
    markup = table.to_html(index=False, na_rep=MISSING, border=0, escape=True, classes="ik-table")
    name = escape(label, quote=True)
    note = (
        f'<p class="ik-scroll-note">{escape(t("table.scrolls"))}</p>'
        if table.shape[1] > NARROW_COLUMNS
        else ""
    )
    return f'{note}<div class="ik-table-frame" role="region" tabindex="0" aria-label="{name}">{markup}</div>'
