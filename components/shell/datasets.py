"""Cached access to the validated data package (the only Streamlit cache of data)."""

from __future__ import annotations

import contextlib

import pandas as pd
import streamlit as st

from core.data import catalogue, derived, loading
from core.data.errors import DataError
from core.jobs_config import jobs_settings
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


JOBS = "jobs_municipality"  # written only by make update-data: absent until a maintainer has run it


@st.cache_data(show_spinner=False)
def jobs() -> pd.DataFrame | None:
    """SCB's employed persons per municipality, or None before the first refresh (then nothing offers it).

    A file that is there but broken raises DataError, as every table does.
    """
    return loading.load(JOBS) if JOBS in catalogue.present_tables() else None


def _derived_rows() -> list[pd.DataFrame]:
    """Indicators derived from the emissions and from the jobs table, each left out when it cannot load."""
    rows = []
    with contextlib.suppress(DataError):
        emissions = loading.load("emissions")
        rows.append(derived.emission_indicators(emissions, transition_settings().base_year))
    with contextlib.suppress(DataError):
        table = jobs()
        rows += [] if table is None else [derived.job_indicators(table, jobs_settings().methods)]
    return rows


@st.cache_data(show_spinner=False)
def indicators() -> pd.DataFrame:
    """The curated indicators, with those derived from the emissions and jobs (core.data.derived) after them.

    A broken emissions or jobs file leaves those out: the map's other indicators need none of it, and the
    pages that show emissions or jobs themselves say that their part cannot be shown.
    """
    return pd.concat([loading.load("indicators"), *_derived_rows()], ignore_index=True)


@st.cache_data(show_spinner=False)
def plants() -> pd.DataFrame:
    """Every EU ETS plant with its verified emissions in the two compared years and the change."""
    years = transition_settings().plant_years
    return pipeline_views.plants_with_emissions(
        loading.load("ets_plants"), loading.load("ets_emissions"), years
    )
