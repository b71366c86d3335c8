"""Load on a running stack: N sessions that open pages and change filters, speaking Streamlit's protocol.

python -m bench.load [--url http://127.0.0.1:8080] [--sessions 50] [--seconds 60] [--kill-one-after S]

Each session is what a browser tab does after its scripts have loaded: it gets the page (and nginx's
route cookie), opens the websocket /_stcore/stream, asks for a page run (BackMsg rerun_script with the
page name and query string), then every few seconds follows a link or clicks a filter (a widget state).
Page-ready time: from the request until the page's main element and the run's end have both arrived.
A dropped connection is opened again, like Streamlit's own client does, and the view is asked for again
from the URL. Prints sessions held, errors, p50/p95 page-ready time, recovery after a killed process,
and the app processes' memory (RSS) before, during and after the load. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

from core.text.i18n import text
from front.stack import ROOT, say

# (page name, query string): links a visitor follows; "" is the overview.
LINKS = [
    ("", "lang=sv"),
    ("", "lang=en"),
    ("map", "lang=sv"),
    ("map", "county=17&indicator=industrial_workplaces&lang=sv"),
    ("map", "level=county&indicator=tatort_population&lang=en"),
    ("map", "focus=steel&lang=sv"),
    ("focus_areas", "area=steel&lang=sv"),
    ("focus_areas", "county=21&measure=sites&lang=en"),
    ("municipality", "kommun=2104&lang=sv"),
    ("municipality", "kommun=1780&compare=tatort_population&lang=en"),
    ("project", "lang=sv"),
    ("data", "dataset=indicators&lang=sv"),
    ("accessibility", "lang=en"),
]
# Each page's main element as the websocket brings it: (kind of element, text its body holds). Figures are
# st.html with the markup of components/widgets/figure.py, the Data page's table that of widgets/tables.py.
MAIN_ELEMENT = {
    "focus_areas": ("html", 'class="ik-figure ik-figure-chart"'),
    "data": ("html", 'class="ik-table-frame'),
    "accessibility": ("markdown", ""),
}
MAP_ELEMENT = ("html", 'class="ik-figure ik-figure-map"')  # the other pages' main element: the map
FILTERS = {"county", "level", "indicator", "measure", "year"}  # button groups a visitor clicks
CLICK_SHARE = 0.5  # of the steps after the first: click a filter (else follow a link)
NOTICES = {text(key, lang) for key in ("failure.section", "failure.page") for lang in ("sv", "en")}
ACTION_TIMEOUT = 30.0
RECONNECT_SECONDS = 0.5
RECONNECT_LIMIT = 30.0
SAMPLE_SECONDS = 2.0
MB = 1024


@dataclass
class Stats:
    """What all sessions saw."""

    ready: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    recoveries: list[float] = field(default_factory=list)
    clicks: int = 0
    connected: int = 0
    most_connected: int = 0

    def error(self, kind: str) -> None:
        """Count one error of this kind."""
        self.errors[kind] = self.errors.get(kind, 0) + 1

    def connect(self, change: int) -> None:
        """Track how many sessions hold a connection."""
        self.connected += change
        self.most_connected = max(self.most_connected, self.connected)


def _is_main(page: str, element: object, kind: str) -> bool:
    wanted, mark = MAIN_ELEMENT.get(page, MAP_ELEMENT)
    return kind == wanted and mark in element.body


def _problem(element: object, kind: str) -> str | None:
    if kind == "exception":
        return "exception shown"
    if kind == "alert" and any(notice in element.body for notice in NOTICES):
        return "failure notice shown"
    return None


class LoadError(Exception):
    """The page did not come as a visitor would see it."""


class Session:
    """One browser tab: a websocket to the app, its current page and query string, its filter widgets."""

    def __init__(self, url: str, stats: Stats, rng: random.Random, think: float) -> None:
        """Start on a random link."""
        self.url, self.stats, self.rng, self.think = url, stats, rng, think
        self.page, self.query = rng.choice(LINKS)
        self.cookie = ""
        self.widgets: dict[str, object] = {}
        self.ws: websockets.ClientConnection | None = None

    def _get_page(self) -> str:
        """GET the page as the browser does first; return nginx's route cookie if it set one."""
        with urllib.request.urlopen(f"{self.url}/{self.page}?{self.query}", timeout=ACTION_TIMEOUT) as answer:
            answer.read()
            return (answer.headers.get("Set-Cookie") or "").split(";")[0]

    async def connect(self) -> None:
        """Open the websocket with the route cookie, as the page's scripts do."""
        headers = {"Origin": self.url, **({"Cookie": self.cookie} if self.cookie else {})}
        self.ws = await websockets.connect(
            f"ws{self.url.removeprefix('http')}/_stcore/stream",
            subprotocols=["streamlit"],
            additional_headers=headers,
            max_size=None,
            open_timeout=ACTION_TIMEOUT,
        )
        self.stats.connect(+1)

    async def run(self, widget: WidgetState | None = None) -> float:
        """Ask for a run of the current page (with a changed widget); seconds until the page is ready."""
        message = BackMsg()
        state = message.rerun_script
        state.page_name, state.query_string = self.page, self.query
        state.context_info.url = f"{self.url}/{self.page}?{self.query}"
        if widget is not None:
            state.widget_states.widgets.append(widget)
            self.stats.clicks += 1
        started = time.perf_counter()
        await self.ws.send(message.SerializeToString())
        await asyncio.wait_for(self._until_ready(), ACTION_TIMEOUT)
        return time.perf_counter() - started

    async def _until_ready(self) -> None:
        main, self.widgets = False, {}
        while True:
            message = ForwardMsg()
            message.ParseFromString(await self.ws.recv())
            kind = message.WhichOneof("type")
            if kind == "page_info_changed":
                self.query = message.page_info_changed.query_string
            elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                main = self._element(message.delta.new_element) or main
            elif kind == "script_finished" and message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                if not main:
                    raise LoadError("run ended without the page's main element")
                return

    def _element(self, element: object) -> bool:
        kind = element.WhichOneof("type")
        payload = getattr(element, kind)
        problem = _problem(payload, kind)
        if problem:
            raise LoadError(problem)
        key = getattr(payload, "id", "").split("-", 2)[-1]
        if kind == "button_group" and key in FILTERS and not payload.disabled:
            self.widgets[key] = payload
        return _is_main(self.page, payload, kind)

    def _click(self) -> WidgetState | None:
        """A new value for one of the page's filter buttons, as the browser sends it; None if none."""
        if not self.widgets:
            return None
        button = self.widgets[self.rng.choice(sorted(self.widgets))]
        state = WidgetState(id=button.id)
        state.string_array_value.data.append(self.rng.choice([option.content for option in button.options]))
        return state

    async def act(self, widget: WidgetState | None) -> None:
        """One step; a lost connection is opened again, other failures are counted."""
        try:
            self.stats.ready.append(await self.run(widget))
        except (websockets.ConnectionClosed, OSError):
            await self.recover(time.perf_counter())
        except (LoadError, TimeoutError) as error:
            self.stats.error(str(error) or "no answer within 30 s")

    async def recover(self, lost: float) -> None:
        """Reconnect (through the front, to another process if this one died) and show the same view."""
        self.stats.connect(-1)
        while time.perf_counter() - lost < RECONNECT_LIMIT:
            try:
                await self.connect()
            except (OSError, websockets.WebSocketException, TimeoutError):
                await asyncio.sleep(RECONNECT_SECONDS)
                continue
            try:
                await self.run()
                self.stats.recoveries.append(time.perf_counter() - lost)
                return
            except (websockets.ConnectionClosed, OSError, LoadError, TimeoutError):
                self.stats.connect(-1)
        self.stats.error("did not recover within 30 s")

    async def idle(self) -> None:
        """Think for a while; a connection lost meanwhile is noticed at once, as the browser does."""
        pause = self.rng.uniform(self.think / 2, self.think * 3 / 2)
        try:
            await asyncio.wait_for(asyncio.shield(self.ws.wait_closed()), pause)
        except TimeoutError:
            return
        await self.recover(time.perf_counter())

    async def warm_up(self) -> None:
        """Open every link once, so the app's caches are full before memory is measured."""
        await self.connect()
        for self.page, self.query in LINKS:
            await self.run()
        await self.ws.close()
        self.stats.connect(-1)

    async def live(self, deadline: float) -> None:
        """Open the first page, then follow links and click filters until the deadline."""
        try:
            self.cookie = await asyncio.to_thread(self._get_page)
            await self.connect()
        except (OSError, websockets.WebSocketException, TimeoutError):
            self.stats.error("could not open the page")
            return
        await self.act(None)
        while time.monotonic() < deadline:
            await self.idle()
            widget = self._click() if self.rng.random() < CLICK_SHARE else None
            if widget is None:
                self.page, self.query = self.rng.choice(LINKS)
            await self.act(widget)
        await self.ws.close()
        self.stats.connect(-1)


