"""The benchmark's reruns: server time of a page's rerun in AppTest after a filter change, and its figures."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from functools import partial

from streamlit import config as streamlit_config
from streamlit.logger import set_log_level
from streamlit.testing.v1 import AppTest

from bench.benchmark_rows import ROOT, Row, median, p95, phase, within


@dataclass(frozen=True)
class Rerun:
    """How a page's rerun is provoked under AppTest: a selectbox cycled over values, or a plain rerun."""

    script: str
    key: str | None = None
    values: tuple[str, ...] = ()
    widget: str = "selectbox"


RERUNS = {
    "overview": Rerun("app.py"),
    "map": Rerun("pages/map.py", "county", ("20", "21", "17", ""), "pills"),
    "transition": Rerun("pages/transition.py", "county", ("20", "21", "17", "")),
    "compare": Rerun("pages/compare.py", "sector", ("industry", "all", "transport")),
    "focus_areas": Rerun(
        "pages/focus_areas.py",
        "area",
        ("steel", "forest_bioeconomy", "advanced_manufacturing", "other_industry", ""),
    ),
    "municipality": Rerun("pages/municipality.py", "kommun", ("2104", "1780", "2081")),
    "project": Rerun("pages/project.py", "county", ("20", "21", "17", "")),
    "data": Rerun(
        "pages/data.py",
        "dataset",
        (
            "workplaces",
            "indicators",
            "key_figures",
            "project",
            "partners",
            "activities",
            "municipalities",
            "counties",
        ),
    ),
    "accessibility": Rerun("pages/accessibility.py"),
}


def largest_spec(at: AppTest) -> int:
    """Bytes of the largest chart or map sent: an inline figure's HTML (SVG, its data and script)."""
    inline = [len(element.value.encode()) for element in at.html if 'class="ik-figure' in element.value]
    return max(inline, default=0)


def rerun_once(at: AppTest, rerun: Rerun, step: int) -> float:
    """One rerun after a filter change (or a plain rerun); seconds spent in .run()."""
    runner = at
    if rerun.key is not None:
        widget = getattr(at, rerun.widget)(key=rerun.key)
        runner = widget.set_value(rerun.values[step % len(rerun.values)])
    started = time.perf_counter()
    runner.run()
    return time.perf_counter() - started


def time_reruns(rerun: Rerun, repetitions: int) -> tuple[list[float], int, int]:
    """Rerun times (ms), the largest chart or map seen (bytes) and how many exceptions the page showed."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    if rerun.script != "app.py":
        at.switch_page(rerun.script).run()
    largest, errors, times = largest_spec(at), len(at.exception), []
    for step in range(max(2, len(rerun.values))):
        rerun_once(at, rerun, step)
    for step in range(repetitions):
        times.append(rerun_once(at, rerun, step) * 1000)
        largest, errors = max(largest, largest_spec(at)), errors + len(at.exception)
    return times, largest, errors


def timing_row(key: str, times: list[float], errors: int) -> Row:
    middle = median(times)
    note = f" ({errors} exceptions!)" if errors else ""
    value = f"{middle:.1f} / {p95(times):.1f} ms{note}"
    return Row(f"rerun {key} (median / p95, n={len(times)})", value, "median <= 50 ms", within(middle, 50))


def size_row(key: str, largest: int) -> Row:
    if not largest:
        return Row(f"chart or map {key} (largest)", "no chart", "<= 150 KB")
    kb = largest / 1024
    return Row(f"chart or map {key} (largest)", f"{kb:.1f} KB", "<= 150 KB", within(kb, 150))


def page_rerun_rows(key: str, rerun: Rerun, repetitions: int) -> list[Row]:
    times, largest, errors = time_reruns(rerun, repetitions)
    return [timing_row(key, times, errors), size_row(key, largest)]


def rerun_rows(pages: tuple[str, ...], repetitions: int) -> list[Row]:
    """Per page: server time of a rerun after a filter change, and the largest chart or map."""
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    streamlit_config.get_config_options()  # parse the config now: parsing resets the log level
    set_log_level("error")
    measured = [
        phase(f"reruns {key}", partial(page_rerun_rows, key, rerun, repetitions))
        for key, rerun in RERUNS.items()
        if key in pages
    ]
    return [rows[0] for rows in measured] + [rows[1] for rows in measured if len(rows) > 1]
