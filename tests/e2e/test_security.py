"""Chromium behind the front with its security headers: every page and mode works, nothing is refused."""

import re
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from core.data.upload import template_csv
from core.project_config import project_settings
from core.text.i18n import text
from front.local import HOST, PAGES, READY, free_port
from tests.e2e.conftest import Visit
from tests.e2e.test_hosting import stack  # noqa: F401 (the fixture: nginx in front of two app processes)
from tests.e2e.test_present import open_menu

pytestmark = pytest.mark.e2e
# Every refusal the policy makes, in any frame, is written on that frame's <html>, where expect can read it.
WATCH_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  const seen = document.documentElement.dataset.cspViolations || "";
  document.documentElement.dataset.cspViolations =
    `${seen}${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} | `;
});
"""
POLICY_WORDS = re.compile(r"Content Security Policy|Content-Security-Policy|Permissions-Policy|Refused to")
ANY = re.compile(".*")


class Watched:
    """A browser context whose pages report policy violations and policy messages in the console."""

    def __init__(self, context: BrowserContext, url: str) -> None:
        self.url, self.console = url, []
        context.add_init_script(WATCH_VIOLATIONS)
        self.page = context.new_page()
        self.page.on("console", self._record)
        self.visit = Visit(self.page, url)

    def _record(self, message) -> None:
        if POLICY_WORDS.search(message.text):
            self.console.append(f"{message.type}: {message.text}")

    def open(self, path: str) -> Page:
        """Open a view, check the page carries the policy, and wait until it has drawn."""
        response = self.page.goto(f"{self.url}{path}")
        assert "default-src 'self'" in response.headers["content-security-policy"]
        return self.visit.settle()

    def assert_clean(self, where: str, frame=None) -> None:
        """No violation recorded in the page (or frame) and none in the console."""
        html = (frame or self.page).locator("html")
        expect(html, f"CSP violations on {where}").not_to_have_attribute("data-csp-violations", ANY)
        assert self.console == [], f"{where}: {self.console}"


@pytest.fixture
def watched(stack, browser: Browser) -> Iterator[Watched]:  # noqa: F811
    front, _ = stack
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    yield Watched(context, f"http://{HOST}:{front.port}")
    context.close()


def test_every_page_draws_under_the_policy_with_no_violation(watched):
    for path in PAGES.values():
        watched.open(f"{path}?lang=en")
        watched.assert_clean(path)
    page = watched.open("/compare?lang=en&chart=interactive")  # the one plotly chart: its styles, drawing
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=30_000)
    watched.assert_clean("the interactive chart")


def test_presentation_a_talk_the_share_popover_and_an_upload_run_with_no_violation(watched, tmp_path):
    page = watched.open("/map?lang=sv&present=true")
    watched.assert_clean("presentation mode")
    page = watched.open("/?talk=industrin&step=2&present=true")
    expect(page.locator(".ik-talk-count")).to_be_visible()
    watched.assert_clean("a talk")
    page = watched.open("/map?lang=en&county=21")
    open_menu(page, "present.share", "en")
    expect(page.locator(".ik-qr")).to_be_visible()
    watched.assert_clean("the share popover")
    upload = tmp_path / "aktiviteter.csv"
    example = project_settings().upload.examples["activities"]  # the template's row, with a new id as it asks
    upload.write_bytes(template_csv("activities", example).replace(example.encode(), b"csp-test-row"))
    page = watched.open("/data?lang=sv&section=upload&kind=activities")
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(upload))
    summary = text("upload.summary", "sv", read=1, valid=1, problems=0)
    expect(page.get_by_text(summary)).to_be_visible(timeout=30_000)
    watched.assert_clean("an upload")


@pytest.fixture
def embedder() -> Iterator[str]:
    """Another site's page (another origin on loopback: Chromium lets no public page frame a local one)
    that embeds the map as the share popover's snippet does."""

    class Embedder(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            frame = f'<iframe src="{self.path[1:]}" width="1200" height="800">'
            body = f"<!doctype html><title>Embedder</title>{frame}"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer((HOST, free_port()), Embedder)
    Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://{HOST}:{server.server_address[1]}"
    server.shutdown()


def test_an_embedded_view_in_another_sites_frame_has_no_violation(watched, embedder):
    watched.page.goto(f"{embedder}/{watched.url}/map?lang=en&embed=true")
    frame = watched.page.frame_locator("iframe")
    expect(frame.locator(READY)).to_have_count(1, timeout=60_000)
    expect(frame.locator(".ik-figure[data-ready] .ik-canvas svg").first).to_be_visible(timeout=60_000)
    watched.assert_clean("an embed", frame)
