"""The benchmark's first draws in Chromium: a cold start, and the map's first draw against a one-line page."""

from __future__ import annotations

import math
import shutil
import time
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page

from bench.benchmark_rows import LANG, ROOT, Row, median, within
from front.local import MAP_PAGES, READY, streamlit_server, wait_healthy

FLOOR_DIR = Path("/tmp/bench_floor")
VIEWPORT = {"width": 1366, "height": 900}
DRAW_LIMIT_MS = 120_000
CHART_PAGES = {"focus_areas"}

# Resolves with performance.now() (ms since navigation start) two frames after the page is drawn:
# the script has finished, the title is there and, by kind, the map picture / a chart / "ok" is shown.
DRAWN_JS = """async ([kind, ready, limit]) => {
  const frame = () => Promise.race([new Promise(r => requestAnimationFrame(r)),
                                    new Promise(r => setTimeout(r, 100))]);
  const drawnInline = kind => document.querySelector(`.ik-figure-${kind} .ik-canvas svg`) !== null;
  const mapDrawn = () => drawnInline('map');
  const chartDrawn = () => drawnInline('chart');
  const textDrawn = () => [...document.querySelectorAll('[data-testid="stMarkdownContainer"]')]
    .some(e => e.innerText.trim() === 'ok');
  const titled = () => document.querySelector('h1') !== null;
  const drawn = {map: mapDrawn, chart: chartDrawn, text: textDrawn, page: titled}[kind];
  while (!(document.querySelector(ready) && drawn())) {
    if (performance.now() > limit) return -1;
    await frame();
  }
  await frame();
  await frame();
  return performance.now();
}"""


def write_floor_app() -> Path:
    """One-line Streamlit pages at / and at /page, with the app's own Streamlit config.

    Two floors, because Streamlit itself costs more at a sub-path: its front end first looks for the
    server under /page/_stcore, then under /. /map is compared with /page, the overview with /.
    """
    (FLOOR_DIR / ".streamlit").mkdir(parents=True, exist_ok=True)
    (FLOOR_DIR / "pages").mkdir(exist_ok=True)
    for script in (FLOOR_DIR / "app.py", FLOOR_DIR / "pages" / "page.py"):
        script.write_text('import streamlit as st\n\nst.write("ok")\n', encoding="utf-8")
    shutil.copyfile(ROOT / ".streamlit" / "config.toml", FLOOR_DIR / ".streamlit" / "config.toml")
    return FLOOR_DIR


def kind_of(page_key: str) -> str:
    """What "drawn" means for a page: its map loaded, a chart plotted, or just its title shown."""
    return "map" if page_key in MAP_PAGES else "chart" if page_key in CHART_PAGES else "page"


def wait_drawn(page: Page, kind: str) -> float:
    """Milliseconds from navigation start until the page is drawn; -1 if it never was."""
    return float(page.evaluate(DRAWN_JS, [kind, READY, DRAW_LIMIT_MS]))


def open_page(context: BrowserContext, url: str) -> Page:
    page = context.new_page()
    page.goto(url, wait_until="commit")
    return page


def first_draw_ms(browser: Browser, url: str, kind: str) -> float:
    """Navigation start → drawn, in a fresh context (empty cache, new session)."""
    context = browser.new_context(viewport=VIEWPORT)
    try:
        return wait_drawn(open_page(context, url), kind)
    finally:
        context.close()


def cold_start(browser: Browser) -> list[Row]:
    """A new server process: seconds until health is ok, and until / is drawn in Chromium."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    try:
        with streamlit_server(ROOT) as server:
            health = wait_healthy(server)
            page.goto(f"{server.url}/{LANG}", wait_until="commit")
            drawn = wait_drawn(page, "map") >= 0
            first = time.perf_counter() - server.started
    finally:
        context.close()
    return [
        Row("cold start: process -> health ok", f"{health:.2f} s"),
        Row("cold start: process -> / drawn", f"{first:.2f} s" if drawn else "not drawn"),
    ]


def draw_times(
    browser: Browser, targets: dict[str, tuple[str, str]], repetitions: int
) -> dict[str, list[float]]:
    """First-draw times of each target, interleaved, after one untimed warm-up visit each."""
    times: dict[str, list[float]] = {name: [] for name in targets}
    for url, kind in targets.values():
        first_draw_ms(browser, url, kind)
    for _ in range(repetitions):
        for name, (url, kind) in targets.items():
            times[name].append(first_draw_ms(browser, url, kind))
    return {name: [ms for ms in values if ms >= 0] for name, values in times.items()}


def map_versus_floor(browser: Browser, app_url: str, floor_url: str, repetitions: int) -> list[Row]:
    """First drawn map on /map and on the overview (/), each beside a one-line page at the same path depth."""
    targets = {
        "map": (f"{app_url}/map{LANG}", "map"),
        "floor_page": (f"{floor_url}/page", "text"),
        "overview": (f"{app_url}/{LANG}", "map"),
        "floor_root": (f"{floor_url}/", "text"),
    }
    times = draw_times(browser, targets, repetitions)
    rows = []
    for page, floor, path in (("map", "floor_page", "/page"), ("overview", "floor_root", "/")):
        page_ms, floor_ms = median(times[page]), median(times[floor])
        ratio = page_ms / floor_ms if floor_ms else math.nan
        runs = f"(n={len(times[page])}/{len(times[floor])} drawn of {repetitions})"
        name = "/map" if page == "map" else "/ (overview)"
        rows += [
            Row(f"first drawn map {name}, median", f"{page_ms:.0f} ms"),
            Row(f"first draw one-line page at {path} (floor), median", f"{floor_ms:.0f} ms"),
            Row(f"first draw ratio {name} / floor {runs}", f"{ratio:.2f}", "<= 1.3", within(ratio, 1.3)),
        ]
    root = median(times["floor_root"])
    rows.append(Row("first drawn map /map against the / floor", f"{median(times['map']) / root:.2f}"))
    return rows
