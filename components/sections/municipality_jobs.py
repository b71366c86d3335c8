"""The profile's industrial jobs: employed in manufacturing and extraction, and their share, over time."""

from __future__ import annotations

from html import escape

import streamlit as st

from components.shell import datasets
from components.shell.device import config_for, is_phone
from components.shell.i18n import lang, t
from components.widgets import figures
from components.widgets.text import heading
from core.data.derived import JOBS_DERIVED
from core.jobs_config import jobs_settings
from core.transition_config import transition_settings
from core.views import emission_trends, jobs_views
from core.views.figure_view import FigureView


@st.cache_data(show_spinner=False)
def _trend(code: str, name: str, indicator: str, language: str, phone: bool) -> FigureView | None:
    style = emission_trends.trend_style(config_for(phone), transition_settings(), phone)
    return jobs_views.jobs_trend(
        datasets.jobs(),
        datasets.meta(datasets.JOBS),
        (code, name),
        indicator,
        jobs_settings(),
        style,
        language,
    )


def panel(code: str, name: str) -> None:
    """The two trends with their definitions and sources; nothing at all before the first data refresh."""
    if datasets.jobs() is None:
        return
    views = {i: _trend(code, name, i, lang(), is_phone()) for i in JOBS_DERIVED}
    shown = {i: view for i, view in views.items() if view is not None}
    if not shown:
        return
    heading(t("jobs.heading", name=name))
    meta = datasets.meta(datasets.JOBS)
    for indicator, view in shown.items():
        st.html(f"<p><strong>{escape(view.drawing.title)}</strong></p>")
        st.html(figures.notes_html([escape(t(f"indicator.{indicator}.definition"))]))
        figures.show_view(view, key=f"municipality_{indicator}", metas=[meta])
