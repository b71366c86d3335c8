"""One session of the load test: a browser tab speaking Streamlit's protocol, and what all sessions saw."""

from __future__ import annotations

import asyncio
import random
import time
import urllib.request
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

from core.text.i18n import text

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
