"""A phone's first view behind the front, beside a bare Streamlit page: a measurement that prints figures.

Starts on 127.0.0.1 the app behind its front (nginx, one app process, the page snapshots) and a one-line
Streamlit page behind a front of its own (no snapshot), then opens each page in Chromium as a 390 px phone
on slow 4G (1.6 Mbps down, 750 kbps up, 150 ms round trip) with a 4x slower CPU. Per page it reports when
real content showed (the snapshot's or the app's title), when the app had drawn its first run, the frames
in between with nothing on screen, and the bytes of a first and a repeat visit; it saves a filmstrip of
each load. With Lighthouse installed (make measure does it), it adds Lighthouse's mobile scores per page.

Usage: `make measure` or `python -m bench.first_view [--loads N] [--out DIR] [--pages a,b] [--links L,M]
[--no-lighthouse] [--no-compress]` (a quick run: `--pages overview --links "" --loads 1 --no-lighthouse
--no-compress`). Links (default LINKS: three profiles, two talk views) are measured beside the pages, each
with its own snapshot. Lighthouse (bench/lighthouse.py) runs N times per page too, and its medians are
reported; its reports are kept in DIR as lighthouse-<name>-<i>.json.
"""

from __future__ import annotations

import argparse
import base64
import io
import re
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from playwright.sync_api import Browser, sync_playwright

from bench.benchmark import page_names
from bench.benchmark_draws import write_floor_app
from bench.lighthouse import LIGHTHOUSE, lighthouse_median, lighthouse_row
from front.local import CHROMIUM, CHROMIUM_FLAGS, HOST, PAGES, free_port, streamlit_server
from front.site import Front, invoking_user, nginx_running, prepare_site, write_config
from front.snapshots import build as build_snapshots
from front.stack import say, start_app, wait_healthy
from front.views import View, view_of

ROOT = Path(__file__).resolve().parents[1]
PHONE = {"width": 390, "height": 844}
AGENT = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/156.0 Mobile Safari/537.36"
)
NETWORK = {
    "offline": False,
    "latency": 150,
    "downloadThroughput": 1_600_000 / 8,
    "uploadThroughput": 750_000 / 8,
}
CPU_SLOWDOWN = 4
LIMIT_MS = 60_000
FILM_STEP_MS = 500
FILM_SCALE = 0.4
# Links people share: three municipalities' profiles (Borlänge, Hofors, Karlstad) and two views of the talk.
LINKS = (
    "/municipality?kommun=2081",
    "/municipality?kommun=2104",
    "/municipality?kommun=1780",
    "/map?indicator=firms_50pct_payroll&year=2022&county=21",
    "/transition?show=level",
)
# Frame by frame: when something real first showed (the snapshot, the app's title or the bare page's text),
# when the app had drawn (no snapshot left, the title there, the script done), and the blank frames between.
WATCH = """
window.ik = {content: null, drawn: null, blank: 0};
const look = () => {
  const now = performance.now();
  const snapshot = document.getElementById("ik-snapshot");
  const hidden = document.documentElement.classList.contains("ik-snapshot-on");
  const app = document.querySelector('[data-testid="stApp"][data-test-script-state="notRunning"]');
  const title = document.querySelector('[data-testid="stMain"] h1, [data-testid="stMarkdownContainer"] p');
  const shown = Boolean(snapshot) || (!hidden && Boolean(title));
  if (shown && window.ik.content === null) window.ik.content = now;
  if (!shown && window.ik.content !== null && window.ik.drawn === null) window.ik.blank += 1;
  if (window.ik.drawn === null && app && title && !snapshot && !hidden) window.ik.drawn = now;
  if (window.ik.drawn === null && now < 60000) requestAnimationFrame(look);
};
requestAnimationFrame(look);
"""


@dataclass(frozen=True)
class Load:
    """One throttled load of a page: ms to real content and to the drawn app, blank frames, bytes."""

    content: float
    drawn: float
    blank: int
    first_bytes: int
    repeat_bytes: int


@contextmanager
def fronts(run_dir: Path, views: list[View], compress: bool) -> Iterator[tuple[str, str]]:
    """The app (with these views' snapshots) and a bare page, each behind nginx on 127.0.0.1; yields both
    base URLs. Started as root, nginx's workers run as the same user: they can read the private run_dir."""
    site, user = run_dir / "site", invoking_user()
    prepare_site(site, compress=compress)
    app_port = free_port()
    app_front = Front(run_dir / "app", f"{HOST}:{free_port()}", (f"{HOST}:{app_port}",), user=user, site=site)
    write_config(app_front)
    build_snapshots(app_front.snapshots, views)
    with ExitStack() as stack:
        app = start_app(app_port, app_front.run_dir)
        stack.callback(app.terminate)
        floor = stack.enter_context(streamlit_server(write_floor_app()))
        floor_server = (floor.url.split("//")[1],)
        bare_front = Front(run_dir / "bare", f"{HOST}:{free_port()}", floor_server, user=user, site=site)
        write_config(bare_front)
        wait_healthy([f"http://{HOST}:{app_port}", floor.url])
        stack.enter_context(nginx_running(app_front))
        stack.enter_context(nginx_running(bare_front))
        yield f"http://{app_front.listen}", f"http://{bare_front.listen}"


def _bytes(client: object, url: str) -> dict[str, float]:
    """Start loading url; the returned dict fills with each response's bytes on the wire."""
    received: dict[str, float] = {}
    client.on(
        "Network.loadingFinished", lambda e: received.__setitem__(e["requestId"], e["encodedDataLength"])
    )
    client.send("Page.navigate", {"url": url})
    return received


