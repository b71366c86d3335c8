"""Rows of horizontal bar charts as SVG: the style, the layout, a label on each row, values at the bars."""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from html import escape

from core.config import Config
from core.svg.drawing import Item, link
from core.svg.fills import paint, text_on
from core.svg.glyphs import BOLD_AVERAGE, text_width

LINE = 1.25  # line height, in font sizes
GAP = 6.0  # px between a label, its bar and the value after it
INSIDE = 4.0  # px kept free each side of a value written inside a bar
MARGIN = 8.0  # px above the first row and below the last
PLACEHOLDER = " …"  # ends a label cut to fit; the full text stays in its <title> and card


@dataclass(frozen=True)
class Style:
    """Size, type and colours of a bar chart."""

    width: int
    font: float
    bar: float
    gap: float
    label_share: float
    label_lines: int
    text: str
    highlight: str
    muted: str


@dataclass(frozen=True)
class Segment:
    """One bar, or one part of a stacked bar: its value, fill, what it shows when pointed at, inner text."""

    value: float
    colour: str
    item: Item
    pattern: str = ""
    text: str = ""  # written inside the bar where it fits


@dataclass(frozen=True)
class Row:
    """One row: its label, its bar (one segment or a stack), the text after the bar, and emphasis."""

    label: str
    segments: tuple[Segment, ...]
    end: str
    strong: bool = False


def style(config: Config) -> Style:
    """The chart style for the reader's screen (config_for(phone) narrows map.width on phones)."""
    charts = config.charts
    return Style(
        config.map.width,
        config.map.font_size,
        charts.bar_height,
        charts.row_gap,
        charts.label_share,
        charts.label_lines,
        charts.text_color,
        charts.highlight_color,
        charts.muted_color,
    )


def _chars(room: float, font: float) -> int:
    return max(1, math.floor(room / (font * BOLD_AVERAGE)))


def _lines(label: str, room: float, chart: Style, limit: int | None) -> list[str]:
    chars = _chars(room, chart.font)
    return textwrap.wrap(label, chars, max_lines=limit, placeholder=PLACEHOLDER) or [""]


def text_svg(x: float, y: float, content: str, chart: Style, **attributes: str) -> str:
    """A line of text centred on y; attributes given as fill="…", text_anchor="end" and the like."""
    attributes = {"fill": chart.text, **attributes}
    extra = "".join(f' {name.replace("_", "-")}="{value}"' for name, value in attributes.items())
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{chart.font:g}" dominant-baseline="central"{extra}>'
        f"{escape(content)}</text>"
    )


def _label(lines: list[str], x: float, middle: float, chart: Style, row: Row, beside: bool) -> str:
    step = chart.font * LINE
    first = middle - step * (len(lines) - 1) / 2
    weight = {"font_weight": "700"} if row.strong else {}
    anchor = {"text_anchor": "end"} if beside else {}
    return " ".join(  # spaces between the lines, so the text read out is the text shown
        text_svg(x, first + i * step, line, chart, **anchor, **weight) for i, line in enumerate(lines)
    )


def _segments(row: Row, x: float, top: float, scale: float, chart: Style) -> list[str]:
    shapes = []
    for segment in row.segments:
        length = segment.value * scale
        shape = (
            f'<path class="ik-bar" d="M{x:.1f},{top:.1f}h{length:.1f}v{chart.bar:g}h{-length:.1f}Z" '
            f'fill="{paint(segment.pattern, segment.colour)}"/>'
        )
        room = text_width(segment.text, chart.font) + 2 * INSIDE
        if segment.text and room <= length:  # on a plain chip of the bar's colour, so the pattern stays clear
            middle, tall = top + chart.bar / 2, chart.font * LINE
            shape += (
                f'<rect x="{x + (length - room) / 2:.1f}" y="{middle - tall / 2:.1f}" width="{room:.1f}" '
                f'height="{tall:.1f}" rx="2" fill="{segment.colour}"/>'
            )
            ink = text_on(segment.colour, chart.text)
            shape += text_svg(x + length / 2, middle, segment.text, chart, fill=ink, text_anchor="middle")
        shapes.append(shape)
        x += length
    return shapes


@dataclass(frozen=True)
class Layout:
    """Where labels go, where bars start, px per unit of value, and each row with its label's lines."""

    beside: bool  # labels beside the bars (else above them)
    bar_x: float
    scale: float  # px per unit of value
    rows: tuple[tuple[Row, list[str]], ...]


def layout(rows: tuple[Row, ...], chart: Style) -> Layout:
    """Labels beside the bars if each fits the label column, else above; the longest bar fills the rest.

    The rest is the width less the label column (when beside) and the longest text after a bar.
    """
    room = chart.width * chart.label_share
    wrapped = [_lines(row.label, room, chart, None) for row in rows]
    beside = all(len(lines) <= chart.label_lines for lines in wrapped)
    if beside:
        column = max((text_width(line, chart.font, True) for lines in wrapped for line in lines), default=0)
        bar_x = min(column, room) + GAP
    else:
        wrapped, bar_x = [_lines(row.label, chart.width, chart, chart.label_lines) for row in rows], 0.0
    after = max((text_width(row.end, chart.font, row.strong) for row in rows), default=0) + GAP
    largest = max((sum(s.value for s in row.segments) for row in rows), default=0)
    scale = (chart.width - bar_x - after) / largest if largest > 0 else 0.0
    return Layout(beside, bar_x, scale, tuple(zip(rows, wrapped, strict=True)))


def row_svg(
    row: Row, lines: list[str], top: float, layout: Layout, first: int, chart: Style
) -> tuple[str, float]:
    """One row's SVG (links numbered from `first`) and the height it takes."""
    label_height = len(lines) * chart.font * LINE
    height = max(chart.bar, label_height) if layout.beside else label_height + chart.bar
    bar_top = top + (height - chart.bar) / 2 if layout.beside else top + label_height
    middle = bar_top + chart.bar / 2
    label_x, label_middle = (layout.bar_x - GAP, middle) if layout.beside else (0.0, top + label_height / 2)
    texts = _label(lines, label_x, label_middle, chart, row, layout.beside)
    end_x = layout.bar_x + sum(s.value for s in row.segments) * layout.scale + GAP
    texts += " " + text_svg(end_x, middle, row.end, chart, **({"font_weight": "700"} if row.strong else {}))
    shapes = _segments(row, layout.bar_x, bar_top, layout.scale, chart)
    if len(shapes) == 1 and not row.segments[0].text:  # one bar, value after it: the whole row is its target
        full = f"<title>{escape(row.label)}</title>" if PLACEHOLDER in "".join(lines) else ""
        target = (
            f'<rect class="ik-target" y="{top:.1f}" width="100%" height="{height:.1f}" fill="transparent"/>'
        )
        return link(first, row.segments[0].item, full + target + shapes[0] + texts), height
    parts = "".join(
        link(first + i, s.item, shape) for i, (s, shape) in enumerate(zip(row.segments, shapes, strict=True))
    )
    return f'{parts}<g aria-hidden="true">{texts}</g>', height
