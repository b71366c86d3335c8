"""The pipeline on a timeline: a lane per status, each project a mark at the date of its status."""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

from core.charts.series import year_ticks
from core.svg.drawing import FONT, HALO, MIN_TARGET_RADIUS, TEXT_COLOUR, Drawing, Item, link
from core.svg.glyphs import text_width
from core.svg.legend import Legend, symbol_path

PAD = 8.0
AXIS = "#6B6B6B"
LANE_LINE = "#E5E5E5"
MARK = 12.0  # px, a project's symbol
STEP = MARK + 2  # px between marks stacked where their dates are close


@dataclass(frozen=True)
class Project:
    """One project as the chart draws it: when (a year with a fraction), its lane, its card and mark."""

    when: float
    lane: str
    card: tuple[str, ...]
    colour: str
    symbol: str
    hollow: bool = False  # drawn as a ring: no news for a long time


@dataclass(frozen=True)
class PipelineStyle:
    """Sizes in px and the words for the lanes (in the lanes' order)."""

    width: int
    font: float
    lanes: tuple[tuple[str, str], ...]  # (status id, its label)


def year_of(date_text: str) -> float | None:
    """'2024-08-29' -> 2024.66, '2022-01' -> 2022.04, '2017' -> 2017.5; None for no date."""
    if not date_text:
        return None
    parts = [int(part) for part in date_text.split("-")]
    month = parts[1] if len(parts) > 1 else 7
    day = parts[2] if len(parts) > 2 else 15
    return parts[0] + (month - 1) / 12 + (day - 1) / 365


def stack(positions: list[float]) -> list[int]:
    """For marks at these x positions (in order), the row each takes so that none covers another."""
    rows: list[int] = []
    ends: list[float] = []  # per row, the x where it is free again
    for x in positions:
        row = next((i for i, end in enumerate(ends) if x >= end), len(ends))
        if row == len(ends):
            ends.append(0.0)
        ends[row] = x + STEP
        rows.append(row)
    return rows


def _text(x: float, y: float, label: str, font: float, anchor: str = "start", weight: str = "normal") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{font:.1f}" fill="{TEXT_COLOUR}" text-anchor="{anchor}" '
        f'font-weight="{weight}">{escape(label)}</text>'
    )


def _shape(project: Project, x: float, y: float) -> str:
    ring = max(MARK / 2, MIN_TARGET_RADIUS)
    fill, line = (HALO, project.colour) if project.hollow else (project.colour, HALO)
    return (
        f'<circle class="ik-target" cx="{x:.1f}" cy="{y:.1f}" r="{ring:.1f}" fill="transparent"/>'
        f'<path class="ik-site" d="{symbol_path(project.symbol, x, y, MARK)}" fill="{fill}" stroke="{line}" '
        f'stroke-width="{2 if project.hollow else 1.5}"/>'
    )


def pipeline_chart(projects: list[Project], style: PipelineStyle, title: str, legend: Legend) -> Drawing:
    """Lanes top to bottom in the style's order (lanes without a project left out), time left to right."""
    font, used = (
        style.font,
        [(lane, label) for lane, label in style.lanes if any(p.lane == lane for p in projects)],
    )
    label_room = max((text_width(label, font, strong=True) for _, label in used), default=0.0) + 2 * PAD
    first = math.floor(min((p.when for p in projects), default=2020.0))
    last = math.ceil(max((p.when for p in projects), default=2021.0))
    left, right = label_room, style.width - PAD * 2

    def x_of(when: float) -> float:
        return left + (when - first) / max(last - first, 1) * (right - left)

    parts, items, shapes, top = [], [], [], PAD
    for lane, label in used:
        in_lane = sorted((p for p in projects if p.lane == lane), key=lambda p: p.when)
        rows = stack([x_of(p.when) for p in in_lane])
        height = (max(rows) + 1) * STEP + PAD
        parts.append(f'<path d="M{left:.1f},{top + height:.1f}H{right:.1f}" stroke="{LANE_LINE}"/>')
        parts.append(_text(PAD, top + height / 2 + font * 0.35, label, font, weight="600"))
        for project, row in zip(in_lane, rows, strict=True):
            items.append(Item("site", ", ".join(line for line in project.card if line), project.card, None))
            shapes.append(_shape(project, x_of(project.when), top + PAD / 2 + STEP * (row + 0.5)))
        top += height
    ticks = "".join(
        f'<path d="M{x_of(year):.1f},{top:.1f}v5" stroke="{AXIS}"/>'
        + _text(x_of(year), top + font + 6, str(year), font * 0.9, "middle")
        for year in year_ticks(first, last, max(int((right - left) // (font * 3.2)), 2))
    )
    height = math.ceil(top + font * 2 + PAD)
    marks = "".join(link(i, item, shape) for i, (item, shape) in enumerate(zip(items, shapes, strict=True)))
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {style.width} {height}" width="{style.width}" '
        f'height="{height}" font-family="{escape(FONT, quote=True)}" role="group" '
        f'aria-label="{escape(title, quote=True)}"><title>{escape(title)}</title>'
        f'<rect width="100%" height="100%" fill="{HALO}"/><g class="ik-legend-band"></g>{"".join(parts)}'
        f'<path d="M{left:.1f},{top:.1f}H{right:.1f}" stroke="{AXIS}"/>{ticks}'
        f'<g class="ik-items">{marks}</g></svg>'
    )
    return Drawing(svg, style.width, height, title, 0, legend, tuple(items), kind="chart")
