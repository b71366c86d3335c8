"""The map page's figure and texts, built once per choice of indicator, filters and language."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components.shell import datasets
from components.shell.device import config_for
from components.shell.url_state import href
from core.data import chart_exports, queries
from core.data.chart_exports import Export
from core.svg.drawing import Drawing
from core.text import summaries
from core.text.i18n import focus_labels, text
from core.views import indicator_views, map_scales, map_views, site_views


@dataclass(frozen=True)
class MapView:
    """Everything the map page shows for one choice."""

    drawing: Drawing
    title: str
    heading: str
    summary: str
    table: pd.DataFrame
    covered: int
    total: int
    sites_table: pd.DataFrame
    sites: int
    ranking: tuple[tuple[str, str, str], ...]
    export: Export


def catalogue(phone: bool = False) -> dict:
    """Metadata per indicator id, the register's two indicators included."""
    return indicator_views.indicator_catalogue(
        datasets.meta("indicators"), datasets.meta("workplaces"), config_for(phone)
    )


def build(
    indicator: str,
    year: int | None,
    level: str,
    county: str | None,
    focus: tuple[str, ...],
    language: str,
    phone: bool,
    present: bool,
    own: pd.DataFrame | None = None,
) -> MapView:
    """The indicator map with the register's sites (and the visitor's own), its summary and tables.

    Views without the visitor's own rows are cached per choice; views with them are built for that
    session only and never enter the shared cache.
    """
    choice = (indicator, year, level, county, focus, language, phone, present)
    return _cached(*choice) if own is None else _build(*choice, own)


@st.cache_data(show_spinner=False)
def _cached(
    indicator: str,
    year: int | None,
    level: str,
    county: str | None,
    focus: tuple[str, ...],
    language: str,
    phone: bool,
    present: bool,
) -> MapView:
    return _build(indicator, year, level, county, focus, language, phone, present, None)


def _build(
    indicator: str,
    year: int | None,
    level: str,
    county: str | None,
    focus: tuple[str, ...],
    language: str,
    phone: bool,
    present: bool,
    own: pd.DataFrame | None,
) -> MapView:
    config = config_for(phone)
    info = catalogue(phone)[indicator]
    geo = {name: datasets.geojson(name) for name in ("municipalities", "counties")}
    municipalities = queries.municipalities_table(geo["municipalities"])
    workplaces = datasets.load("workplaces")
    selection = queries.Selection(county, focus)
    layer = indicator_views.indicator_layer(
        datasets.load("indicators"),
        workplaces,
        municipalities,
        info,
        indicator,
        year,
        selection,
        config,
        language,
    )
    values = map_views.area_values(
        layer, level, indicator_views.counties_table(config), config, indicator, language
    )
    labels = focus_labels(language)
    shown_sites = queries.with_own(workplaces, own)
    sites = site_views.site_labels(
        queries.active_sites(queries.filter_workplaces(shown_sites, selection)), labels, language
    )

    def profile(code: str) -> str:
        return href("municipality", language, present, kommun=code)

    def county_map(code: str) -> str:
        return href("map", language, present, indicator=indicator, year=year, county=code)

    links = map_views.Links(area=profile if level == "municipality" else county_map, site=profile)
    drawing = map_views.indicator_map(
        values, layer, level, geo, sites, county, config, labels, language, links
    )
    shown = indicator_views.in_county(values, county)
    names = {c.code: c.name for c in config.counties}
    area = text("export.by_county", language) if level == "county" else names.get(county or "")
    return MapView(
        drawing=drawing,
        title=layer.title,
        heading=text(
            "map.heading",
            language,
            title=layer.title,
            year=layer.year_text,
            place=names.get(county or "") or text("filter.all_counties", language),
        ),
        summary=summaries.extremes_summary(shown, layer.title, info["unit"], info["decimals"], language),
        table=indicator_views.values_table(shown, layer.title, language),
        covered=int(shown["value"].notna().sum()),
        total=len(shown),
        sites_table=site_views.sites_table(sites, labels, datasets.meta("workplaces"), language),
        sites=len(sites),
        ranking=map_scales.ranking(shown, layer, config, language),
        export=chart_exports.indicator_export(shown, info, year, area, names, layer.strong_low, language),
    )
