"""Cached access to the validated data package (the only Streamlit cache of data)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.data import derived, loading
from core.data.errors import DataError
from core.transition_config import transition_settings
from core.views import pipeline_views


@st.cache_data(show_spinner=False)
def load(name: str) -> pd.DataFrame:
    """The validated table data/<name>.csv (a fresh copy per call)."""
    return loading.load(name)


@st.cache_data(show_spinner=False)
def meta(name: str) -> dict:
    """The metadata of data/<name>.*."""
    return loading.load_meta(name)


@st.cache_data(show_spinner=False)
def geojson(name: str) -> dict:
    """The checked GeoJSON data/<name>.geojson."""
    return loading.load_geojson(name)


@st.cache_data(show_spinner=False)
def indicators() -> pd.DataFrame:
    """The curated indicators, with those derived from the emissions (core.data.derived) after them.

    A broken emissions file leaves only the curated ones: the map's other indicators need none of it, and
    the pages that show emissions themselves say that their part cannot be shown.
    """
    curated = loading.load("indicators")
    try:
        emissions = loading.load("emissions")
    except DataError:
        return curated
    rows = derived.emission_indicators(emissions, transition_settings().base_year)
    return pd.concat([curated, rows], ignore_index=True)


@st.cache_data(show_spinner=False)
def plants() -> pd.DataFrame:
    """Every EU ETS plant with its verified emissions in the two compared years and the change."""
    years = transition_settings().plant_years
    return pipeline_views.plants_with_emissions(
        loading.load("ets_plants"), loading.load("ets_emissions"), years
    )
