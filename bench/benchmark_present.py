"""Timings of presenting and sharing: a talk step by key, opening the share popover, data version, QR code.

Usage: `python -m bench.benchmark_present [--rounds N]` (a measurement, not a test: prints figures).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from core.data.package import content_hash
from core.present.qr import qr_img
from core.present.talks import load_talks
from front.local import CHROMIUM, CHROMIUM_FLAGS, READY, streamlit_server, wait_healthy

ROOT = Path(__file__).resolve().parents[1]
VIEWPORT = {"width": 1920, "height": 1080}
TALK = "/?lang=sv&present=true&talk=industrin&step=1"
STEPS = len(load_talks()["industrin"].views)
WAIT_MS = 120_000


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _median(values: list[float]) -> str:
    return f"median {statistics.median(values):.0f} ms, max {max(values):.0f} ms (n={len(values)})"


def browser_timings(url: str, rounds: int) -> dict[str, list[float]]:
    """Key press to the next step's 'n / N' and its page idle; click on Share to the QR code shown."""
    found: dict[str, list[float]] = {"talk step (key to next view)": [], "share popover (click to QR)": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for _ in range(rounds):
            page = browser.new_context(viewport=VIEWPORT).new_page()
            page.goto(url + TALK)
            expect(page.locator(".ik-talk-count")).to_have_text(f"1 / {STEPS}", timeout=WAIT_MS)
            page.wait_for_selector(READY, timeout=WAIT_MS)
            forward = page.locator(".st-key-talk_bar").get_by_role("button", name="Nästa")
            for step in range(2, STEPS + 1):
                expect(forward).to_be_enabled(timeout=WAIT_MS)
                start = time.perf_counter()
                page.keyboard.press("PageDown")
                expect(page.locator(".ik-talk-count")).to_have_text(f"{step} / {STEPS}", timeout=WAIT_MS)
                page.wait_for_selector(READY, timeout=WAIT_MS)
                found["talk step (key to next view)"].append(_ms(start))
            start = time.perf_counter()
            page.locator(".st-key-ik_bar").get_by_role("button", name="Dela").click()
            expect(page.locator(".ik-qr")).to_be_visible(timeout=WAIT_MS)
            found["share popover (click to QR)"].append(_ms(start))
            page.context.close()
        browser.close()
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args(argv).rounds
    start = time.perf_counter()
    version = content_hash(ROOT / "data")
    sys.stdout.write(f"data version {version}: {_ms(start):.0f} ms (once per process)\n")
    url = "https://example.org/municipality?kommun=2104&compare=firms_50pct_payroll&lang=sv"
    start = time.perf_counter()
    for _ in range(100):
        qr_img(url, "QR")
    sys.stdout.write(f"QR code of a {len(url)}-character link: {_ms(start) / 100:.1f} ms\n")
    with streamlit_server(ROOT) as server:
        wait_healthy(server)
        for name, values in browser_timings(server.url, rounds).items():
            sys.stdout.write(f"{name}: {_median(values)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
