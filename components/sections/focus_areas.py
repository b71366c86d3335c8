"""The focus-area page's charts, drawn once per choice of area, county, measure, language and screen."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.shell import datasets
from components.shell.device import config_for, is_phone
from components.shell.frame import presenting
from core.charts import bar_charts, bars
from core.config import load_config
from core.data import chart_exports, exports, queries
from core.data.chart_exports import Export
from core.present.links import href
from core.svg.drawing import Drawing
from core.text import format as fmt
from core.text import summaries
from core.text.i18n import focus_labels, text
from core.transition_config import transition_settings
from core.views import pipeline_views, site_views


def _areas(area: str | None) -> tuple[str, ...]:
    return (area,) if area else load_config().focus_area_ids


def _county_names() -> dict[str, str]:
    return {county.code: county.name for county in load_config().counties}


def _title(heading: str, area: str | None, county: str | None, language: str) -> str:
    """The chart's title, naming the focus area and county chosen."""
    chosen = [focus_labels(language)[area] if area else "", _county_names()[county] if county else ""]
    return ": ".join([heading, ", ".join(part for part in chosen if part)]) if any(chosen) else heading


Chart = tuple[Drawing, str, pd.DataFrame, Export]  # the drawing, its summary, its table and its file


def ranking(area: str | None, county: str | None, language: str) -> tuple[Chart, list[str]]:
    """Sites ranked by employees, and the names of the sites without a figure."""
    return _ranking(area, county, language, is_phone(), presenting())


@st.cache_data(show_spinner=False)
def _ranking(
    area: str | None, county: str | None, language: str, phone: bool, present: bool
) -> tuple[Chart, list[str]]:
    config, labels = config_for(phone), focus_labels(language)
    selection = queries.Selection(county, _areas(area))
    sites = queries.active_sites(queries.filter_workplaces(datasets.load("workplaces"), selection))
    ranked = site_views.site_labels(queries.ranked_sites(sites), labels, language)

    def profile(code: str) -> str:
        return href("municipality", language, present, kommun=code)

    title = _title(text("charts.ranking_title", language), area, county, language)
    drawing = bar_charts.site_ranking(
        ranked, config.focus_areas, labels, bars.style(config), title, language, profile
    )
    meta = datasets.meta("workplaces")
    table = site_views.sites_table(site_views.site_labels(sites, labels, language), labels, meta, language)
    names = queries.municipality_names(datasets.geojson("municipalities"))
    numbers = exports.sites_table(sites, names, _county_names(), labels, meta, language)
    export = Export(numbers, title, _county_names().get(county or ""), None)
    summary = summaries.ranking_summary(ranked, len(sites), language)
    return (drawing, summary, table, export), site_views.sites_without_figure(sites)


def by_county(area: str | None, measure: str, language: str) -> Chart:
    """Counties compared on one measure, stacked by focus area."""
    return _by_county(area, measure, language, is_phone())


@st.cache_data(show_spinner=False)
def _by_county(area: str | None, measure: str, language: str, phone: bool) -> Chart:
    config, labels = config_for(phone), focus_labels(language)
    chosen = queries.filter_workplaces(datasets.load("workplaces"), queries.Selection(None, _areas(area)))
    summary = queries.focus_area_summary(chosen, ["county_code", "focus_area"])
    names = _county_names()
    heading = text("charts.county_title", language, measure=text(f"focus.measure.{measure}", language))
    drawing = bar_charts.county_stacks(
        summary,
        measure,
        config.focus_areas,
        labels,
        names,
        bars.style(config),
        _title(heading, area, None, language),
        language,
    )
    numbers = chart_exports.county_table(
        summary, measure, names, labels, datasets.meta("workplaces"), language
    )
    return (
        drawing,
        summaries.county_summary(summary, measure, names, language),
        site_views.county_table(summary, names, labels, language),
        Export(numbers, drawing.title, text("export.by_county", language), None),
    )


@st.cache_data(show_spinner=False)
def emissions_by_county(area: str | None, language: str, phone: bool) -> Chart:
    """EU ETS plants' verified emissions per county, stacked by the focus area their sector counts towards."""
    config, labels, names = config_for(phone), focus_labels(language), _county_names()
    years = transition_settings().plant_years
    summary = pipeline_views.focus_area_emissions(datasets.plants(), config.ets_sectors, area)
    heading = _title(text("focus.emissions_title", language, year=years[1]), area, None, language)
    drawing = bar_charts.county_stacks(
        summary, "tonnes", config.focus_areas, labels, names, bars.style(config), heading, language
    )
    meta = datasets.meta("ets_emissions")
    numbers = chart_exports.county_table(summary, "tonnes", names, labels, meta, language)
    shown = numbers.copy()
    value = text("export.column.value", language)
    shown[value] = [fmt.number(v, language) for v in shown[value]]
    export = Export(numbers, drawing.title, text("export.by_county", language), years[1])
    return drawing, text("focus.emissions_note", language), shown, export
