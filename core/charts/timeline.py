"""The project timeline as an SVG picture: the project period as a band, activities as labelled marks."""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

import pandas as pd

from core.project_config import Lane, TimelineSettings
from core.svg.drawing import FONT, HALO, MIN_TARGET_RADIUS, TEXT_COLOUR, Drawing, Item
from core.svg.glyphs import text_width
from core.svg.legend import Legend, symbol_path
from core.text import format as fmt

PAD = 8.0
GAP = 6.0
BAND_FILL = "#EFEDF5"
BAND_EDGE = "#54278F"
AXIS = "#6B6B6B"
OWN_WIDTH = 2.5  # stroke of the ring around the visitor's own rows
MARK_SIZE = 0.9  # symbol size in font sizes


@dataclass(frozen=True)
class Period:
    """The project period and how it is labelled on the band."""

    start: pd.Timestamp
    end: pd.Timestamp
    label: str


@dataclass(frozen=True)
class Axis:
    """Dates to px: the domain fitted between the left and right edges."""

    first: pd.Timestamp
    last: pd.Timestamp
    left: float
    right: float

    def x(self, day: pd.Timestamp) -> float:
        """The px position of a date."""
        span = (self.last - self.first).total_seconds() or 1.0
        return self.left + (self.right - self.left) * (day - self.first).total_seconds() / span


def _text(x: float, y: float, label: str, size: float, anchor: str = "start", weight: str = "normal") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:.1f}" fill="{TEXT_COLOUR}" '
        f'text-anchor="{anchor}" font-weight="{weight}" stroke="{HALO}" stroke-width="3" '
        f'paint-order="stroke">{escape(label)}</text>'
    )


def rows_for(events: pd.DataFrame, axis: Axis, font: float) -> list[tuple[int, str]]:
    """For each event (sorted by date), its row and text anchor, so that no two labels overlap."""
    ends: list[float] = []
    placed = []
    for x, text in zip(events["date"].map(axis.x), events["text"], strict=True):
        width = text_width(text, font) + font + GAP
        anchor = "start" if x + width <= axis.right + PAD else "end"
        left = x - font if anchor == "start" else x - width
        row = next((i for i, end in enumerate(ends) if end + GAP < left), len(ends))
        if row == len(ends):
            ends.append(0.0)
        ends[row] = left + width
        placed.append((row, anchor))
    return placed


def _ticks(ticks: dict[pd.Timestamp, str], axis: Axis, top: float, font: float) -> str:
    ticks = {day: label for day, label in ticks.items() if axis.first <= day <= axis.last}
    widest = max((text_width(label, font) for label in ticks.values()), default=0.0) + GAP
    room = (axis.right - axis.left) / max(len(ticks), 1)
    every = max(1, math.ceil(widest / room))
    parts = [f'<path d="M{axis.left:.1f},{top:.1f}H{axis.right:.1f}" stroke="{AXIS}"/>']
    for i, (day, label) in enumerate(ticks.items()):
        x, half = axis.x(day), text_width(label, font) * 0.9 / 2
        parts.append(f'<path d="M{x:.1f},{top:.1f}v5" stroke="{AXIS}"/>')
        if i % every == 0 and half <= x <= axis.right + PAD - half:  # a label that would be cut is left out
            parts.append(_text(x, top + font + 6, label, font * 0.9, "middle"))
    return "".join(parts)


def _mark(lane: Lane, x: float, y: float, size: float, own: bool, outline: str) -> str:
    stroke, width = (outline, OWN_WIDTH) if own else (HALO, 1.5)
    ring = max(size / 2, MIN_TARGET_RADIUS)
    return (
        f'<circle class="ik-target" cx="{x:.1f}" cy="{y:.1f}" r="{ring:.1f}" fill="transparent"/>'
        f'<path class="ik-site" d="{symbol_path(lane.symbol, x, y, size)}" fill="{lane.color}" '
        f'stroke="{stroke}" stroke-width="{width}"/>'
    )


def _link(index: int, item: Item, shape: str) -> str:
    """A mark the reader can point at or tab to; its card names the activity, date, relation and source."""
    return f'<a data-i="{index}" aria-label="{escape(item.name, quote=True)}" role="img">{shape}</a>'


