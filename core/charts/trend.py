"""The one trend chart of every page: years on a true time axis, gaps left open, breaks marked."""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

from core.charts.series import (
    TICKS,
    Mark,
    Point,
    Series,
    TrendStyle,
    TrendText,
    nice_step,
    segments,
    year_ticks,
)
from core.svg.drawing import FONT, HALO, MIN_TARGET_RADIUS, TEXT_COLOUR, Drawing, Item, link
from core.svg.glyphs import text_width
from core.svg.legend import Key, Legend, legend_svg

PAD = 8.0  # px around the plot
DOT = 3.5  # px, radius of a point
GRID = "#D9D9D9"
GAP_FILL = "#EEEEEE"  # the band over years without figures
SPAN_FILL = "#DCE9F5"  # the band over years two methods both count (a Mark with until)
BREAK_COLOUR = "#6B6B6B"


@dataclass(frozen=True)
class _Plot:
    left: float
    right: float
    top: float
    bottom: float
    first: int
    last: int
    high: float

    def x(self, year: float) -> float:
        span = max(self.last - self.first, 1)
        return self.left + (year - self.first) / span * (self.right - self.left)

    def y(self, value: float) -> float:
        return self.bottom - value / self.high * (self.bottom - self.top)


def _text(
    x: float, y: float, label: str, font: float, anchor: str = "middle", fill: str = TEXT_COLOUR
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{font:.1f}" text-anchor="{anchor}" fill="{fill}">'
        f"{escape(label)}</text>"
    )


