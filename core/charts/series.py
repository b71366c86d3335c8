"""What a trend chart draws: yearly points of series, breaks to mark, and which points a line may join."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass

TICKS = 4  # about this many value lines


@dataclass(frozen=True)
class Point:
    """One year's value of a series (None: no figure), the card it shows, and whether it is preliminary."""

    year: int
    value: float | None
    card: tuple[str, ...]
    preliminary: bool = False


@dataclass(frozen=True)
class Series:
    """A line: its name in the legend, its colour and its points."""

    label: str
    colour: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Mark:
    """A year marked with a dashed line and a word (a method or scope break).

    With until: the span of years from year to until, shaded and named in the legend (two methods count
    those years both).
    """

    year: int
    label: str
    until: int | None = None


@dataclass(frozen=True)
class TrendStyle:
    """Sizes of the chart in px: width, plot height, type size."""

    width: int
    plot_height: int
    font: float


@dataclass(frozen=True)
class TrendText:
    """The words a trend chart needs: title, unit and the legend's labels for gaps and preliminary values."""

    title: str
    unit: str
    gap: str
    preliminary: str
    value: Callable[[float], str]  # a number as text in the reader's language


def nice_step(top: float, ticks: int = TICKS) -> float:
    """A round step (1, 2 or 5 times a power of ten) that reaches top in about `ticks` steps."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def year_ticks(first: int, last: int, most: int = 12) -> list[int]:
    """Years to label: round steps (1, 2, 5, 10 … years) so at most `most` fit, and always the last year."""
    step = next(s for s in (1, 2, 5, 10, 20, 50) if (last - first) // s + 1 <= most or s == 50)
    ticks = [y for y in range(first, last + 1) if y % step == 0 or (step == 1)]
    if ticks and last - ticks[-1] <= step / 2 and ticks[-1] != last:
        ticks.pop()
    return sorted({*ticks, last})


def segments(points: tuple[Point, ...], gaps: frozenset[int]) -> list[tuple[Point, Point]]:
    """Pairs of neighbouring points joined by a line: never across a missing value or a known gap."""
    known = [p for p in sorted(points, key=lambda p: p.year) if p.value is not None]
    return [
        (a, b)
        for a, b in itertools.pairwise(known)
        if not any(a.year < y < b.year for y in gaps)
        and not any(p.value is None and a.year < p.year < b.year for p in points)
    ]
