"""The Transition page's sections, built once per choice of view, county, focus area, language and screen."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from components.shell import datasets
from components.shell.device import config_for
from core.config import load_config
from core.data import queries
from core.data.chart_exports import Export
from core.data.exports import values_table
from core.maps.map_layers import subset
from core.present.links import href
from core.svg.drawing import Drawing
from core.text import format as fmt
from core.text.i18n import text
from core.transition_config import transition_settings
from core.views import emission_trends, pipeline_timeline, pipeline_views, transition_map, trend_views
from core.views.cards import Card
from core.views.figure_view import FigureView


def names() -> dict[str, str]:
    """Municipality names by code."""
    return queries.municipality_names(datasets.geojson("municipalities"))


@st.cache_data(show_spinner=False)
def region_trend(language: str, phone: bool) -> FigureView:
    """Industry's emissions in the three counties together and in each, over time."""
    counties = {county.code: county.name for county in load_config().counties}
    settings = transition_settings()
    lines = emission_trends.region_lines(datasets.load("emissions"), counties, settings, language)
    title = text("transition.trend_title", language)
    meta = datasets.meta("emissions")
    measure = emission_trends.measure(meta)
    return trend_views.trend_view(
        lines,
        meta,
        title,
        measure,
        emission_trends.trend_style(config_for(phone), settings, phone),
        language,
        settings.base_year,
    )


def _export(values: pd.DataFrame, mode: str, year: int, language: str) -> Export:
    settings, meta = transition_settings(), datasets.meta("emissions")
    title = text(f"transition.map_title.{mode}", language, year=year, since=settings.base_year)
    unit = "percent" if mode == "change" else "t_co2e"
    info = {"title": title, "unit": unit, "source": meta["source"], "license": meta["license"]}
    counties = {county.code: county.name for county in load_config().counties}
    return Export(values_table(values, info, year, counties, language), title, None, year)


@st.cache_data(show_spinner=False)
def emissions_map(
    mode: str, county: str | None, area: str | None, language: str, phone: bool, present: bool
) -> FigureView:
    """The map of industrial emissions (or their change) with the plants, its sentence, table and file."""
    config, settings = config_for(phone), transition_settings()
    shown_plants = pipeline_views.plants_in(datasets.plants(), config.ets_sectors, None, area)
    geo = {"municipalities": datasets.geojson("municipalities")}

    def profile(code: str) -> str:
        return href("municipality", language, present, kommun=code)

    drawing, values = transition_map.emissions_map(
        datasets.load("emissions"), shown_plants, geo, config, settings, (mode, county), language, profile
    )
    year = int(datasets.load("emissions")["year"].max())
    shown = values[values["value"].notna()].sort_values("value")
    summary = text("transition.map_summary", language, count=len(shown), total=len(values))
    table = pd.DataFrame(
        {
            text("export.column.name", language): values["name"],
            text(f"transition.mode.{mode}", language): [fmt.number(v, language) for v in values["value"]],
        }
    )
    return FigureView(drawing, summary, table, _export(values, mode, year, language))


@st.cache_data(show_spinner=False)
def plants_table(county: str | None, area: str | None, language: str) -> pd.DataFrame:
    """The plants of a county (or all) and focus area (or all) as a table, largest emitter first."""
    chosen = pipeline_views.plants_in(datasets.plants(), load_config().ets_sectors, county, area)
    return pipeline_views.plants_table(chosen, names(), transition_settings().plant_years, language)


@st.cache_data(show_spinner=False)
def pipeline_figures(
    county: str | None, area: str | None, language: str, phone: bool, present: bool
) -> list[tuple[str, Drawing, str]]:
    """The projects in a county and focus area on a timeline and on a map: (key, drawing, summary) each."""
    config, settings = config_for(phone), transition_settings()
    chosen = pipeline_views.filter_projects(datasets.load("transition_projects"), county, area)
    geo = datasets.geojson("municipalities")
    geo = subset(geo, "county_code", {county}) if county else geo

    def profile(code: str) -> str:
        return href("municipality", language, present, kommun=code)

    width, font, today = config.map.width, config.map.font_size, date.today()
    timeline = pipeline_timeline.pipeline_timeline(chosen, names(), today, settings, width, font, language)
    places = pipeline_timeline.pipeline_map(chosen, geo, names(), today, settings, config, language, profile)
    return [
        ("transition_pipeline", timeline, text("transition.timeline_summary", language)),
        ("transition_projects_map", places, text("transition.project_map_summary", language)),
    ]


@st.cache_data(show_spinner=False)
def pipeline(county: str | None, area: str | None, language: str) -> tuple[list[Card], pd.DataFrame]:
    """Status cards and the table of the projects in a county and focus area."""
    chosen = pipeline_views.filter_projects(datasets.load("transition_projects"), county, area)
    months = transition_settings().no_news_months
    table = pipeline_views.pipeline_table(chosen, names(), date.today(), months, language)
    return pipeline_views.status_cards(chosen, language), table


@st.cache_data(show_spinner=False)
def grants(county: str | None, language: str) -> tuple[str, pd.DataFrame]:
    """The grants sentence (a stated slice of time) and the grants per municipality."""
    chosen = datasets.load("grants")
    chosen = chosen[chosen["county_code"].eq(county)] if county else chosen
    period = datasets.meta("grants")["period"]
    span = (str(period["first"]), str(period["last"]))
    return pipeline_views.grants_sentence(chosen, span, language), pipeline_views.grants_table(
        chosen, names(), language
    )
