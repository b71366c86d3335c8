"""Degrees to px for the SVG maps: Web Mercator fitted into a canvas, and the rings of GeoJSON polygons."""

from __future__ import annotations

import math
from dataclasses import dataclass

Bounds = tuple[float, float, float, float]  # west, south, east, north in degrees


@dataclass(frozen=True)
class Canvas:
    """The drawing: width in px, the most the map may be tall, margin, border colour, type size, water."""

    width: int
    max_height: int
    padding: float
    border: str
    font_size: float
    water: str
    water_line: str


def mercator(lon: float, lat: float) -> tuple[float, float]:
    """Web Mercator in radians, y growing northwards."""
    return math.radians(lon), math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


@dataclass(frozen=True)
class Projection:
    """Degrees to px: the bounds fitted into the canvas, centred, below a legend of given height."""

    scale: float
    left: float
    top: float
    height: float

    @classmethod
    def fit(cls, box: Bounds, canvas: Canvas, top: float) -> Projection:
        """The projection that fits the box into the canvas below a band of height top."""
        west, south = mercator(box[0], box[1])
        east, north = mercator(box[2], box[3])
        inner_height = canvas.max_height - 2 * canvas.padding
        scale = min((canvas.width - 2 * canvas.padding) / (east - west), inner_height / (north - south))
        left = (canvas.width - scale * (east - west)) / 2 - scale * west
        height = scale * (north - south) + 2 * canvas.padding
        return cls(scale, left, top + canvas.padding + scale * north, height)

    def point(self, lon: float, lat: float) -> tuple[float, float]:
        """A place in degrees as px on the drawing."""
        x, y = mercator(lon, lat)
        return self.left + self.scale * x, self.top - self.scale * y


def polygons(geometry: dict) -> list[list[list[list[float]]]]:
    """The polygons (each a list of rings) of a GeoJSON Polygon or MultiPolygon."""
    return [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]


def projected_rings(geometry: dict, projection: Projection) -> list[list[list[tuple[float, float]]]]:
    """Each polygon's rings as px on the drawing."""
    return [
        [[projection.point(lon, lat) for lon, lat in ring] for ring in polygon]
        for polygon in polygons(geometry)
    ]


def ring_path(rings: list[list[list[tuple[float, float]]]]) -> str:
    """SVG path data, one closed subpath per ring."""
    return "".join(
        "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in ring) + "Z" for polygon in rings for ring in polygon
    )


def area_path(geometry: dict, projection: Projection) -> str:
    """SVG path data of a Polygon or MultiPolygon."""
    return ring_path(projected_rings(geometry, projection))