def _lane(
    lane: Lane,
    label: str,
    events: pd.DataFrame,
    axis: Axis,
    top: float,
    style: TimelineSettings,
    outline: str,
) -> tuple[str, list[tuple[Item, str]], float]:
    """One lane: its name beside its symbol, then its marks with direct labels, row by row."""
    font = style.font_size
    parts = [
        f'<path d="{symbol_path(lane.symbol, axis.left + font / 2, top + font * 0.65, font)}" '
        f'fill="{lane.color}"/>',
        _text(axis.left + font + GAP, top + font, f"{label} ({len(events)})", font, weight="600"),
    ]
    marks, first = [], top + font * 1.4
    placed = rows_for(events, axis, font)
    for (row, anchor), event in zip(placed, events.itertuples(), strict=True):
        x, y = axis.x(event.date), first + style.row_height * (row + 0.5)
        shift = font * 0.8 if anchor == "start" else -font * 0.8
        parts.append(_text(x + shift, y + font * 0.35, event.text, font, anchor))
        item = Item("site", ", ".join(line for line in event.card if line), tuple(event.card), None)
        marks.append((item, _mark(lane, x, y, font * MARK_SIZE, bool(event.own), outline)))
    rows = max((row for row, _ in placed), default=-1) + 1
    return "".join(parts), marks, first + style.row_height * rows + GAP


def axis_for(period: Period, events: pd.DataFrame, style: TimelineSettings, width: int) -> Axis:
    """The domain: the project period and every dated event, with a margin on both sides."""
    margin = pd.Timedelta(days=style.margin_days)
    dates = [period.start, period.end, *events["date"]]
    return Axis(min(dates) - margin, max(dates) + margin, PAD, width - PAD)


def timeline_svg(
    events: pd.DataFrame,
    lanes: tuple[tuple[Lane, str], ...],
    period: Period,
    lang: str,
    style: TimelineSettings,
    width: int,
    title: str,
    outline: str,
    empty_label: str = "",
) -> Drawing:
    """The band of the project period with its dates, and a lane per relation that has dated events.

    events has one row per dated activity: date, lane (a lane id), text (the direct label), card (its
    lines, heading first) and own (the visitor's own row). Every mark can be pointed at for its card.
    Without events the band carries empty_label.
    """
    font = style.font_size
    axis = axis_for(period, events, style, width)
    top = PAD + font * 2.2
    body, marks = [], []
    for lane, label in lanes:
        chosen = events[events["lane"].eq(lane.id)].sort_values("date")
        if len(chosen):
            markup, lane_marks, top = _lane(lane, label, chosen, axis, top, style, outline)
            body.append(markup)
            marks += lane_marks
    bottom = max(top, PAD + font * 2.2 + style.row_height)
    if not marks:  # no dated activity: the band says so in words
        middle = (axis.x(period.start) + axis.x(period.end)) / 2
        body.append(_text(middle, bottom - style.row_height / 2 + font * 0.35, empty_label, font, "middle"))
    band_x, band_end = axis.x(period.start), axis.x(period.end)
    band = (
        f'<rect x="{band_x:.1f}" y="{PAD + font * 1.6:.1f}" width="{band_end - band_x:.1f}" '
        f'height="{bottom - PAD - font * 1.6:.1f}" fill="{BAND_FILL}" stroke="{BAND_EDGE}" '
        'stroke-dasharray="4 3"/>'
    )
    anchor = "start" if band_x + text_width(period.label, font) < width - PAD else "end"
    heading = _text(band_x if anchor == "start" else width - PAD, PAD + font, period.label, font, anchor)
    height = math.ceil(bottom + font * 2.4 + PAD)
    links = "".join(_link(i, item, shape) for i, (item, shape) in enumerate(marks))
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" font-family="{escape(FONT, quote=True)}"><title>{escape(title)}</title>'
        f'<rect width="100%" height="100%" fill="#FFFFFF"/><g class="ik-legend-band"></g>{band}{heading}'
        f"{''.join(body)}{_ticks(fmt.quarter_ticks(axis.first, axis.last, lang), axis, bottom, font)}"
        f'<g class="ik-items">{links}</g></svg>'
    )
    return Drawing(svg, width, height, title, 0, Legend(), tuple(item for item, _ in marks), kind="chart")
