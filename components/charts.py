"""Show a chart or map with its text alternative, sources and an optional table alternative."""

from __future__ import annotations

from html import escape

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.downloads import download_html
from components.i18n import lang, t
from components.image_map import image_map
from components.tables import table_html
from core.maps.svg_map import Drawing
from core.text.provenance import source_line

PLOTLY_CONFIG = {
    "displaylogo": False,
    "scrollZoom": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2},
}


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


def show(
    figure: go.Figure | dict,
    *,
    key: str,
    summary: str,
    metas: list[dict],
    table: pd.DataFrame | None = None,
) -> None:
    """Render a plotly chart, its plain-language summary, sources and table."""
    st.plotly_chart(figure, key=key, alt=summary, config=PLOTLY_CONFIG, theme=None)
    _explain(summary, metas, table, key)


def show_map(
    drawing: Drawing,
    *,
    key: str,
    summary: str,
    metas: list[dict],
    table: pd.DataFrame | None = None,
) -> None:
    """Render a map picture (areas and sites are links) with a link that saves it, summary, sources, table."""
    st.html(image_map(drawing, key, t("chart.download_svg")), unsafe_allow_javascript=True)
    _explain(summary, metas, table, key)
