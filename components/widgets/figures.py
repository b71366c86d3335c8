"""Show a chart or map with its text alternative, sources and an optional table alternative."""

from __future__ import annotations

import re
from html import escape, unescape

import pandas as pd
import streamlit as st

from components.shell.i18n import lang, t
from components.widgets.downloads import download_html
from components.widgets.figure import File, figure_html
from components.widgets.tables import table_html
from components.widgets.text import joined
from core.config import load_config
from core.data.chart_exports import Export
from core.svg.drawing import Drawing
from core.text.provenance import source_line
from core.views.figure_view import FigureView

TAG = re.compile(r"<[^>]+>")
CSV = "text/csv"


def notes_html(lines: list[str]) -> str:
    """Small grey lines of HTML, as under a chart."""
    return f'<p class="ik-note">{"<br>".join(lines)}</p>'


def sources_html(metas: list[dict]) -> str:
    """Source, year and licence of every dataset a chart or table uses, as HTML (each line once)."""
    return notes_html(list(dict.fromkeys(source_line(meta, lang()) for meta in metas)))


def source_notes(metas: list[dict]) -> None:
    """Show the source, year and licence of every dataset a chart or table uses."""
    st.html(sources_html(metas))


def lead(heading: str, text: str, notes: list[str]) -> None:
    """A bold heading run into its text, then small notes (plain text, escaped)."""
    st.html(
        f"<p><strong>{escape(heading)}</strong> {escape(text)}</p>"
        + notes_html([escape(note) for note in notes])
    )


def details_html(label: str, content: str) -> str:
    """Content one click (or Enter) away, under a summary line: no icon font to load.

    The content travels as text in an attribute and is put in when the reader opens it (components/shell/
    later.js): the browser's sanitiser of each element then has a few nodes to walk, not a table's every cell.
    """
    later = escape(content, quote=True)
    return f'<details class="ik-details" data-ik-later="{later}"><summary>{escape(label)}</summary></details>'


def _explain(summary: str, metas: list[dict], table: pd.DataFrame | None) -> str:
    """What follows a figure: its summary, sources and the figures behind it one click away.

    The files to download are beside the figure.
    """
    label = t("chart.table")
    alternative = "" if table is None else details_html(label, table_html(table, label))
    return joined(f"<p>{escape(summary)}</p>{sources_html(metas)}", alternative)


def _files(export: Export | None) -> list[File]:
    """The figure's numbers to save with their buttons' labels: a CSV, and one that Excel opens as it is."""
    if export is None:
        return []
    labels = (t("figure.download_csv"), t("figure.download_excel"))
    files = export.files(lang())
    return [(label, name, payload) for label, (name, payload) in zip(labels, files, strict=True)]


def _file_links(export: Export) -> str:
    """Links that save the figure's numbers, for a figure drawn without the figure script."""
    return "".join(download_html(label, payload, name, CSV) for label, name, payload in _files(export))


def show_figure(
    drawing: Drawing,
    *,
    key: str,
    summary: str,
    metas: list[dict],
    table: pd.DataFrame | None = None,
    aside: str = "",
    export: Export | None = None,
    after: str = "",
    before: str = "",
) -> None:
    """A map or bar chart (items show cards, some open pages) with its downloads, summary, sources, table.

    All in one element, as each element costs the browser rendering work; before and after: HTML that comes
    first (its heading) and follows in it (no other figure: a figure's script finds its buttons in it).
    """
    sources = [unescape(TAG.sub("", source_line(meta, lang()))) for meta in metas]
    figure = figure_html(drawing, key, sources, load_config().map.font_size, aside, _files(export))
    st.html(joined(before, figure, _explain(summary, metas, table), after), unsafe_allow_javascript=True)


def show_view(view: FigureView, *, key: str, metas: list[dict], after: str = "") -> None:
    """A figure built with its summary, table and numbers (core.views.figure_view), with its sources."""
    show_figure(
        view.drawing,
        key=key,
        summary=view.summary,
        metas=metas,
        table=view.table,
        export=view.export,
        after=after,
    )


def around(summary: str, metas: list[dict], table: pd.DataFrame, export: Export) -> None:
    """What goes around a figure drawn elsewhere (the plotly explorer): files, summary, sources, table."""
    st.html(joined(f'<p class="ik-saves">{_file_links(export)}</p>', _explain(summary, metas, table)))
