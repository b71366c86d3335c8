"""Bytes on the wire for a first visit: python -m bench.transfer URL [PATH ...] (Chromium, empty cache).

Sums Chromium's transferSize (headers + body as sent, after compression) over every request the page makes
until it is drawn, so the same page can be compared straight from Streamlit and through the nginx front.
"""

from __future__ import annotations

import sys

from playwright.sync_api import sync_playwright

from front.local import CHROMIUM, CHROMIUM_FLAGS, READY

SETTLE_MS = 1500
KB = 1000
TRANSFERRED = """() => ['navigation', 'resource']
    .flatMap(kind => performance.getEntriesByType(kind))
    .reduce((sum, entry) => sum + entry.transferSize, 0)"""


def first_view_bytes(url: str, paths: list[str]) -> dict[str, int]:
    """Bytes transferred for each path, each in a fresh browser context (nothing cached)."""
    sizes = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for path in paths:
            context = browser.new_context(viewport={"width": 1366, "height": 900})
            page = context.new_page()
            page.goto(f"{url}{path}")
            page.wait_for_selector(READY, timeout=60_000)
            page.wait_for_timeout(SETTLE_MS)
            sizes[path] = int(page.evaluate(TRANSFERRED))
            context.close()
        browser.close()
    return sizes


def main(argv: list[str]) -> int:
    """Print the bytes per path."""
    for path, size in first_view_bytes(argv[0], argv[1:] or ["/", "/map"]).items():
        sys.stdout.write(f"{path}: {size / KB:,.0f} KB\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
