"""The focus-area page's charts, built once per choice of area, county, measure and language."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import datasets
from core.charts import figures
from core.config import load_config
from core.data import queries
from core.text import format as fmt
from core.text import summaries
from core.text.i18n import focus_labels, text
from core.views import site_views


def _areas(area: str | None) -> tuple[str, ...]:
    return (area,) if area else load_config().focus_area_ids


@st.cache_data(show_spinner=False)
def ranking(area: str | None, county: str | None, language: str) -> tuple[dict, str, pd.DataFrame, list]:
    """Sites ranked by employees: figure dict, summary, table, and the names without a figure."""
    config, labels = load_config(), focus_labels(language)
    selection = queries.Selection(county, _areas(area))
    sites = queries.active_sites(queries.filter_workplaces(datasets.load("workplaces"), selection))
    ranked = site_views.site_labels(queries.ranked_sites(sites), labels, language)
    figure = figures.ranked_bars(
        ranked, config.focus_areas, labels, text("focus.employees_axis", language), fmt.separators(language)
    )
    table = site_views.sites_table(
        site_views.site_labels(sites, labels, language), labels, datasets.meta("workplaces"), language
    )
    return (
        figure.to_plotly_json(),
        summaries.ranking_summary(ranked, len(sites), language),
        table,
        site_views.sites_without_figure(sites),
    )


@st.cache_data(show_spinner=False)
def by_county(area: str | None, measure: str, language: str) -> tuple[dict, str, pd.DataFrame]:
    """Counties compared on one measure, stacked by focus area: figure dict, summary, table."""
    config, labels = load_config(), focus_labels(language)
    chosen = queries.filter_workplaces(datasets.load("workplaces"), queries.Selection(None, _areas(area)))
    summary = queries.focus_area_summary(chosen, ["county_code", "focus_area"])
    names = {c.code: c.name for c in config.counties}
    figure = figures.stacked_county_bars(
        summary,
        measure,
        config.focus_areas,
        labels,
        names,
        text(f"focus.measure.{measure}", language),
        fmt.separators(language),
    )
    return (
        figure.to_plotly_json(),
        summaries.county_summary(summary, measure, names, language),
        site_views.county_table(summary, names, labels, language),
    )
