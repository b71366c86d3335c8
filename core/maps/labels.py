"""Where an area's name goes: the point deepest inside its largest part, and the room around it.

The browser decides at what size the name is drawn and hides it where it does not fit that room or would
overlap a name already shown (components/widgets/figure.js); the server finds the place and measures the room.
"""

from __future__ import annotations

from dataclasses import dataclass

from shapely.geometry import LineString, Point, Polygon
from shapely.ops import polylabel

PRECISION = 1.0  # px: how exactly the deepest point is found
REACH = 10_000.0  # px: longer than any drawing, for the lines that measure the room


@dataclass(frozen=True)
class Placement:
    """A name at (x, y) px with the width and height of the area around that point."""

    text: str
    x: float
    y: float
    room: float
    tall: float


def _span(polygon: Polygon, point: Point, line: LineString) -> float:
    """Length of the piece of the line inside the polygon that holds the point."""
    inside = polygon.intersection(line)
    pieces = getattr(inside, "geoms", [inside])
    return max((piece.length for piece in pieces if piece.distance(point) < PRECISION), default=0.0)


def place(rings: list[list[list[tuple[float, float]]]], text: str | None) -> Placement | None:
    """The label of an area drawn from these polygons (each a list of rings in px), or None."""
    if not text or not rings:
        return None
    parts = [Polygon(polygon[0], polygon[1:]).buffer(0) for polygon in rings]
    largest = max(parts, key=lambda part: part.area)
    if largest.is_empty:
        return None
    point = polylabel(largest, tolerance=PRECISION)
    x, y = point.x, point.y
    room = _span(largest, point, LineString([(x - REACH, y), (x + REACH, y)]))
    tall = _span(largest, point, LineString([(x, y - REACH), (x, y + REACH)]))
    return Placement(text, x, y, room, tall)
