"""Map figures built from MapLibre traces on a blank style: no tiles, fonts or CDN requests."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from core.config import MapSettings

HALO_COLOR = "#FFFFFF"
HALO_EXTRA = 4
HIGHLIGHT_POINT = "#3F007D"
TOP_MARGIN = 50  # px above the map for the horizontal colour bar
# Horizontal colour bar above the map, so the map keeps the full width (phones).
COLORBAR = {
    "orientation": "h",
    "x": 0,
    "xanchor": "left",
    "y": 1.0,
    "yanchor": "bottom",
    "len": 0.6,
    "thickness": 12,
}


def subset(geojson: dict, key: str, codes: set[str]) -> dict:
    """A FeatureCollection with only the features whose properties[key] is in codes."""
    features = [f for f in geojson["features"] if f["properties"][key] in codes]
    return {"type": "FeatureCollection", "features": features}


def base_figure(settings: MapSettings, view: dict, height: int, separators: str) -> go.Figure:
    """An empty map on the blank style, without a remote basemap."""
    figure = go.Figure()
    figure.update_layout(
        map={"style": settings.style, **view},
        height=height,
        margin={"l": 0, "r": 0, "t": TOP_MARGIN, "b": 0},
        separators=separators,
        legend={
            "orientation": "h",
            "yanchor": "bottom",
            "y": 0.0,
            "x": 0.0,
            "bgcolor": "rgba(255,255,255,0.9)",
        },
        dragmode=False,
    )
    return figure


def add_areas(
    figure: go.Figure,
    geojson: dict,
    values: pd.DataFrame,
    key: str,
    settings: MapSettings,
    colorbar_title: str | None,
) -> None:
    """Fill areas by value; areas without a value are drawn white and named in the hover."""
    known = values[values["value"].notna()]
    missing = values[values["value"].isna()]
    line = {"color": settings.border_color, "width": 1}
    if len(missing):
        figure.add_trace(
            go.Choroplethmap(
                geojson=subset(geojson, key, set(missing[key])),
                featureidkey=f"properties.{key}",
                locations=missing[key],
                z=[0] * len(missing),
                showscale=False,
                colorscale=[[0, settings.no_data_color], [1, settings.no_data_color]],
                marker={"line": line},
                text=missing["hover"],
                hoverinfo="text",
                name="no-data",
            )
        )
    if len(known):
        figure.add_trace(
            go.Choroplethmap(
                geojson=subset(geojson, key, set(known[key])),
                featureidkey=f"properties.{key}",
                locations=known[key],
                z=known["value"],
                colorscale=list(settings.choropleth_scale),
                zmin=0,
                marker={"line": line, "opacity": 0.85},
                text=known["hover"],
                hoverinfo="text",
                showscale=colorbar_title is not None,
                name="values",
                colorbar=COLORBAR | {"title": {"text": colorbar_title or "", "side": "top"}},
            )
        )


def marker_sizes(employees: pd.Series, settings: MapSettings, largest: float) -> list[float]:
    """Marker diameter by the square root of employees, so area follows headcount."""
    span = settings.marker_max - settings.marker_min
    return [
        settings.marker_missing
        if pd.isna(count)
        else settings.marker_min + span * math.sqrt(float(count) / max(largest, 1.0))
        for count in employees
    ]


def add_sites(
    figure: go.Figure,
    sites: pd.DataFrame,
    colours: dict[str, str],
    labels: dict[str, str],
    settings: MapSettings,
) -> None:
    """Sites as circles coloured by focus area and sized by employees, one legend entry per area.

    Each point carries its municipality code as customdata, so a click can open that municipality.
    """
    largest = float(sites["employees"].max()) if sites["employees"].notna().any() else 1.0
    for area, group in sites.groupby("focus_area", sort=False):
        sizes = marker_sizes(group["employees"], settings, largest)
        common = {
            "lat": group["lat"],
            "lon": group["lon"],
            "mode": "markers",
            "customdata": group["municipality_code"],
        }
        figure.add_trace(
            go.Scattermap(
                **common,
                marker={"size": [s + HALO_EXTRA for s in sizes], "color": HALO_COLOR},
                hoverinfo="skip",
                showlegend=False,
            )
        )
        figure.add_trace(
            go.Scattermap(
                **common,
                marker={"size": sizes, "color": colours[str(area)]},
                name=labels[str(area)],
                text=group["hover"],
                hoverinfo="text",
            )
        )


def add_outline(
    figure: go.Figure,
    geojson: dict,
    key: str,
    highlight: set[str],
    settings: MapSettings,
    highlight_colour: str,
) -> None:
    """Areas as outlines, with the highlighted ones filled (for locator maps)."""
    codes = [f["properties"][key] for f in geojson["features"]]
    names = [f["properties"]["name"] for f in geojson["features"]]
    figure.add_trace(
        go.Choroplethmap(
            geojson=geojson,
            featureidkey=f"properties.{key}",
            locations=codes,
            z=[1 if code in highlight else 0 for code in codes],
            showscale=False,
            colorscale=[[0, settings.no_data_color], [1, highlight_colour]],
            marker={"line": {"color": settings.border_color, "width": 1}},
            text=names,
            hoverinfo="text",
        )
    )
