"""The benchmark's result rows and what its measures share: progress lines, statistics, phases."""

from __future__ import annotations

import math
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STARTED = time.perf_counter()
LANG = "?lang=sv"


@dataclass(frozen=True)
class Row:
    """One line of the result table."""

    measure: str
    value: str
    target: str = ""
    ok: bool | None = None


# --- small helpers -----------------------------------------------------------------------------


def say(text: str) -> None:
    sys.stderr.write(f"[benchmark {time.perf_counter() - STARTED:5.0f} s] {text}\n")
    sys.stderr.flush()


def median(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)] if ordered else math.nan


def within(value: float, limit: float) -> bool | None:
    return None if math.isnan(value) else value <= limit


def phase(name: str, measure: Callable[[], list[Row]]) -> list[Row]:
    """Run one group of measurements; a failure becomes a row instead of ending the benchmark."""
    say(f"{name} ...")
    try:
        return measure()
    except Exception as error:  # a benchmark reports, it never stops half-way
        return [Row(f"{name}: FAILED", f"{type(error).__name__}: {error}"[:120])]
