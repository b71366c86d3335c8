"""Turn tables into what the SVG maps draw: filled areas, sized site symbols and their legend keys."""

from __future__ import annotations

import math

import pandas as pd
from shapely.geometry import shape

from core.config import Config, MapSettings
from core.data.queries import is_own
from core.maps.classes import Classes
from core.maps.projection import Bounds, polygons
from core.maps.svg_map import Area, Mark
from core.project_config import project_settings
from core.svg.drawing import HALO, Link
from core.svg.legend import Key

OWN_RING = 3.0  # px, the ring around the visitor's own rows
HALO_WIDTH = 1.5


def own_key(label: str) -> Key:
    """The legend key of the visitor's own rows: a white symbol in the thick ring they are drawn with."""
    return Key(label, HALO, "circle", project_settings().own_outline, OWN_RING)


def ring(own: bool) -> dict[str, str | float]:
    """The outline of a mark: the thick dark ring for the visitor's own rows, else a thin white halo."""
    if own:
        return {"outline": project_settings().own_outline, "outline_width": OWN_RING}
    return {"outline": HALO, "outline_width": HALO_WIDTH}


def subset(geojson: dict, key: str, codes: set[str]) -> dict:
    """A FeatureCollection with only the features whose properties[key] is in codes."""
    features = [f for f in geojson["features"] if f["properties"][key] in codes]
    return {"type": "FeatureCollection", "features": features}


def bounds(geojson: dict) -> Bounds:
    """Bounding box (west, south, east, north) of all features."""
    boxes = [shape(feature["geometry"]).bounds for feature in geojson["features"]]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _by_name(geojson: dict) -> list[dict]:
    return sorted(geojson["features"], key=lambda feature: feature["properties"]["name"])


def value_areas(
    geojson: dict,
    values: pd.DataFrame,
    key: str,
    classes: Classes,
    settings: MapSettings,
    link: Link,
    ranks: dict[str, int] | None = None,
) -> list[Area]:
    """Areas filled by the class of their value (white without one); ranks: whose name goes first."""
    known = values[values["value"].notna()]
    fills = {
        code: classes.colour_of(float(value)) for code, value in zip(known[key], known["value"], strict=True)
    }
    cards = dict(zip(values[key], values["card"], strict=True))
    areas = []
    for feature in _by_name(geojson):
        code, name = feature["properties"][key], feature["properties"]["name"]
        fill = fills.get(code, settings.no_data_color)
        card = cards.get(code, (name,))
        areas.append(Area(feature["geometry"], fill, card, link(code), name, (ranks or {}).get(code, 0)))
    return areas


def outline_areas(
    geojson: dict, key: str, fills: dict[str, str], settings: MapSettings, link: Link
) -> list[Area]:
    """Areas named by their name, white unless fills gives them a colour."""
    return [
        Area(
            feature["geometry"],
            fills.get(feature["properties"][key], settings.no_data_color),
            (feature["properties"]["name"],),
            link(feature["properties"][key]),
            feature["properties"]["name"],
        )
        for feature in _by_name(geojson)
    ]


def lakes(geojson: dict) -> tuple[dict, ...]:
    """The holes in the areas' shapes (lakes such as Siljan that the boundaries leave out), as polygons."""
    shapes = (polygon for feature in geojson["features"] for polygon in polygons(feature["geometry"]))
    return tuple({"type": "Polygon", "coordinates": [hole]} for polygon in shapes for hole in polygon[1:])


def marker_sizes(employees: pd.Series, settings: MapSettings, largest: float) -> list[float]:
    """Symbol size by the square root of employees, so area follows headcount."""
    span = settings.marker_max - settings.marker_min
    return [
        settings.marker_missing
        if pd.isna(count)
        else settings.marker_min + span * math.sqrt(float(count) / max(largest, 1.0))
        for count in employees
    ]


def site_marks(sites: pd.DataFrame, config: Config, link: Link) -> list[Mark]:
    """Sites by focus area (colour and symbol), sized by employees, opening their municipality."""
    largest = float(sites["employees"].max()) if sites["employees"].notna().any() else 1.0
    sizes = marker_sizes(sites["employees"], config.map, largest)
    areas = {area.id: area for area in config.focus_areas}
    return [
        Mark(
            lon=row.lon,
            lat=row.lat,
            size=size,
            colour=areas[row.focus_area].color,
            symbol=areas[row.focus_area].symbol,
            card=row.card,
            href=link(row.municipality_code),
            **ring(own),
        )
        for row, size, own in zip(sites.itertuples(), sizes, is_own(sites), strict=True)
    ]


def site_keys(sites: pd.DataFrame, config: Config, labels: dict[str, str]) -> tuple[Key, ...]:
    """One legend key per focus area present among the sites, in the configured order."""
    present = set(sites["focus_area"])
    return tuple(
        Key(labels[area.id], area.color, area.symbol) for area in config.focus_areas if area.id in present
    )
