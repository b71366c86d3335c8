"""Performance benchmark of Industrikartan: start-up, first map draw, rerun time, bytes, figure size, memory.

Usage: `make benchmark` or `python -m bench.benchmark [--quick] [--pages a,b]` (a measurement, never a test:
exits 0). A smoke run: `--quick --pages overview` (reruns and bytes of the overview only, few repetitions).
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import Browser, BrowserContext, Page, Request, WebSocket, sync_playwright
from streamlit import config as streamlit_config
from streamlit.logger import set_log_level
from streamlit.testing.v1 import AppTest

from front.local import (
    CHROMIUM,
    CHROMIUM_FLAGS,
    HOST,
    MAP_PAGES,
    PAGES,
    READY,
    streamlit_server,
    wait_healthy,
)

ROOT = Path(__file__).resolve().parents[1]
FLOOR_DIR = Path("/tmp/bench_floor")
VIEWPORT = {"width": 1366, "height": 900}
DRAW_LIMIT_MS = 120_000
STARTED = time.perf_counter()
LANG = "?lang=sv"
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


# --- servers -----------------------------------------------------------------------------------


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


def children(pid: int) -> list[int]:
    """Direct children of pid, from /proc/*/stat."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def vm_rss_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)


def rss_mb(pid: int) -> float:
    """VmRSS of a process and all its descendants, in MB."""
    family, queue = [], [pid]
    while queue:
        current = queue.pop()
        family.append(current)
        queue.extend(children(current))
    return sum(vm_rss_kb(member) for member in family) / 1024


# --- browser -----------------------------------------------------------------------------------


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


class Traffic:
    """Bytes one page view received (HTTP via CDP, websocket frames), and requests off 127.0.0.1."""

    def __init__(self) -> None:
        self.http = 0
        self.ws = 0
        self.largest = (0, "")
        self.foreign: list[str] = []
        self._urls: dict[str, str] = {}

    def on_response(self, event: dict) -> None:
        self._urls[event["requestId"]] = event["response"]["url"]

    def on_loaded(self, event: dict) -> None:
        size = int(event.get("encodedDataLength", 0))
        self.http += size
        self.largest = max(self.largest, (size, self._urls.get(event["requestId"], "?")))

    def on_frame(self, payload: bytes | str) -> None:
        self.ws += len(payload.encode() if isinstance(payload, str) else payload)

    def on_websocket(self, socket: WebSocket) -> None:
        socket.on("framereceived", self.on_frame)

    def on_request(self, request: Request) -> None:
        if urlparse(request.url).hostname not in {HOST, None} and request.url.startswith(("http", "ws")):
            self.foreign.append(request.url)

    def watch(self, context: BrowserContext, page: Page) -> None:
        cdp = context.new_cdp_session(page)
        cdp.on("Network.responseReceived", self.on_response)
        cdp.on("Network.loadingFinished", self.on_loaded)
        cdp.send("Network.enable")
        page.on("websocket", self.on_websocket)
        page.on("request", self.on_request)


def page_traffic(browser: Browser, url: str, kind: str) -> Traffic:
    """Everything a fresh context receives for one view of url, until drawn and the network is idle."""
    traffic = Traffic()
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        traffic.watch(context, page)
        page.goto(url, wait_until="commit")
        wait_drawn(page, kind)
        page.wait_for_timeout(600)
        page.wait_for_selector(READY, timeout=DRAW_LIMIT_MS)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)
    finally:
        context.close()
    return traffic


def traffic_rows(browser: Browser, app_url: str, pages: tuple[str, ...]) -> list[Row]:
    """Per page: bytes of one first view, in total and over the websocket; plus the largest response."""
    totals, sockets, foreign, largest = [], [], [], (0, "")
    for key, path in PAGES.items():
        if key not in pages:
            continue
        traffic = page_traffic(browser, f"{app_url}{path}{LANG}", kind_of(key))
        totals.append(Row(f"bytes per view {path}: total", f"{(traffic.http + traffic.ws) / 1024:,.0f} KB"))
        sockets.append(Row(f"bytes per view {path}: websocket", f"{traffic.ws / 1024:,.1f} KB"))
        foreign += traffic.foreign
        largest = max(largest, traffic.largest)
    name = urlparse(largest[1]).path.rsplit("/", 1)[-1]
    return [
        *totals,
        *sockets,
        Row("largest HTTP response (any view)", f"{largest[0] / 1024:,.0f} KB {name}"),
        Row("requests to hosts other than 127.0.0.1", str(len(foreign)), "0", not foreign),
    ]


def open_sessions(browser: Browser, contexts: list[BrowserContext], url: str, count: int) -> int:
    """Open count more sessions at once and wait until each has run its script; return how many did."""
    pages = []
    for _ in range(count):
        contexts.append(browser.new_context(viewport=VIEWPORT))
        pages.append(open_page(contexts[-1], url))
    return sum(wait_drawn(page, "page") >= 0 for page in pages)


def memory_rows(browser: Browser, sessions: int) -> list[Row]:
    """Server RSS: at start, after one /map session, after `sessions` concurrent open sessions."""
    contexts: list[BrowserContext] = []
    with streamlit_server(ROOT) as server:
        try:
            wait_healthy(server)
            time.sleep(1)
            pid, url = server.process.pid, f"{server.url}/map{LANG}"
            start = rss_mb(pid)
            ready = open_sessions(browser, contexts, url, 1)
            first = rss_mb(pid)
            while len(contexts) < sessions:
                ready += open_sessions(browser, contexts, url, min(10, sessions - len(contexts)))
            time.sleep(2)
            full = rss_mb(pid)
        finally:
            for context in contexts:
                context.close()
    return [
        Row("server RSS at start (no session)", f"{start:.0f} MB", "<= 300 MB", within(start, 300)),
        Row("server RSS after 1 session", f"{first:.0f} MB"),
        Row(f"server RSS after {sessions} sessions ({ready} ready)", f"{full:.0f} MB"),
        Row("server RSS per extra session", f"{(full - first) / max(1, sessions - 1):.1f} MB"),
    ]


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


# --- in-process reruns (AppTest) -----------------------------------------------------------------


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


def rerun_rows(settings: Settings) -> list[Row]:
    """Per page: server time of a rerun after a filter change, and the largest chart or map."""
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    streamlit_config.get_config_options()  # parse the config now: parsing resets the log level
    set_log_level("error")
    pages = [
        phase(f"reruns {key}", partial(page_rerun_rows, key, rerun, settings.reruns))
        for key, rerun in RERUNS.items()
        if key in settings.pages
    ]
    return [rows[0] for rows in pages] + [rows[1] for rows in pages if len(rows) > 1]


# --- report ----------------------------------------------------------------------------------------


def phase(name: str, measure: Callable[[], list[Row]]) -> list[Row]:
    """Run one group of measurements; a failure becomes a row instead of ending the benchmark."""
    say(f"{name} ...")
    try:
        return measure()
    except Exception as error:  # a benchmark reports, it never stops half-way
        return [Row(f"{name}: FAILED", f"{type(error).__name__}: {error}"[:120])]


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
    rows = rerun_rows(settings)  # first, while the machine is quiet (no servers, no browser)
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
