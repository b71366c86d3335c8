"""The map page's view, cached per choice and screen; a visitor's own rows are drawn for that session only."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.shell import datasets
from components.shell.device import config_for
from core.data import derived, queries
from core.views import indicator_views, jobs_views
from core.views.map_page import MapChoice, MapData, MapView, Screen, map_view


def catalogue(phone: bool = False) -> dict:
    """Metadata per indicator id: the register's, and those from the emissions and jobs when they load."""
    metas = (datasets.meta(name) for name in ("indicators", "workplaces"))
    offered = set(datasets.indicators()["indicator"])
    config = config_for(phone)
    entries = indicator_views.indicator_catalogue(
        *metas, config, datasets.meta("emissions") if derived.EMISSIONS in offered else None
    )
    if derived.JOBS in offered:
        entries |= jobs_views.catalogue_entries(datasets.meta(datasets.JOBS), datasets.jobs(), config)
    return entries


def build(choice: MapChoice, screen: Screen, own: pd.DataFrame | None = None) -> MapView:
    """The map view for a choice; with the visitor's own rows it is built for that session only."""
    return _cached(choice, screen) if own is None else _build(choice, screen, own)


@st.cache_data(show_spinner=False)
def _cached(choice: MapChoice, screen: Screen) -> MapView:
    return _build(choice, screen, None)


def _build(choice: MapChoice, screen: Screen, own: pd.DataFrame | None) -> MapView:
    geo = {name: datasets.geojson(name) for name in ("municipalities", "counties")}
    tables = indicator_views.Tables(
        datasets.indicators(),
        datasets.load("workplaces"),
        queries.municipalities_table(geo["municipalities"]),
    )
    data = MapData(tables, geo, datasets.meta("workplaces"), own)
    return map_view(choice, screen, data, config_for(screen.phone), catalogue(screen.phone))
