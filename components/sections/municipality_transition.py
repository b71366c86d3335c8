"""The profile's transition section: emissions, plants, projects and grants of one municipality."""

from __future__ import annotations

from datetime import date
from html import escape

import streamlit as st

from components.shell import datasets
from components.shell.device import config_for, is_phone
from components.shell.i18n import lang, t
from components.widgets import figures
from components.widgets.cards import card_row
from components.widgets.tables import table_html, table_or_note_html
from components.widgets.text import heading_html, joined
from core.data import queries
from core.text.i18n import text
from core.transition_config import transition_settings
from core.views import emission_trends, local_transition, pipeline_views, trend_views
from core.views.cards import Card
from core.views.figure_view import FigureView


def _names() -> dict[str, str]:
    return queries.municipality_names(datasets.geojson("municipalities"))


@st.cache_data(show_spinner=False)
def _cards(code: str, language: str) -> list[Card]:
    settings = transition_settings()
    emissions = datasets.load("emissions")
    return [
        *local_transition.emission_cards(emissions, code, settings.base_year, language),
        local_transition.plant_card(datasets.plants(), code, settings.plant_years[1], language),
        local_transition.grant_card(datasets.load("grants"), datasets.meta("grants"), code, language),
    ]


@st.cache_data(show_spinner=False)
def _trend(code: str, name: str, language: str, phone: bool) -> FigureView:
    settings, config = transition_settings(), config_for(phone)
    lines = emission_trends.municipality_lines(datasets.load("emissions"), code, settings, language)
    style = emission_trends.trend_style(config, settings, phone)
    title = text("local.trend_title", language, name=name)
    meta = datasets.meta("emissions")
    measure = emission_trends.measure(meta)
    return trend_views.trend_view(lines, meta, title, measure, style, language, settings.base_year)


def panel(code: str, name: str) -> None:
    """Headline cards, the emissions trend, sectors, plants and projects of one place, on screen.

    A printed sheet keeps to one A4 page with the profile's own figures, map, sites and sources.
    """
    with st.container(key="noprint_transition"):
        sources = figures.sources_html([datasets.meta(n) for n in ("emissions", "ets_emissions", "grants")])
        card_row(_cards(code, lang()), sources, before=heading_html(t("local.heading", name=name)))
        _details(code, name)


def _details(code: str, name: str) -> None:
    settings, language = transition_settings(), lang()
    figures.show_view(
        _trend(code, name, language, is_phone()), key="local_trend", metas=[datasets.meta("emissions")]
    )
    sectors = local_transition.sector_table(
        datasets.load("emissions"), datasets.meta("emissions"), code, settings.base_year, language
    )
    own = datasets.plants()[datasets.plants()["municipality_code"].eq(code)]
    projects = datasets.load("transition_projects")
    projects = projects[projects["municipality_code"].eq(code)]
    plants_heading, pipeline_heading = t("transition.plants_heading"), t("transition.pipeline_heading")
    # One element for the tables and their sources: each element costs the browser rendering work.
    st.html(
        joined(
            figures.details_html(t("local.sectors"), table_html(sectors, t("local.sectors"))),
            f'<p class="ik-flush"><strong>{escape(plants_heading)}</strong></p>',
            table_or_note_html(
                pipeline_views.plants_table(own, _names(), settings.plant_years, language),
                plants_heading,
                "local.no_plants_note",
            ),
            f'<p class="ik-flush"><strong>{escape(pipeline_heading)}</strong></p>',
            table_or_note_html(
                pipeline_views.pipeline_table(
                    projects, _names(), date.today(), settings.no_news_months, language
                ),
                pipeline_heading,
                "local.no_projects_note",
            ),
            figures.sources_html([datasets.meta(n) for n in ("ets_plants", "transition_projects")]),
        )
    )
