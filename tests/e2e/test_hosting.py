"""Real Chromium against the served app: through the nginx front, after a process dies, with broken files."""

import os
import re
import shutil
import signal
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from core.text.i18n import text
from front.local import HOST, READY, free_port, streamlit_server, wait_healthy
from front.site import Front, nginx_running, prepare_site, write_config
from front.snapshots import build as build_snapshots
from front.stack import start_app, stop
from front.stack import wait_healthy as wait_all_healthy
from front.views import View, page_views
from tests.breakage import BREAKS, copy_project

pytestmark = pytest.mark.e2e
EXCEPTION = "[data-testid='stException']"
RECOVERY_SECONDS = 10
PROFILE = View("municipality", (("kommun", "2081"),))  # Borlänge


@pytest.fixture(scope="module")
def stack() -> Iterator[tuple[Front, dict]]:
    """nginx in front of two app processes, as make serve runs them (without precompressing)."""
    run_dir = Path(tempfile.mkdtemp(prefix="ik-stack-"))
    run_dir.chmod(0o755)  # nginx's workers run as nobody when the tests run as root
    front = Front(run_dir, f"{HOST}:{free_port()}", tuple(f"{HOST}:{free_port()}" for _ in range(2)))
    prepare_site(front.site, compress=False)
    write_config(front)
    build_snapshots(front.snapshots, [*page_views(), PROFILE])  # one profile of the 41, for time
    ports = [int(server.rsplit(":", 1)[1]) for server in front.app_servers]
    apps = {port: start_app(port, run_dir) for port in ports}
    try:
        wait_all_healthy([f"http://{HOST}:{port}" for port in ports])
        with nginx_running(front):
            yield front, apps
    finally:
        stop(list(apps.values()))
        shutil.rmtree(run_dir, ignore_errors=True)


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    yield context.new_page()
    context.close()


def active_sessions(port: int) -> int:
    with urllib.request.urlopen(f"http://{HOST}:{port}/_stcore/metrics", timeout=5) as answer:
        line = next(row for row in answer.read().decode().splitlines() if row.startswith("active_sessions "))
    return int(float(line.split()[1]))


