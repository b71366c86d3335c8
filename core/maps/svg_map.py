"""Maps drawn on the server as an SVG picture, with the hotspots (areas and sites) that make it clickable."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from html import escape, unescape

from core.maps.svg_legend import WATER, Legend, legend_svg, symbol_path, water_pattern

Bounds = tuple[float, float, float, float]  # west, south, east, north in degrees
FONT = "'Source Sans Pro', 'Source Sans 3', sans-serif"
TEXT_COLOUR = "#31333F"
HALO = "#FFFFFF"
MIN_HOTSPOT_RADIUS = 8.0  # px, so small site symbols are still easy to click or tap
TAG = re.compile(r"<[^>]+>")
LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


@dataclass(frozen=True)
class Area:
    """One municipality or county: its shape, fill, tooltip and the page it opens."""

    geometry: dict
    fill: str
    label: str
    href: str | None = None


@dataclass(frozen=True)
class Mark:
    """One site or activity: place, symbol, size (px), colour, tooltip, the page it opens, its outline."""

    lon: float
    lat: float
    size: float
    colour: str
    symbol: str
    label: str
    href: str | None = None
    outline: str = HALO
    outline_width: float = 1.5


@dataclass(frozen=True)
class Hotspot:
    """A clickable region of the picture in px: a polygon or a circle, the page it opens, its label."""

    shape: str
    coords: tuple[int, ...]
    href: str
    label: str


@dataclass(frozen=True)
class Drawing:
    """The map as a standalone SVG document, its size in px, its title and its hotspots."""

    svg: str
    width: int
    height: int
    title: str
    hotspots: tuple[Hotspot, ...]


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


def plain_text(hover: str) -> str:
    """Hover text as plain lines: line breaks kept, tags dropped, escaped characters restored."""
    return unescape(TAG.sub("", LINE_BREAK.sub("\n", hover)))


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


def area_path(geometry: dict, projection: Projection) -> str:
    """SVG path data of a Polygon or MultiPolygon, one closed subpath per ring."""
    parts = []
    for ring in (ring for polygon in polygons(geometry) for ring in polygon):
        points = (projection.point(lon, lat) for lon, lat in ring)
        parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in points) + "Z")
    return "".join(parts)


def _area(area: Area, projection: Projection, border: str) -> str:
    return (
        f'<path d="{area_path(area.geometry, projection)}" fill="{area.fill}" fill-rule="evenodd" '
        f'stroke="{border}" stroke-width="1"/>'
    )


def _water(lakes: tuple[dict, ...], projection: Projection, canvas: Canvas) -> str:
    shapes = (area_path(lake, projection) for lake in lakes)
    paths = "".join(f'<path d="{shape}" fill="{WATER}" stroke="none"/>' for shape in shapes)
    return water_pattern(canvas.water, canvas.water_line) + paths if lakes else ""


def _mark(mark: Mark, projection: Projection) -> str:
    x, y = projection.point(mark.lon, mark.lat)
    return (
        f'<path d="{symbol_path(mark.symbol, x, y, mark.size)}" fill="{mark.colour}" '
        f'stroke="{mark.outline}" stroke-width="{mark.outline_width}"/>'
    )


def _area_hotspots(area: Area, projection: Projection) -> list[Hotspot]:
    if area.href is None:
        return []
    label = plain_text(area.label)
    outlines = [polygon[0] for polygon in polygons(area.geometry)]
    return [
        Hotspot("poly", tuple(round(v) for point in ring for v in projection.point(*point)), area.href, label)
        for ring in outlines
    ]


def _mark_hotspot(mark: Mark, projection: Projection) -> Hotspot:
    x, y = projection.point(mark.lon, mark.lat)
    radius = max(mark.size / 2, MIN_HOTSPOT_RADIUS)
    return Hotspot("circle", (round(x), round(y), round(radius)), mark.href or "", plain_text(mark.label))


def render(
    areas: list[Area],
    marks: list[Mark],
    legend: Legend,
    box: Bounds,
    canvas: Canvas,
    title: str,
    lakes: tuple[dict, ...] = (),
) -> Drawing:
    """The map picture (legend on top, lakes, areas, then marks largest first) and its hotspots.

    Sites come first among the hotspots, smallest first, as they are drawn over the areas.
    """
    legend_markup, legend_height = legend_svg(legend, canvas.width, canvas.font_size, TEXT_COLOUR)
    projection = Projection.fit(box, canvas, legend_height)
    height = math.ceil(legend_height + projection.height)
    ordered = sorted(marks, key=lambda m: -m.size)
    body = _water(lakes, projection, canvas)
    body += "".join(_area(area, projection, canvas.border) for area in areas)
    body += "".join(_mark(mark, projection) for mark in ordered)
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {canvas.width} {height}" '
        f'width="{canvas.width}" height="{height}" font-family="{escape(FONT, quote=True)}">'
        f'<title>{escape(title)}</title><rect width="100%" height="100%" fill="#FFFFFF"/>'
        f"{legend_markup}{body}</svg>"
    )
    hotspots = [_mark_hotspot(mark, projection) for mark in reversed(ordered) if mark.href]
    hotspots += [spot for area in areas for spot in _area_hotspots(area, projection)]
    return Drawing(svg, canvas.width, height, title, tuple(hotspots))