def _axes(plot: _Plot, step: float, words: TrendText, font: float) -> str:
    lines = []
    for i in range(round(plot.high / step) + 1):
        y = plot.y(i * step)
        lines.append(f'<path d="M{plot.left:.1f},{y:.1f}H{plot.right:.1f}" stroke="{GRID}"/>')
        lines.append(_text(plot.left - 4, y + font * 0.35, words.value(i * step), font, "end"))
    room = max(int((plot.right - plot.left) // (font * 3.2)), 2)  # a year's label is about three fonts wide
    for year in year_ticks(plot.first, plot.last, room):
        lines.append(_text(plot.x(year), plot.bottom + font * 1.3, str(year), font))
    lines.append(_text(plot.left - 4, plot.top - font * 0.8, words.unit, font, "start"))
    return "".join(lines)


def _gap_bands(plot: _Plot, gaps: frozenset[int]) -> str:
    inside = sorted(y for y in gaps if plot.first < y < plot.last)
    bands = []
    for year in inside:
        x0, x1 = plot.x(year - 0.5), plot.x(year + 0.5)
        bands.append(
            f'<rect x="{x0:.1f}" y="{plot.top:.1f}" width="{x1 - x0:.1f}" '
            f'height="{plot.bottom - plot.top:.1f}" fill="{GAP_FILL}"/>'
        )
    return "".join(bands)


def _spans(plot: _Plot, marks: tuple[Mark, ...]) -> str:
    bands = []
    for mark in (m for m in marks if m.until is not None):
        x0 = plot.x(max(mark.year - 0.5, plot.first))
        x1 = plot.x(min(mark.until + 0.5, plot.last))
        bands.append(
            f'<rect x="{x0:.1f}" y="{plot.top:.1f}" width="{max(x1 - x0, 0):.1f}" '
            f'height="{plot.bottom - plot.top:.1f}" fill="{SPAN_FILL}"/>'
        )
    return "".join(bands)


def _breaks(plot: _Plot, marks: tuple[Mark, ...], font: float) -> str:
    parts = []
    for mark in marks:
        if mark.until is not None or not plot.first < mark.year <= plot.last:
            continue
        x = plot.x(mark.year - 0.5)
        parts.append(
            f'<path d="M{x:.1f},{plot.top:.1f}V{plot.bottom:.1f}" stroke="{BREAK_COLOUR}" '
            'stroke-dasharray="4 3" stroke-width="1.5"/>'
        )
        wide = text_width(mark.label, font * 0.9)
        right, left = plot.right - x - 3, x - 3 - PAD  # room on either side of the line
        fits = wide <= right or right >= left  # where neither side has room, the roomier one
        label_x, anchor = (x + 3, "start") if fits else (x - 3, "end")
        parts.append(_text(label_x, plot.bottom - font * 0.5, mark.label, font * 0.9, anchor, BREAK_COLOUR))
    return "".join(parts)


def _lines(plot: _Plot, series: Series, gaps: frozenset[int]) -> str:
    paths = []
    for a, b in segments(series.points, gaps):
        dash = ' stroke-dasharray="5 4"' if b.preliminary else ""
        paths.append(
            f'<path d="M{plot.x(a.year):.1f},{plot.y(a.value):.1f}'
            f'L{plot.x(b.year):.1f},{plot.y(b.value):.1f}" '
            f'stroke="{series.colour}" stroke-width="2.5" fill="none"{dash}/>'
        )
    return "".join(paths)


def _dot(plot: _Plot, series: Series, point: Point) -> str:
    x, y = plot.x(point.year), plot.y(point.value)
    fill = HALO if point.preliminary else series.colour
    return (
        f'<circle class="ik-target" cx="{x:.1f}" cy="{y:.1f}" r="{MIN_TARGET_RADIUS}" fill="transparent"/>'
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{DOT}" fill="{fill}" '
        f'stroke="{series.colour}" stroke-width="2"/>'
    )


def _legend(
    series: tuple[Series, ...], words: TrendText, gaps: bool, preliminary: bool, spans: tuple[Mark, ...]
) -> Legend:
    keys = [Key(s.label, s.colour, "area") for s in series]
    keys += [Key(f"{m.label} {m.year}–{m.until}", SPAN_FILL, "area") for m in spans]
    if gaps:
        keys.append(Key(words.gap, GAP_FILL, "area"))
    if preliminary:
        keys.append(Key(words.preliminary, HALO, "circle", border=TEXT_COLOUR, outline_width=2.0))
    return Legend(keys=tuple(keys))


def trend_chart(
    series: tuple[Series, ...],
    gaps: frozenset[int],
    breaks: tuple[Mark, ...],
    style: TrendStyle,
    words: TrendText,
) -> Drawing:
    """Lines over years: a point per figure (each with its card), no line across a gap, breaks dashed."""
    points = [p for s in series for p in s.points]
    known = [p.value for p in points if p.value is not None]
    years = [p.year for p in points]
    top_value = max(known, default=0.0)
    step = nice_step(top_value)
    label_room = max((text_width(words.value(step * i), style.font) for i in range(TICKS + 2)), default=0)
    legend = _legend(
        series,
        words,
        bool(gaps & set(range(min(years, default=0), max(years, default=0)))),
        any(p.preliminary for p in points),
        tuple(m for m in breaks if m.until is not None),
    )
    legend_markup, legend_height = legend_svg(legend, style.width, style.font, TEXT_COLOUR)
    band = math.ceil(legend_height)
    plot = _Plot(
        left=PAD + label_room + 6,
        right=style.width - PAD - style.font,
        top=band + PAD + style.font * 2,
        bottom=band + PAD + style.font * 2 + style.plot_height,
        first=min(years, default=0),
        last=max(years, default=1),
        high=max(step * math.ceil(top_value / step), step),
    )
    height = math.ceil(plot.bottom + style.font * 2 + PAD)
    items, shapes = [], []
    for s in series:
        for point in (p for p in s.points if p.value is not None):
            items.append(Item("site", ", ".join(line for line in point.card if line), point.card, None))
            shapes.append(_dot(plot, s, point))
    dots = "".join(link(i, item, shape) for i, (item, shape) in enumerate(zip(items, shapes, strict=True)))
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 {band} {style.width} {height - band}" '
        f'width="{style.width}" height="{height - band}" font-family="{escape(FONT, quote=True)}" '
        f'role="group" aria-label="{escape(words.title, quote=True)}"><title>{escape(words.title)}</title>'
        f'<rect y="{band}" width="100%" height="100%" fill="{HALO}"/>'
        f'<g class="ik-legend-band">{legend_markup}</g>{_gap_bands(plot, gaps)}{_spans(plot, breaks)}'
        f"{_axes(plot, step, words, style.font)}"
        f"{_breaks(plot, breaks, style.font)}{''.join(_lines(plot, s, gaps) for s in series)}"
        f'<g class="ik-items">{dots}</g></svg>'
    )
    return Drawing(svg, style.width, height, words.title, band, legend, tuple(items), kind="chart")
