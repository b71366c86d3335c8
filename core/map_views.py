"""Compose the map figures the pages show: areas by indicator, sites, locator and activity maps."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from core import maps, queries, viewport, views
from core.config import Config
from core.views import IndicatorLayer


def area_values(
    layer: IndicatorLayer, level: str, counties: pd.DataFrame, config: Config, indicator: str, lang: str
) -> pd.DataFrame:
    """Values per municipality or per county, with formatted text and hover."""
    values = layer.table
    if level == "county":
        values = queries.county_values(values, counties, indicator in config.additive_indicators)
    values = views.with_value_text(values, layer.unit, layer.decimals, lang)
    return views.area_hover(values, layer.title, layer.year_text, layer.source, lang)


def view_for(geo: dict, county: str | None, config: Config, height: int) -> dict:
    """Centre and zoom fitting the chosen county, or all three."""
    codes = {county} if county else None
    box = viewport.bounds(geo, "county_code", codes)
    return viewport.fit_view(box, config.map, height - maps.TOP_MARGIN)


def indicator_map(
    values: pd.DataFrame,
    level: str,
    geo: dict[str, dict],
    sites: pd.DataFrame,
    county: str | None,
    config: Config,
    labels: dict[str, str],
    colorbar: str,
    separators: str,
) -> go.Figure:
    """Choropleth of municipalities or counties with the register's sites on top."""
    key = "municipality_code" if level == "municipality" else "county_code"
    layer_geo = geo["municipalities"] if level == "municipality" else geo["counties"]
    figure = maps.base_figure(
        config.map,
        view_for(geo["counties"], county, config, config.map.height),
        config.map.height,
        separators,
    )
    maps.add_areas(figure, layer_geo, values, key, config.map, colorbar)
    if len(sites):
        maps.add_sites(figure, sites, config.focus_colors(), labels, config.map)
    return figure


def overview_map(
    geo_counties: dict, sites: pd.DataFrame, config: Config, labels: dict[str, str], separators: str
) -> go.Figure:
    """The three counties as outlines with the register's sites."""
    height = config.map.phone_height
    figure = maps.base_figure(config.map, view_for(geo_counties, None, config, height), height, separators)
    maps.add_outline(figure, geo_counties, "county_code", set(), config.map, config.map.no_data_color)
    maps.add_sites(figure, sites, config.focus_colors(), labels, config.map)
    return figure


def locator_map(
    geo_municipalities: dict,
    code: str,
    sites: pd.DataFrame,
    config: Config,
    labels: dict[str, str],
    highlight: str,
    separators: str,
) -> go.Figure:
    """The chosen municipality filled within its county, with its sites."""
    height = config.map.phone_height
    county_geo = maps.subset(geo_municipalities, "county_code", {code[:2]})
    view = viewport.fit_view(viewport.bounds(county_geo), config.map, height - maps.TOP_MARGIN)
    figure = maps.base_figure(config.map, view, height, separators)
    maps.add_outline(figure, county_geo, "municipality_code", {code}, config.map, highlight)
    if len(sites):
        maps.add_sites(figure, sites, config.focus_colors(), labels, config.map)
    return figure


def activity_map(counties_geo: dict, places: pd.DataFrame, config: Config, separators: str) -> go.Figure:
    """Activities with a place, on the outline of the three counties."""
    height = config.map.phone_height
    figure = maps.base_figure(config.map, view_for(counties_geo, None, config, height), height, separators)
    maps.add_outline(figure, counties_geo, "county_code", set(), config.map, config.map.no_data_color)
    if len(places):
        figure.add_trace(
            go.Scattermap(
                lat=places["lat"],
                lon=places["lon"],
                mode="markers",
                marker={"size": 14, "color": maps.HIGHLIGHT_POINT},
                text=places["hover"],
                hoverinfo="text",
                showlegend=False,
            )
        )
    return figure
