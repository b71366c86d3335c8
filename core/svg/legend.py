"""Legends and site symbols for the SVG maps: a colour bar and keys laid out in rows above the map."""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

from core.svg.fills import paint
from core.svg.glyphs import text_width

PAD = 4.0
GAP = 6.0
ITEM_GAP = 18.0
ROW = 1.7  # row height, in font sizes
SYMBOLS = ("circle", "square", "triangle", "diamond")
WATER = "url(#ik-water)"  # fill of lakes and of their legend swatch
WATER_SPACING = 5  # px between the lines that mark water


@dataclass(frozen=True)
class Scale:
    """A classed colour scale: its title, one (colour, bounds) step per class from low to high, and a note."""

    title: str
    steps: tuple[tuple[str, str], ...]
    note: str | None = None


@dataclass(frozen=True)
class Key:
    """One legend entry: a site symbol or "area" (a bordered swatch), its colour, label and pattern.

    A symbol with an outline width is drawn with a ring of the border colour (the visitor's own rows).
    """

    label: str
    colour: str
    symbol: str
    border: str = "#444444"
    outline_width: float = 0.0
    pattern: str = ""  # a bar chart's fill pattern (core.svg.fills), "" for a plain colour


@dataclass(frozen=True)
class Legend:
    """What the legend explains: an optional colour scale, keys, and a note in small type."""

    scale: Scale | None = None
    keys: tuple[Key, ...] = ()
    note: str | None = None


def water_pattern(colour: str, line: str) -> str:
    """The definition behind WATER: a pale fill crossed by thin horizontal lines."""
    step = WATER_SPACING
    return (
        f'<defs><pattern id="ik-water" width="{step}" height="{step}" patternUnits="userSpaceOnUse">'
        f'<rect width="{step}" height="{step}" fill="{colour}"/>'
        f'<path d="M0,0.5H{step}" stroke="{line}" stroke-width="1"/></pattern></defs>'
    )


def symbol_path(symbol: str, x: float, y: float, size: float) -> str:
    """Path data of a symbol centred on (x, y) with the area of a circle of diameter size."""
    if symbol == "square":
        h = size * math.sqrt(math.pi) / 4
        return f"M{x - h:.1f},{y - h:.1f}h{2 * h:.1f}v{2 * h:.1f}h{-2 * h:.1f}Z"
    if symbol == "diamond":
        h = size * math.sqrt(math.pi / 8)
        return f"M{x:.1f},{y - h:.1f}L{x + h:.1f},{y:.1f}L{x:.1f},{y + h:.1f}L{x - h:.1f},{y:.1f}Z"
    if symbol == "triangle":
        side = size * math.sqrt(math.pi / math.sqrt(3))
        tall = side * math.sqrt(3) / 2
        top, bottom = y - 2 * tall / 3, y + tall / 3
        return f"M{x:.1f},{top:.1f}L{x + side / 2:.1f},{bottom:.1f}L{x - side / 2:.1f},{bottom:.1f}Z"
    r = size / 2
    return f"M{x - r:.1f},{y:.1f}a{r:.1f},{r:.1f} 0 1,0 {2 * r:.1f},0a{r:.1f},{r:.1f} 0 1,0 {-2 * r:.1f},0Z"


def _text(x: float, y: float, label: str, size: float, colour: str, anchor: str = "start") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:.1f}" fill="{colour}" '
        f'text-anchor="{anchor}">{escape(label)}</text>'
    )


def _scale(scale: Scale, font: float, colour: str) -> tuple[str, float]:
    return _text(PAD, PAD + font, scale.title, font, colour), PAD + font + GAP


def _keys(keys: tuple[Key, ...], top: float, width: float, font: float, colour: str) -> tuple[str, float]:
    parts, x, row = [], PAD, 0
    for key in keys:
        item = font + GAP + text_width(key.label, font)
        if x > PAD and x + item > width - PAD:
            x, row = PAD, row + 1
        middle = top + font * ROW * (row + 0.5)
        if key.symbol == "area":
            side = font * 0.9
            parts.append(
                f'<rect x="{x:.1f}" y="{middle - side / 2:.1f}" width="{side:.1f}" height="{side:.1f}" '
                f'fill="{paint(key.pattern, key.colour)}" stroke="{key.border}" stroke-width="1"/>'
            )
        else:
            symbol = symbol_path(key.symbol, x + font / 2, middle, font)
            ring = f' stroke="{key.border}" stroke-width="{key.outline_width}"' if key.outline_width else ""
            parts.append(f'<path d="{symbol}" fill="{key.colour}"{ring}/>')
        parts.append(_text(x + font + GAP, middle + font * 0.35, key.label, font, colour))
        x += item + ITEM_GAP
    return "".join(parts), top + font * ROW * (row + 1 if keys else 0)


def legend_svg(legend: Legend, width: float, font: float, colour: str) -> tuple[str, float]:
    """The legend's SVG elements and the height they take at the top of the map."""
    markup, height = _scale(legend.scale, font, colour) if legend.scale else ("", PAD)
    steps = tuple(Key(label, fill, "area") for fill, label in legend.scale.steps) if legend.scale else ()
    notes = [note for note in (legend.scale.note if legend.scale else None, legend.note) if note]
    for keys in (steps, legend.keys):
        rows, height = _keys(keys, height, width, font, colour)
        markup += rows
    for note in notes:
        markup += _text(PAD, height + font, note, font * 0.9, colour)
        height += font * ROW
    return markup, height + PAD