def app_pids(run_dir: Path) -> dict[str, int]:
    """The app processes make serve started: name → pid (read again each time: a restart changes it)."""
    pids = {path.stem: path.read_text(encoding="utf-8").strip() for path in sorted(run_dir.glob("app-*.pid"))}
    return {name: int(pid) for name, pid in pids.items() if pid.isdigit()}


def rss_mb(pids: list[int]) -> float:
    """Resident memory of these processes together, in MB (a process that is gone counts 0)."""
    total = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return total / MB


async def sample_rss(run_dir: Path, samples: list[tuple[float, float]], started: float) -> None:
    """Every SAMPLE_SECONDS: seconds since start and RSS of all app processes."""
    while True:
        samples.append((time.monotonic() - started, rss_mb(list(app_pids(run_dir).values()))))
        await asyncio.sleep(SAMPLE_SECONDS)


async def kill_one_after(seconds: float, run_dir: Path) -> None:
    """Kill the first app process with SIGKILL, as a crash would."""
    await asyncio.sleep(seconds)
    name, pid = next(iter(app_pids(run_dir).items()))
    os.kill(pid, signal.SIGKILL)
    say(f"killed {name} (pid {pid}) after {seconds:.0f} s")


def percentile(values: list[float], share: float) -> float:
    """The value below which this share of the values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def report(stats: Stats, sessions: int, samples: list[tuple[float, float]], marks: dict) -> None:
    """Print the figures."""
    say(f"sessions: {sessions} started, at most {stats.most_connected} connected at once")
    say(f"page runs ready: {len(stats.ready)} ({stats.clicks} after a filter click)")
    say(f"errors: {sum(stats.errors.values())}")
    for kind, count in sorted(stats.errors.items()):
        say(f"  {count} × {kind}")
    say(f"page-ready: p50 {percentile(stats.ready, 0.5):.2f} s, p95 {percentile(stats.ready, 0.95):.2f} s")
    if stats.recoveries:
        say(
            f"recovered sessions: {len(stats.recoveries)}, recovery p50 "
            f"{percentile(stats.recoveries, 0.5):.1f} s, max {max(stats.recoveries):.1f} s"
        )
    say("RSS of all app processes, MB, every 2 s: " + " ".join(f"{mb:.0f}" for _, mb in samples))
    before = marks["before"]
    say(f"RSS peak: {max(mb for _, mb in samples):.0f} MB")
    for label in ("end", "settled"):
        change = 100 * (marks[label] - before) / before if before else float("nan")
        say(f"RSS {label}: {marks[label]:.0f} MB ({change:+.0f} % of {before:.0f} MB before)")


async def load(options: argparse.Namespace) -> None:
    """Warm every process's caches, run the sessions (started over --ramp seconds), sample memory, report."""
    stats, samples, marks = Stats(), [], {}
    processes = [f"http://127.0.0.1:{name.split('-')[1]}" for name in app_pids(options.run_dir)]
    for url in processes or [options.url]:  # each app process directly, so each has full caches
        await Session(url, Stats(), random.Random(0), options.think).warm_up()
    started = time.monotonic()
    marks["before"] = rss_mb(list(app_pids(options.run_dir).values()))
    sampler = asyncio.create_task(sample_rss(options.run_dir, samples, started))
    killer = (
        asyncio.create_task(kill_one_after(options.kill_one_after, options.run_dir))
        if options.kill_one_after is not None
        else None
    )
    deadline = started + options.seconds
    sessions = [
        Session(options.url, stats, random.Random(number), options.think)
        for number in range(options.sessions)
    ]

    async def start(number: int, session: Session) -> None:
        await asyncio.sleep(number * options.ramp / options.sessions)
        await session.live(deadline)

    await asyncio.gather(*(start(number, session) for number, session in enumerate(sessions)))
    marks["end"] = rss_mb(list(app_pids(options.run_dir).values()))
    await asyncio.sleep(options.settle)
    marks["settled"] = rss_mb(list(app_pids(options.run_dir).values()))
    for task in (sampler, killer):
        if task:
            task.cancel()
    report(stats, options.sessions, samples, marks)


def main(argv: list[str]) -> int:
    """Parse the options and run the load."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    port = os.environ.get("SERVE_PORT", "8080")
    parser.add_argument("--url", default=f"http://127.0.0.1:{port}")
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60, help="how long each session goes on")
    parser.add_argument("--ramp", type=float, default=10, help="seconds over which the sessions start")
    parser.add_argument("--think", type=float, default=3, help="mean seconds between a session's steps")
    parser.add_argument("--settle", type=float, default=150, help="seconds to watch memory after the end")
    parser.add_argument("--kill-one-after", type=float, help="kill one app process after S seconds")
    parser.add_argument("--run-dir", type=Path, default=ROOT / "run", help="where make serve keeps pid files")
    options = parser.parse_args(argv)
    say(f"{options.sessions} sessions against {options.url} for {options.seconds:.0f} s")
    asyncio.run(load(options))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
