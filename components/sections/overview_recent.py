"""The overview's lead: the newest official figures on industry's jobs and emissions, and the jobs trend."""

from __future__ import annotations

import streamlit as st

from components.shell import datasets
from components.shell.device import config_for, is_phone
from components.shell.i18n import lang, t
from components.widgets import figures
from components.widgets.cards import card_row
from components.widgets.text import section_heading
from core.charts.series import TrendStyle
from core.text.i18n import text
from core.transition_config import transition_settings
from core.views import recent_views, trend_views
from core.views.cards import Card
from core.views.figure_view import FigureView


@st.cache_data(show_spinner=False)
def _cards(language: str) -> list[Card]:
    since = transition_settings().base_year
    return recent_views.recent_cards(
        datasets.load("emissions"), datasets.load("jobs_region"), since, language
    )


@st.cache_data(show_spinner=False)
def _jobs_trend(language: str, phone: bool) -> FigureView:
    settings, config, meta = transition_settings(), config_for(phone), datasets.meta("jobs_region")
    line = recent_views.jobs_line(datasets.load("jobs_region"), settings.region_colour, language)
    style = TrendStyle(config.map.panel_width, settings.phone_plot_height, config.map.font_size)
    title = text("recent.jobs_title", language)
    first = int(line.table["year"].min())
    measure = recent_views.jobs_measure(meta, language)
    return trend_views.trend_view([line], meta, title, measure, style, language, first)


def cards() -> None:
    """The newest figures as cards, each with its year and source."""
    card_row(_cards(lang()))


def jobs_trend() -> None:
    """Industrial jobs in the region over time, the method break marked."""
    section_heading(t("recent.jobs_heading"))
    view = _jobs_trend(lang(), is_phone())
    figures.show_view(view, key="overview_jobs", metas=[datasets.meta("jobs_region")])