def wait_for(condition, message: str, seconds: float = RECOVERY_SECONDS) -> None:
    """Poll the servers (not the page) until condition() holds."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, message
        time.sleep(0.2)


def test_a_page_draws_through_the_front(stack, page):
    front, _ = stack
    page.goto(f"http://{HOST}:{front.port}/map?lang=sv")
    expect(page.locator(READY)).to_have_count(1, timeout=60_000)
    expect(page.locator(".ik-canvas svg .ik-area")).to_have_count(41, timeout=30_000)
    expect(page.get_by_role("heading", name=text("map.title", "sv"))).to_be_visible()
    expect(page.locator(EXCEPTION)).to_have_count(0)


# Records, frame by frame from the first paint, what the reader saw: the snapshot, the app with its title, or
# neither. Before the page's first bytes are parsed every page is blank; after something showed, a frame
# with neither would be a blank page.
WATCH_FRAMES = """
window.ikFrames = [];
const look = () => {
  if (document.body) {
    const snapshot = document.getElementById("ik-snapshot");
    const hidden = document.documentElement.classList.contains("ik-snapshot-on");
    const title = document.querySelector('[data-testid="stMain"] h1');
    window.ikFrames.push(snapshot ? "snapshot" : !hidden && title ? "app" : "blank");
    if (snapshot && window.ikSnapshotFrame === undefined) window.ikSnapshotFrame = performance.now();
  }
  if (window.ikFrames.length < 2000) requestAnimationFrame(look);
};
requestAnimationFrame(look);
"""


# When the snapshot's first frame was made, and when the first of Streamlit's styles or scripts was asked for
# (but its main script, which is fetched from the start, yielding to the page).
SNAPSHOT_FRAME_AND_FIRST_CODE = """() => [
  window.ikSnapshotFrame,
  Math.min(...performance.getEntriesByType("resource")
    .filter((entry) => /[/]static[/](css[/]|js[/](?!index[.]))/.test(entry.name))
    .map((entry) => entry.startTime)),
]"""


def test_the_snapshot_shows_at_once_and_gives_way_to_the_app_with_no_blank_frame(stack, page):
    front, _ = stack
    page.add_init_script(WATCH_FRAMES)
    page.goto(f"http://{HOST}:{front.port}/?lang=en", wait_until="commit")
    snapshot = page.locator("#ik-snapshot")
    expect(snapshot.locator("h1")).to_have_text(text("overview.title", "en"))
    expect(snapshot).to_have_count(0, timeout=60_000)
    expect(page.locator("html")).to_have_attribute("data-snapshot-left", "drawn")  # not after waiting
    expect(page.get_by_role("heading", name=text("overview.title", "en"))).to_be_visible()
    expect(page.locator("[data-testid='stMain'] .ik-figure[data-ready] .ik-canvas svg").first).to_be_visible()
    frames = page.evaluate("window.ikFrames")
    shown = [frame for frame in frames if frame != "blank"]
    assert shown and shown[0] == "snapshot", "the snapshot was not the first thing on screen"
    after = frames[frames.index("snapshot") :]
    assert "blank" not in after, f"{after.count('blank')} blank frames of {len(after)} after first content"
    assert after[-1] == "app"
    framed, asked = page.evaluate(SNAPSHOT_FRAME_AND_FIRST_CODE)
    assert framed < asked, (
        f"Streamlit's code was asked for at {asked} ms, the snapshot's frame was at {framed} ms"
    )


def served_page(front: Front, address: str) -> str:
    """The HTML the front serves for address, before any script runs."""
    with urllib.request.urlopen(f"http://{HOST}:{front.port}{address}", timeout=30) as answer:
        return answer.read().decode("utf-8")


def snapshot_of(page: str) -> str:
    """The snapshot included in a served page ('' if none)."""
    found = re.search(r'<div id="ik-snapshot".*?</template></div>', page, re.S)
    return found.group(0) if found else ""


def test_another_view_gets_the_frame_never_the_default_views_content(stack):
    front, _ = stack
    assert 'class="ik-figure' in snapshot_of(served_page(front, "/map?lang=sv"))  # the page's default view
    for other in ("/map?lang=sv&county=21", "/map?county=21", "/?lang=sv&present=true"):
        frame = snapshot_of(served_page(front, other))
        assert "<h1>" in frame and 'class="ik-figure' not in frame and 'class="ik-card' not in frame, other


@pytest.mark.parametrize("link", ["/municipality?kommun=2081&lang=en", "/municipality?lang=en&kommun=2081"])
def test_a_profile_link_is_served_with_its_own_snapshot_in_its_language(stack, page, link):
    front, _ = stack
    page.goto(f"http://{HOST}:{front.port}{link}", wait_until="commit")
    snapshot = page.locator("#ik-snapshot")
    expect(snapshot).to_have_attribute("lang", "en")
    expect(snapshot.locator("h1")).to_have_text(text("municipality.title", "en"))
    expect(snapshot.get_by_role("heading", name="Borlänge in Dalarna")).to_be_visible()
    expect(snapshot.locator(".ik-card-value").first).to_be_visible()
    expect(snapshot).to_have_count(0, timeout=60_000)
    expect(page.locator("html")).to_have_attribute("data-snapshot-left", "drawn")
    expect(page.get_by_role("heading", name="Borlänge in Dalarna")).to_be_visible()


# Lighthouse's phone: the largest paint is a card's note, and it must not grow by a pixel when the app comes.
PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75, "is_mobile": True}
LANDMARKS = ("ul.ik-cards", ".ik-card-label", ".ik-card-value", ".ik-card-note")  # under title and choice


def test_on_a_phone_the_apps_text_lands_where_the_snapshots_was(stack, browser):
    """The snapshot's layout is the app's to the pixel, so the app's first paint is no larger than the
    snapshot's and the page's largest paint (LCP) stays the snapshot's."""
    front, _ = stack
    boxes = {}
    for where in ("#ik-snapshot", "#root"):
        context = browser.new_context(**PHONE)
        page = context.new_page()
        if where == "#ik-snapshot":  # the snapshot alone: Streamlit's code never comes
            page.route("**/static/js/**", lambda route: route.abort())
        page.goto(f"http://{HOST}:{front.port}/municipality?kommun=2081&lang=sv")
        if where == "#root":
            expect(page.locator("html")).to_have_attribute("data-snapshot-left", "drawn", timeout=60_000)
        found = [page.locator(f"{where} {landmark}").first for landmark in LANDMARKS]
        for landmark in found:
            expect(landmark).to_be_visible()
        boxes[where] = [landmark.bounding_box() for landmark in found]
        context.close()
    for snapshot, app in zip(boxes["#ik-snapshot"], boxes["#root"], strict=True):
        assert snapshot == pytest.approx(app, abs=0.01), (snapshot, app)


