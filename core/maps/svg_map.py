"""Maps drawn on the server as SVG: areas and sites are links to point at, with names where they fit."""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

from core.maps.labels import Placement, place
from core.maps.projection import Bounds, Canvas, Projection, area_path, projected_rings, ring_path
from core.svg.drawing import FONT, HALO, MIN_TARGET_RADIUS, TEXT_COLOUR, Drawing, Item, link
from core.svg.legend import WATER, Legend, legend_svg, symbol_path, water_pattern


@dataclass(frozen=True)
class Area:
    """One municipality or county: its shape, fill, card, the page it opens and the name drawn on it."""

    geometry: dict
    fill: str
    card: tuple[str, ...]
    href: str | None = None
    name: str | None = None
    rank: int = 0  # 2: always named (moved aside with a leader line, never left out); 1: named before others


@dataclass(frozen=True)
class Mark:
    """One site or activity: its place, symbol, size (px), colour, card and the page it opens."""

    lon: float
    lat: float
    size: float
    colour: str
    symbol: str
    card: tuple[str, ...]
    href: str | None = None
    outline: str = HALO  # the visitor's own rows get a thick dark ring instead of the white halo
    outline_width: float = 1.5


def _area_shape(rings: list, area: Area, border: str) -> str:
    return (
        f'<path class="ik-area" d="{ring_path(rings)}" fill="{area.fill}" fill-rule="evenodd" '
        f'stroke="{border}" stroke-width="1" vector-effect="non-scaling-stroke"/>'
    )


def _mark_shape(mark: Mark, projection: Projection) -> str:
    x, y = projection.point(mark.lon, mark.lat)
    ring = max(mark.size / 2, MIN_TARGET_RADIUS)
    return (
        f'<circle class="ik-target" cx="{x:.1f}" cy="{y:.1f}" r="{ring:.1f}" fill="transparent"/>'
        f'<path class="ik-site" d="{symbol_path(mark.symbol, x, y, mark.size)}" fill="{mark.colour}" '
        f'stroke="{mark.outline}" stroke-width="{mark.outline_width}" vector-effect="non-scaling-stroke"/>'
    )


def _water(lakes: tuple[dict, ...], projection: Projection, canvas: Canvas) -> str:
    shapes = (area_path(lake, projection) for lake in lakes)
    paths = "".join(f'<path d="{shape}" fill="{WATER}" stroke="none"/>' for shape in shapes)
    return water_pattern(canvas.water, canvas.water_line) + paths if lakes else ""


def _label(placement: Placement, rank: int) -> str:
    always = f' data-rank="{rank}"' if rank else ""
    return (
        f'<text class="ik-label" x="{placement.x:.1f}" y="{placement.y:.1f}"{always} '
        f'data-room="{placement.room:.0f}" data-tall="{placement.tall:.0f}" text-anchor="middle" '
        'dominant-baseline="central">'
        f"{escape(placement.text)}</text>"
    )


def _item(card: tuple[str, ...], href: str | None, kind: str) -> Item:
    return Item(kind, ", ".join(line for line in card if line), card, href)


def render(
    areas: list[Area],
    marks: list[Mark],
    legend: Legend,
    box: Bounds,
    canvas: Canvas,
    title: str,
    lakes: tuple[dict, ...] = (),
    all_names: bool = False,
) -> Drawing:
    """The picture: a legend band on top (for downloads), lakes, areas, names, then sites largest first."""
    legend_markup, legend_height = legend_svg(legend, canvas.width, canvas.font_size, TEXT_COLOUR)
    band = math.ceil(legend_height)
    projection = Projection.fit(box, canvas, band)
    height = math.ceil(band + projection.height)
    ordered = sorted(marks, key=lambda m: -m.size)
    items = [_item(area.card, area.href, "area") for area in areas]
    items += [_item(mark.card, mark.href, "site") for mark in ordered]
    rings = [projected_rings(area.geometry, projection) for area in areas]
    shapes = [_area_shape(ring, area, canvas.border) for ring, area in zip(rings, areas, strict=True)]
    shapes += [_mark_shape(mark, projection) for mark in ordered]
    links = "".join(link(i, item, shape) for i, (item, shape) in enumerate(zip(items, shapes, strict=True)))
    names = [
        (place(ring, area.name), area.rank) for ring, area in zip(rings, areas, strict=True) if area.name
    ]
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 {band} {canvas.width} {height - band}" '
        f'width="{canvas.width}" height="{height - band}" font-family="{escape(FONT, quote=True)}">'
        f'<title>{escape(title)}</title><rect y="{band}" width="100%" height="100%" fill="#FFFFFF"/>'
        f'<g class="ik-legend-band">{legend_markup}</g>{_water(lakes, projection, canvas)}'
        f'<g class="ik-items">{links}</g><g class="ik-labels" aria-hidden="true">'
        f"{''.join(_label(name, rank) for name, rank in names if name)}</g></svg>"
    )
    return Drawing(svg, canvas.width, height, title, band, legend, tuple(items), all_names)
