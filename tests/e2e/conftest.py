"""A real `streamlit run` server and Debian's Chromium driven by Playwright."""

from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from front.local import CHROMIUM, CHROMIUM_FLAGS, HOST, READY, ROOT, streamlit_server, wait_healthy

LOCAL_HOSTS = {"localhost", HOST, ""}


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    with streamlit_server(ROOT) as server:
        wait_healthy(server)
        yield server.url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium; Playwright gives every launch a fresh, empty profile directory."""
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


class Visit:
    """A page plus every host it asked for."""

    def __init__(self, page: Page, app_url: str) -> None:
        self.page = page
        self.app_url = app_url
        self.foreign: list[str] = []
        page.on("request", self._record)

    def _record(self, request) -> None:
        parsed = urlparse(request.url)
        if parsed.scheme in {"http", "https", "ws", "wss"} and parsed.hostname not in LOCAL_HOSTS:
            self.foreign.append(request.url)

    def open(self, path: str) -> Page:
        self.page.goto(f"{self.app_url}{path}")
        return self.settle()

    def settle(self) -> Page:
        """Wait, without a fixed sleep, until the script has run and the page's title is drawn."""
        expect(self.page.locator(READY)).to_have_count(1, timeout=60_000)
        expect(self.page.locator("[data-testid='stMain'] h1").first).to_be_visible(timeout=60_000)
        expect(self.page.locator(READY)).to_have_count(1, timeout=60_000)
        # Every element has its code (no placeholder left) and every figure is drawn, as for the snapshot's
        # swap: keyboard tests then Tab through the page as a reader finds it, not while it is being built.
        expect(self.page.locator("[data-testid='stSkeleton']")).to_have_count(0, timeout=60_000)
        expect(self.page.locator(".ik-figure:not([data-ready])")).to_have_count(0, timeout=60_000)
        return self.page

    def draw_all(self) -> Page:
        """Every figure drawn, as before printing (otherwise a figure draws when it comes within a screen)."""
        self.page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
        expect(self.page.locator(".ik-figure:not(:has(.ik-canvas svg))")).to_have_count(0, timeout=30_000)
        return self.page


def scrolled_to(page: Page, key: str) -> Page:
    """The page with figure key scrolled into view, as a reader brings it there, and drawn."""
    figure = page.locator(f"#ik-fig-{key}")
    figure.scroll_into_view_if_needed(timeout=30_000)
    expect(figure.locator(".ik-canvas svg")).to_have_count(1, timeout=30_000)
    return page


PHONE_AGENT = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
)


@contextmanager
def phone_context(browser: Browser) -> Iterator[BrowserContext]:
    """A 390 px phone: touch, a phone's user agent and screen."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, user_agent=PHONE_AGENT
    )
    try:
        yield context
    finally:
        context.close()


@pytest.fixture
def visit(browser: Browser, app_url: str) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    yield Visit(context.new_page(), app_url)
    context.close()
