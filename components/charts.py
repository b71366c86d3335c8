"""Show a chart or map with its text alternative, sources and an optional table alternative."""

from __future__ import annotations

import re
from html import escape, unescape

import pandas as pd
import streamlit as st

from components.downloads import download_html
from components.figure import figure_html
from components.i18n import lang, t
from components.tables import table_html
from core.config import load_config
from core.maps.svg_map import Drawing
from core.text.provenance import source_line

TAG = re.compile(r"<[^>]+>")


def notes_html(lines: list[str]) -> str:
    """Small grey lines of HTML, as under a chart."""
    return f'<p class="ik-note">{"<br>".join(lines)}</p>'


def sources_html(metas: list[dict]) -> str:
    """Source, year and licence of every dataset a chart or table uses, as HTML."""
    return notes_html([source_line(meta, lang()) for meta in metas])


def source_notes(metas: list[dict]) -> None:
    """Show the source, year and licence of every dataset a chart or table uses."""
    st.html(sources_html(metas))


def lead(heading: str, text: str, notes: list[str]) -> None:
    """A bold heading run into its text, then small notes (plain text, escaped)."""
    st.html(
        f"<p><strong>{escape(heading)}</strong> {escape(text)}</p>"
        + notes_html([escape(note) for note in notes])
    )


def table_alternative(table: pd.DataFrame, key: str, file_name: str) -> None:
    """The figures behind a chart, one click away, with a CSV download."""
    with st.expander(t("chart.table"), icon=":material/table:"):
        csv = table.to_csv(index=False).encode("utf-8")
        save = download_html(t("chart.download_csv"), csv, file_name, "text/csv")
        st.html(table_html(table, t("chart.table")) + save, unsafe_allow_javascript=True)


def _explain(summary: str, metas: list[dict], table: pd.DataFrame | None, key: str) -> None:
    st.html(f"<p>{escape(summary)}</p>{sources_html(metas)}")
    if table is not None:
        table_alternative(table, key, f"{key}.csv")


def show_map(
    drawing: Drawing,
    *,
    key: str,
    summary: str,
    metas: list[dict],
    table: pd.DataFrame | None = None,
    aside: str = "",
) -> None:
    """Render a map or bar chart (items show cards, some open pages), downloads, summary, sources, table."""
    sources = [unescape(TAG.sub("", source_line(meta, lang()))) for meta in metas]
    figure = figure_html(drawing, key, sources, load_config().map.font_size, aside)
    st.html(figure, unsafe_allow_javascript=True)
    _explain(summary, metas, table, key)
