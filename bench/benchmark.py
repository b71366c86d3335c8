"""Performance benchmark of Industrikartan: start-up, first map draw, rerun time, bytes, figure size, memory.

Usage: `make benchmark` or `python -m bench.benchmark [--quick] [--pages a,b]` (a measurement, never a test:
exits 0). A smoke run: `--quick --pages overview` (reruns and bytes of the overview only, few repetitions).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from functools import partial

from playwright.sync_api import sync_playwright

from bench.benchmark_bytes import traffic_rows
from bench.benchmark_draws import cold_start, map_versus_floor, write_floor_app
from bench.benchmark_memory import memory_rows
from bench.benchmark_reruns import rerun_rows
from bench.benchmark_rows import ROOT, STARTED, Row, phase
from front.local import CHROMIUM, CHROMIUM_FLAGS, PAGES, streamlit_server, wait_healthy


@dataclass(frozen=True)
class Settings:
    """Repetitions (--quick lowers them all for a smoke run) and the pages whose reruns and bytes count."""

    draws: int
    reruns: int
    sessions: int
    pages: tuple[str, ...] = tuple(PAGES)

    @classmethod
    def of(cls, quick: bool, pages: tuple[str, ...]) -> Settings:
        if quick:
            return cls(draws=1, reruns=3, sessions=3, pages=pages)
        return cls(draws=7, reruns=40, sessions=50, pages=pages)


def browser_rows(settings: Settings) -> list[Row]:
    """Everything measured in Chromium: cold start, first draw, bytes, memory."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            rows = phase("cold start", partial(cold_start, browser))
            with streamlit_server(ROOT) as app, streamlit_server(write_floor_app()) as floor:
                wait_healthy(app)
                wait_healthy(floor)
                rows += phase(
                    "first draw", partial(map_versus_floor, browser, app.url, floor.url, settings.draws)
                )
                rows += phase("bytes", partial(traffic_rows, browser, app.url, settings.pages))
            rows += phase("memory", partial(memory_rows, browser, settings.sessions))
        finally:
            browser.close()
    return rows


def load_row(loads: list[float]) -> Row:
    """Other work on the machine skews every timing: show the load before each half."""
    value = f"{loads[0]:.1f} / {loads[1]:.1f} on {os.cpu_count()} cores"
    return Row("load average (1 min) before reruns / browser", value)


def verdict(ok: bool | None) -> str:
    return "-" if ok is None else "yes" if ok else "NO"


def table(rows: list[Row]) -> str:
    header = ("measure", "value", "target", "ok?")
    cells = [header, *((row.measure, row.value, row.target or "-", verdict(row.ok)) for row in rows)]
    widths = [max(len(cell[column]) for cell in cells) for column in range(4)]
    lines = [" | ".join(cell[i].ljust(widths[i]) for i in range(4)).rstrip() for cell in cells]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines) + "\n"


LEGEND = """
cold start      new `streamlit run` process (browser already running): Popen -> /_stcore/health ok;
                Popen -> / drawn in Chromium (script finished, overview map loaded).
first draw      navigation start -> script finished + map picture decoded + 2 animation frames; fresh
                context (empty cache, new session) each time, server warmed by one visit; floor = a
                one-line page `st.write("ok")` on a second server, at /page for /map (Streamlit first
                looks for its server under a page's path, which costs a sub-path page ~60-100 ms) and
                at / for the overview; ratio = median(page) / median(floor).
rerun           in-process AppTest, run first while the machine is quiet: wall time of .run() after
                setting one filter (map, project: county; focus_areas: area; municipality: kommun;
                data: dataset), cycling its values; overview, accessibility: plain rerun. Includes
                AppTest's own work (it parses and compiles the scripts again on every run).
bytes per view  one first visit (?lang=sv) per page in a fresh context, until drawn and network idle:
                HTTP bytes received (CDP encodedDataLength, headers included) + websocket frames;
                websocket = the app's own messages (deltas, figures, tables); the rest is Streamlit's
                frontend (JS, fonts), the same for every app and cached by a returning browser.
chart or map    largest inline SVG figure (st.html: SVG, its data and script)
                on the page, over the default view and every filter value of the rerun loop.
server RSS      VmRSS of the streamlit process and its children, on a fresh server; sessions are
                /map pages in separate contexts, opened 10 at a time and kept open;
                per extra session = (RSS after N - RSS after 1) / (N - 1).
"""


def page_names(names: str) -> tuple[str, ...]:
    """The page names of --pages, each checked."""
    chosen = tuple(names.split(","))
    unknown = set(chosen) - set(PAGES)
    if unknown:
        raise argparse.ArgumentTypeError(f"no such page: {', '.join(sorted(unknown))}")
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, for a smoke run")
    parser.add_argument("--pages", type=page_names, default=tuple(PAGES), help="reruns and bytes of these")
    options = parser.parse_args()
    settings = Settings.of(options.quick, options.pages)
    loads = [os.getloadavg()[0]]
    rows = rerun_rows(
        settings.pages, settings.reruns
    )  # first, while the machine is quiet (no servers, no browser)
    loads.append(os.getloadavg()[0])
    rows += phase("browser", partial(browser_rows, settings))
    rows.insert(0, load_row(loads))
    sys.stdout.write(table(rows))
    sys.stdout.write(LEGEND)
    run = "quick" if settings.draws < 5 else "full"
    sys.stdout.write(f"\n{run} run, {time.perf_counter() - STARTED:.0f} s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
