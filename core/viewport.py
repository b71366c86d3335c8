"""Map view maths: bounding boxes of GeoJSON features and the centre and zoom that fit them."""

from __future__ import annotations

import math

from shapely.geometry import shape

from core.config import MapSettings

TILE_SIZE = 512  # MapLibre's world width in pixels at zoom 0
Bounds = tuple[float, float, float, float]  # west, south, east, north


def bounds(geojson: dict, key: str | None = None, codes: set[str] | None = None) -> Bounds:
    """Bounding box of the features (all, or those whose properties[key] is in codes)."""
    boxes = [
        shape(feature["geometry"]).bounds
        for feature in geojson["features"]
        if codes is None or feature["properties"][key] in codes
    ]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def fit_view(box: Bounds, settings: MapSettings, height: int) -> dict:
    """Centre and zoom that show the box in a map of the assumed width and given height."""
    west, south, east, north = box
    zoom_x = math.log2(settings.assumed_width * 360 / (TILE_SIZE * max(east - west, 1e-6)))
    span_y = max(_mercator_y(north) - _mercator_y(south), 1e-6)
    zoom_y = math.log2(height * 2 * math.pi / (TILE_SIZE * span_y))
    centre_y = (_mercator_y(north) + _mercator_y(south)) / 2
    centre_lat = math.degrees(2 * math.atan(math.exp(centre_y)) - math.pi / 2)
    return {
        "center": {"lat": centre_lat, "lon": (west + east) / 2},
        "zoom": min(zoom_x, zoom_y) - settings.fit_padding,
    }