def test_a_profile_without_a_snapshot_gets_the_pages_frame_then_the_app(stack, page):
    front, _ = stack
    page.goto(f"http://{HOST}:{front.port}/municipality?kommun=2104&lang=en", wait_until="commit")
    snapshot = page.locator("#ik-snapshot")
    expect(snapshot.locator("h1")).to_have_text(text("municipality.title", "en"))
    expect(snapshot.locator(".ik-card-value")).to_have_count(0)  # no other profile's figures
    expect(snapshot).to_have_count(0, timeout=60_000)
    expect(page.get_by_role("heading", name="Hofors in Gävleborg")).to_be_visible()


def test_a_visitor_whose_process_dies_gets_the_same_view_from_another(stack, page):
    front, apps = stack
    wait_for(lambda: all(active_sessions(port) == 0 for port in apps), "earlier sessions still open")
    page.goto(f"http://{HOST}:{front.port}/map?county=17&lang=en")
    expect(page.locator(READY)).to_have_count(1, timeout=60_000)
    expect(page.get_by_role("radio", name="Värmland", exact=True)).to_have_attribute("aria-checked", "true")
    serving = next(port for port in apps if active_sessions(port) == 1)
    other = next(port for port in apps if port != serving)
    os.kill(apps[serving].pid, signal.SIGKILL)
    # The page's own client reconnects, through nginx, to the other process.
    wait_for(lambda: active_sessions(other) == 1, "the visitor's page did not reconnect within 10 s")
    expect(page.locator(READY)).to_have_count(1, timeout=30_000)
    expect(page.get_by_role("radio", name="Värmland", exact=True)).to_have_attribute("aria-checked", "true")
    expect(page.locator(EXCEPTION)).to_have_count(0)
    expect(page.get_by_role("dialog")).to_have_count(0)
    page.get_by_role("radio", name="Gävleborg", exact=True).click()  # and it goes on working there
    expect(page.get_by_text("10 of 10 areas have a value.")).to_be_visible(timeout=30_000)


@pytest.fixture(scope="module")
def broken_app(tmp_path_factory) -> Iterator[str]:
    """The served app (asgi.py) on a copy whose register lost a column and whose strings lost a key."""
    app = copy_project(tmp_path_factory.mktemp("broken"))
    BREAKS["renamed_column"][1](app / "data")
    strings = app / "content" / "strings.yaml"
    lines = strings.read_text(encoding="utf-8").splitlines()
    strings.write_text("\n".join(x for x in lines if not x.startswith("map.indicator:")), encoding="utf-8")
    with streamlit_server(app, "asgi.py") as server:
        wait_healthy(server)
        yield server.url


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_broken_file_shows_a_notice_and_the_rest_of_the_page(broken_app, page, lang):
    page.goto(f"{broken_app}/?lang={lang}")
    expect(page.locator(READY)).to_have_count(1, timeout=60_000)
    expect(page.get_by_text(text("failure.section", lang)).first).to_be_visible()
    expect(page.get_by_text(text("overview.project_text", lang))).to_be_visible()
    expect(page.locator(".ik-card-value").first).to_be_visible()  # the key figures do not need the register
    expect(page.locator(EXCEPTION)).to_have_count(0)


def test_any_other_failure_shows_a_short_message_and_leads_back(broken_app, page):
    page.goto(f"{broken_app}/map?lang=en")
    expect(page.locator(READY)).to_have_count(1, timeout=60_000)
    expect(page.get_by_text(text("failure.page", "en"))).to_be_visible()
    expect(page.locator(EXCEPTION)).to_have_count(0)
    expect(page.get_by_text("KeyError")).to_have_count(0)
    page.get_by_role("link", name=text("failure.back", "en")).click()
    expect(page.get_by_role("heading", name=text("overview.title", "en"))).to_be_visible(timeout=60_000)