def load_once(browser: Browser, url: str, film: Path | None) -> Load:
    """Open url as a throttled phone in a fresh profile, then once more from its cache."""
    # The front's Content-Security-Policy forbids eval, which Playwright's polling of the page's state uses;
    # the measuring context bypasses the policy (it changes nothing the page loads or draws).
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, user_agent=AGENT, bypass_csp=True
    )
    try:
        page = context.new_page()
        page.add_init_script(WATCH)
        client = context.new_cdp_session(page)
        client.send("Network.enable")
        client.send("Network.emulateNetworkConditions", NETWORK)
        client.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        frames: list[tuple[float, bytes]] = []
        if film:
            client.on("Page.screencastFrame", lambda f: _keep_frame(client, frames, f))
            client.send("Page.startScreencast", {"format": "png", "everyNthFrame": 1})
        received = _bytes(client, url)
        page.wait_for_function("window.ik && window.ik.drawn !== null", timeout=LIMIT_MS)
        result = page.evaluate("window.ik")
        page.wait_for_load_state("networkidle", timeout=LIMIT_MS)  # what loads after drawing counts too
        if film:
            client.send("Page.stopScreencast")
            _filmstrip(frames, film)
        first = int(sum(received.values()))
        received.clear()
        page.reload()
        page.wait_for_function("window.ik && window.ik.drawn !== null", timeout=LIMIT_MS)
        page.wait_for_load_state("networkidle", timeout=LIMIT_MS)
        return Load(result["content"], result["drawn"], result["blank"], first, int(sum(received.values())))
    finally:
        context.close()


def _keep_frame(client: object, frames: list, frame: dict) -> None:
    frames.append((frame["metadata"]["timestamp"], base64.b64decode(frame["data"])))
    client.send("Page.screencastFrameAck", {"sessionId": frame["sessionId"]})


def _filmstrip(frames: list[tuple[float, bytes]], path: Path) -> None:
    """Frames every FILM_STEP_MS side by side, scaled down, as one PNG."""
    if not frames:
        return
    start = frames[0][0]
    picked, due = [], 0.0
    for stamp, data in frames:
        if (stamp - start) * 1000 >= due:
            picked.append(Image.open(io.BytesIO(data)))
            due += FILM_STEP_MS
    width, height = (round(v * FILM_SCALE) for v in picked[0].size)
    strip = Image.new("RGB", (width * len(picked), height), "white")
    for i, image in enumerate(picked):
        strip.paste(image.resize((width, height)), (i * width, 0))
    strip.save(path)


def measure(browser: Browser, name: str, url: str, loads: int, out: Path) -> list[Load]:
    """loads throttled loads of one page (the first filmed)."""
    return [load_once(browser, url, out / f"filmstrip-{name}.png" if i == 0 else None) for i in range(loads)]


def row(name: str, runs: list[Load]) -> str:
    """One line of the report: medians of the loads."""
    content = statistics.median(r.content for r in runs) / 1000
    drawn = statistics.median(r.drawn for r in runs) / 1000
    blank = max(r.blank for r in runs)
    first, repeat = (
        statistics.median(getattr(r, a) for r in runs) / 1024 for a in ("first_bytes", "repeat_bytes")
    )
    return f"| {name} | {content:.1f} s | {drawn:.1f} s | {blank} | {first:.0f} KB | {repeat:.0f} KB |"


def report(app: str, bare: str, options: argparse.Namespace) -> None:
    """Measure the bare page and the chosen pages of the app, then (if installed) run Lighthouse on each."""
    targets = [(key, f"{app}{path}?lang=sv") for key, path in PAGES.items() if key in options.pages]
    targets += [(re.sub(r"[?&=]", "-", link.strip("/")), f"{app}{link}") for link in options.links]
    bares = [("bare-page-root", f"{bare}/"), ("bare-page-sub-path", f"{bare}/page")]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        say("| page | real content | app drawn | blank frames | first visit | repeat visit |")
        say("|---|---|---|---|---|---|")
        for name, url in [*bares, *targets]:
            say(row(name, measure(browser, name, url, options.loads, options.out)))
        browser.close()
    if options.no_lighthouse or not LIGHTHOUSE.exists():
        return
    say(f"\nLighthouse, the median of {options.loads} runs per page:")
    say("| page | performance | accessibility | FCP | LCP | TBT | CLS | bytes |")
    say("|---|---|---|---|---|---|---|---|")
    for name, url in [bares[0], *targets]:
        say(lighthouse_row(name, lighthouse_median(url, options.out, name, options.loads)))


def _links(value: str) -> tuple[str, ...]:
    return tuple(link for link in value.split(",") if link)


def main(argv: list[str]) -> int:
    """Start both fronts, measure the bare page and every page of the app, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "run" / "first-view")
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--pages", type=page_names, default=tuple(PAGES), help="a,b (default: all)")
    parser.add_argument("--links", type=_links, default=LINKS, help='L,M: links to views ("" for none)')
    parser.add_argument("--no-compress", action="store_true", help="skip precompressing (quick runs)")
    options = parser.parse_args(argv)
    views = [View(page) for page in options.pages] + [view_of(link) for link in options.links]
    options.out.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as run_dir,
        fronts(Path(run_dir), [v for v in views if v], not options.no_compress) as (app, bare),
    ):
        report(app, bare, options)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
