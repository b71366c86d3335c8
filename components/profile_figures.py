"""The profile's figures: every indicator as a card, and the indicators a municipality can be compared on."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import datasets
from core.config import load_config
from core.data import queries
from core.data.errors import DataError
from core.views import indicator_views, profile_views
from core.views.cards import Card


@st.cache_data(show_spinner=False)
def key_figures(code: str, language: str) -> list[Card]:
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
