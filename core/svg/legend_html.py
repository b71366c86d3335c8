"""The legend as HTML beside a map on screen: it wraps on a phone and grows with the type on a projector."""

from __future__ import annotations

from html import escape

from core.svg.fills import css_background
from core.svg.legend import WATER, Key, Legend, symbol_path

ICON = 16  # px: the drawing size of a site symbol in the legend (scaled with the type by CSS)


def _swatch(colour: str, border: str = "#444444", pattern: str = "") -> str:
    if colour == WATER:
        return '<span class="ik-swatch ik-swatch-water" aria-hidden="true"></span>'
    style = f"background:{css_background(pattern, colour)};border-color:{border}"
    return f'<span class="ik-swatch" style="{style}" aria-hidden="true"></span>'


def _symbol(key: Key) -> str:
    middle = ICON / 2
    ring = f' stroke="{key.border}" stroke-width="{key.outline_width}"' if key.outline_width else ""
    size = ICON - 2 - 2 * key.outline_width  # a ringed symbol (the visitor's own rows) stays inside the icon
    return (
        f'<svg class="ik-symbol" viewBox="0 0 {ICON} {ICON}" aria-hidden="true">'
        f'<path d="{symbol_path(key.symbol, middle, middle, size)}" fill="{key.colour}"{ring}/></svg>'
    )


def _key(key: Key) -> str:
    icon = _swatch(key.colour, key.border, key.pattern) if key.symbol == "area" else _symbol(key)
    return f"<li>{icon}{escape(key.label)}</li>"


def legend_html(legend: Legend) -> str:
    """Title, one swatch per class with its bounds, the other keys and the notes, as lists."""
    parts = []
    if legend.scale:
        parts.append(f'<p class="ik-legend-title">{escape(legend.scale.title)}</p>')
        steps = "".join(f"<li>{_swatch(colour)}{escape(label)}</li>" for colour, label in legend.scale.steps)
        parts.append(f'<ul class="ik-steps">{steps}</ul>')
    if legend.keys:
        parts.append(f'<ul class="ik-keys">{"".join(_key(key) for key in legend.keys)}</ul>')
    notes = [note for note in (legend.scale.note if legend.scale else None, legend.note) if note]
    parts += [f'<p class="ik-legend-note">{escape(note)}</p>' for note in notes]
    return "".join(parts)


def values_html(ranking: tuple[tuple[str, str, str], ...], label: str) -> str:
    """Every area's value beside the map, strongest colour first, with its colour: nothing needs hover."""
    items = "".join(
        f'<li>{_swatch(colour)}<span>{escape(name)}</span><span class="ik-value">{escape(value)}</span></li>'
        for name, value, colour in ranking
    )
    return f'<ul class="ik-values" aria-label="{escape(label, quote=True)}">{items}</ul>'
