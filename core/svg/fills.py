"""Fills that tell focus areas apart by more than colour: SVG patterns, CSS swatches, text on them."""

from __future__ import annotations

from collections.abc import Iterable

LINE_COLOUR = "#FFFFFF"  # pattern lines and dots are white on the area's colour
LIGHT_TEXT = "#FFFFFF"
SPACING = 6  # px between the lines (or dots) of a pattern
LINE_WIDTH = 1.5
DOT_RADIUS = 1.3
# The pattern codes of config.yaml focus_areas[].pattern (Plotly's shape letters) by their name in ids.
PATTERNS = {"": "solid", "/": "slash", "x": "cross", ".": "dots"}


def pattern_id(pattern: str, colour: str) -> str:
    """The id of a pattern's SVG definition; the same pattern and colour always share it."""
    return f"ik-fill-{PATTERNS[pattern]}-{colour.lstrip('#').lower()}"


def paint(pattern: str, colour: str) -> str:
    """The SVG fill of a bar or legend swatch: the colour, or a reference to its pattern."""
    return f"url(#{pattern_id(pattern, colour)})" if pattern else colour


def _pattern_svg(pattern: str, colour: str) -> str:
    middle = SPACING / 2
    line = f'stroke="{LINE_COLOUR}" stroke-width="{LINE_WIDTH}"'
    marks = {
        "/": f'<path d="M{middle},0V{SPACING}" {line}/>',
        "x": f'<path d="M{middle},0V{SPACING}M0,{middle}H{SPACING}" {line}/>',
        ".": f'<circle cx="{middle}" cy="{middle}" r="{DOT_RADIUS}" fill="{LINE_COLOUR}"/>',
    }[pattern]
    turn = "" if pattern == "." else ' patternTransform="rotate(45)"'
    return (
        f'<pattern id="{pattern_id(pattern, colour)}" width="{SPACING}" height="{SPACING}" '
        f'patternUnits="userSpaceOnUse"{turn}><rect width="{SPACING}" height="{SPACING}" '
        f'fill="{colour}"/>{marks}</pattern>'
    )


def defs(fills: Iterable[tuple[str, str]]) -> str:
    """The <defs> of every (pattern, colour) used in a drawing; empty when all are solid."""
    patterns = dict.fromkeys((pattern, colour) for pattern, colour in fills if pattern)
    return f"<defs>{''.join(_pattern_svg(*fill) for fill in patterns)}</defs>" if patterns else ""


def css_background(pattern: str, colour: str) -> str:
    """The same fill as a CSS background, for legends written in HTML."""
    stripe = f"transparent 0 {SPACING - LINE_WIDTH}px, {LINE_COLOUR} {SPACING - LINE_WIDTH}px {SPACING}px"
    layers = {
        "": [],
        "/": [f"repeating-linear-gradient(135deg, {stripe})"],
        "x": [f"repeating-linear-gradient(45deg, {stripe})", f"repeating-linear-gradient(135deg, {stripe})"],
        ".": [
            f"radial-gradient(circle, {LINE_COLOUR} {DOT_RADIUS}px, transparent {DOT_RADIUS + 0.4}px) "
            f"0 0/{SPACING}px {SPACING}px"
        ],
    }[pattern]
    return ", ".join([*layers, colour])


def _luminance(colour: str) -> float:
    """Relative luminance of a #RRGGBB colour (WCAG 2.1)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio of two #RRGGBB colours, from 1 to 21."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(fill: str, dark: str) -> str:
    """The more readable text colour on a fill: the dark text colour or white."""
    return dark if contrast(fill, dark) >= contrast(fill, LIGHT_TEXT) else LIGHT_TEXT
