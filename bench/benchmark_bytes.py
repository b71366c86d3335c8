"""The benchmark's bytes per view: what a fresh Chromium context receives for one first visit of each page."""

from __future__ import annotations

from urllib.parse import urlparse

from playwright.sync_api import Browser, BrowserContext, Page, Request, WebSocket

from bench.benchmark_draws import DRAW_LIMIT_MS, VIEWPORT, kind_of, wait_drawn
from bench.benchmark_rows import LANG, Row
from front.local import HOST, PAGES, READY


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
