"""Show a figure with its text alternative, sources and an optional table alternative."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.i18n import lang, t
from core.provenance import source_line

PLOTLY_CONFIG = {
    "displaylogo": False,
    "scrollZoom": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2},
}


def source_notes(metas: list[dict]) -> None:
    """Source, year and licence of every dataset a chart or table uses."""
    st.caption("  \n".join(source_line(meta, lang()) for meta in metas))


def table_alternative(table: pd.DataFrame, key: str, file_name: str) -> None:
    """The figures behind a chart, one click away, with a CSV download."""
    with st.expander(t("chart.table"), icon=":material/table:"):
        st.dataframe(table, hide_index=True, key=f"{key}_table")
        st.download_button(
            t("chart.download_csv"),
            table.to_csv(index=False).encode("utf-8"),
            file_name=file_name,
            mime="text/csv",
            key=f"{key}_download",
            icon=":material/download:",
            on_click="ignore",
        )


def show(
    figure: go.Figure | dict,
    *,
    key: str,
    summary: str,
    metas: list[dict],
    table: pd.DataFrame | None = None,
    selectable: bool = False,
) -> object:
    """Render the chart, its plain-language summary, sources and table; return the selection."""
    state = st.plotly_chart(
        figure,
        key=key,
        alt=summary,
        config=PLOTLY_CONFIG,
        theme=None,
        on_select="rerun" if selectable else "ignore",
        selection_mode="points",
    )
    st.markdown(summary)
    source_notes(metas)
    if table is not None:
        table_alternative(table, key, f"{key}.csv")
    return state


def selected_location(state: object) -> str | None:
    """The area code of the first clicked map feature or site (its municipality), if any."""
    points = (getattr(state, "selection", None) or {}).get("points") or []
    for point in points:
        code = point.get("location") or point.get("customdata")
        if code:
            return str(code[0] if isinstance(code, list) else code)
    return None
