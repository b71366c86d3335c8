"""The profile's figures: indicator cards, the indicators to compare on, and the comparison chart."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.shell import datasets
from components.shell.device import config_for
from core.charts import bar_charts, bars
from core.config import load_config
from core.data import queries
from core.data.errors import DataError
from core.present.links import href
from core.svg.drawing import Drawing
from core.text.i18n import text
from core.views import indicator_views, profile_views
from core.views.profile_views import ProfileFigures


@st.cache_data(show_spinner=False)
def key_figures(code: str, language: str) -> ProfileFigures:
    """Every indicator for one municipality as a card beside county and region medians; cached per choice."""
    config = load_config()
    return profile_views.profile_cards(
        datasets.load("indicators"),
        datasets.load("workplaces"),
        queries.municipalities_table(datasets.geojson("municipalities")),
        catalogue(),
        code,
        config,
        language,
    )


def catalogue() -> dict:
    """Metadata per indicator id, the register's two included."""
    return indicator_views.indicator_catalogue(
        datasets.meta("indicators"), datasets.meta("workplaces"), load_config()
    )


def _register_if_readable() -> pd.DataFrame | None:
    """The workplace register, or None when its file is broken (the curated indicators still compare)."""
    try:
        return datasets.load("workplaces")
    except DataError:
        return None


def comparable(code: str) -> list[str]:
    """Indicators with a value somewhere in the municipality's county."""
    return _comparable_in(code[:2])


@st.cache_data(show_spinner=False)
def _comparable_in(county: str) -> list[str]:
    """Indicators with a value somewhere in one county; cached per county."""
    return profile_views.comparable(
        datasets.load("indicators"),
        _register_if_readable(),
        queries.municipalities_table(datasets.geojson("municipalities")),
        catalogue(),
        county,
        load_config(),
    )


def peer_drawing(
    values: pd.DataFrame,
    code: str,
    indicator: str,
    title: str,
    year: int | None,
    county: str,
    view: tuple[str, bool, bool],
) -> Drawing:
    """Bars of the county's municipalities for one indicator; each opens that profile on the same indicator.

    Args:
        values: name, municipality_code, value and value_text of the county's municipalities.
        code: the municipality shown.
        indicator: the indicator's id, kept by the links.
        title: the indicator's title in the reader's language.
        year: the year of the values (None for the register's newest figures).
        county: the county's name.
        view: the reader's language, presentation mode and whether the screen is a phone's.
    """
    language, present, phone = view

    def profile(kommun: str) -> str:
        return href("municipality", language, present, kommun=kommun, compare=indicator)

    when = indicator_views.year_label(year, catalogue()[indicator], language)
    heading = text("charts.peer_title", language, indicator=title, county=county, year=when)
    chart = bars.style(config_for(phone))
    return bar_charts.peer_ranking(values, code, chart, heading, county, language, profile)
