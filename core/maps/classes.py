"""Classed colour scales for the maps: quantile classes that never split a tie, with their bounds as labels.

Quantiles, not natural breaks: the indicators are strongly skewed (a few large towns), and a reader asks
which municipalities stand out at the low or high end. Equal-count classes keep the ends apart (Hofors 1,
Sandviken 8, Ockelbo 13 fall in different classes); natural breaks lump the whole low end into one class.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class ColourClass:
    """One class: the smallest and largest value in it, and its colour."""

    low: float
    high: float
    colour: str


@dataclass(frozen=True)
class Classes:
    """The classes of a map, lowest values first."""

    classes: tuple[ColourClass, ...]

    def colour_of(self, value: float) -> str:
        """The colour of the class a value falls in."""
        for colour_class in self.classes:
            if value <= colour_class.high:
                return colour_class.colour
        return self.classes[-1].colour

    def labels(self, number: Callable[[float], str]) -> tuple[str, ...]:
        """'1–3', '4–10', '13': each class's bounds, written by `number`."""
        return tuple(
            number(c.low) if c.low == c.high else f"{number(c.low)}–{number(c.high)}" for c in self.classes
        )


def upper_bounds(values: Sequence[float], count: int) -> tuple[float, ...]:
    """Upper bounds of at most `count` classes holding about as many values each; bounds are data values."""
    known = np.sort(np.asarray([v for v in values if v == v], dtype=float))
    if not len(known):
        return ()
    levels = np.arange(1, count + 1) / count
    bounds = np.quantile(known, levels, method="inverted_cdf")
    return tuple(dict.fromkeys(float(bound) for bound in bounds))


def pick_colours(scale: Sequence[str], count: int, strong_low: bool) -> tuple[str, ...]:
    """`count` colours spread over the scale, light to strong (strong to light when low values are strong)."""
    if count == 1:
        picked = [scale[-1 if strong_low else len(scale) // 2]]
    else:
        steps = np.linspace(0, len(scale) - 1, count).round().astype(int)
        picked = [scale[step] for step in steps]
    return tuple(reversed(picked)) if strong_low else tuple(picked)


def classify(values: Sequence[float], scale: Sequence[str], count: int, strong_low: bool = False) -> Classes:
    """Quantile classes of the known values, each with its colour; no classes when no value is known."""
    known = sorted(float(v) for v in values if v == v)
    bounds = upper_bounds(known, count)
    colours = pick_colours(scale, len(bounds), strong_low) if bounds else ()
    classes, low_index = [], 0
    for bound, colour in zip(bounds, colours, strict=True):
        members = [v for v in known[low_index:] if v <= bound]
        classes.append(ColourClass(members[0], members[-1], colour))
        low_index += len(members)
    return Classes(tuple(classes))
