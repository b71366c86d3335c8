"""Where a phone's main thread spends a first view behind the front: a Chrome trace, attributed, printed.

Starts the app behind its front (as bench/first_view.py does, with the views' snapshots), opens each link in
Chromium as a 390 px phone with a 4x slower CPU (the network not throttled: the work is the same), records a
performance trace and a sampling profile until the app has replaced its snapshot and three seconds more, and
prints per load: first paint, the long tasks (over 50 ms) with their blocking time after first paint (as
Lighthouse's TBT counts it), the browser's work in them by kind (script, style, layout, paint) and the
script time in them by file (Streamlit's chunks by name, the page's own inline scripts as the page).

Usage: `python -m bench.main_thread [--links L,M] [--loads N] [--out DIR]` (traces kept in DIR for Chrome's
performance panel). Main-thread times on a busy machine are longer: compare runs made in the same conditions.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from bench.first_view import AGENT, CPU_SLOWDOWN, PHONE, fronts
from front.local import CHROMIUM, CHROMIUM_FLAGS
from front.views import view_of

ROOT = Path(__file__).resolve().parents[1]
LINKS = ("/municipality?kommun=2081", "/municipality?kommun=1780", "/data")
CATEGORIES = [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "v8.execute",
    "loading",
    "blink.user_timing",  # navigationStart
]
LONG_US = 50_000
SETTLE_MS = 3000
KINDS = {  # the browser's work in a long task, by trace event (self time)
    "FunctionCall": "script",
    "EvaluateScript": "script",
    "v8.evaluateModule": "script (modules)",
    "UpdateLayoutTree": "style",
    "Layout": "layout",
    "Paint": "paint",
    "PrePaint": "paint",
    "ParseHTML": "HTML",
}
SWAPPED = "document.documentElement.dataset.snapshotLeft"


def record(browser: Browser, url: str) -> tuple[dict, dict]:
    """One load of url as a throttled phone: its trace and its sampling profile."""
    # The front's security policy forbids the eval Playwright's polling uses: bypassed (as in first_view).
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, user_agent=AGENT, bypass_csp=True
    )
    try:
        page = context.new_page()
        client = context.new_cdp_session(page)
        client.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        client.send("Profiler.enable")
        client.send("Profiler.setSamplingInterval", {"interval": 200})
        browser.start_tracing(page=page, categories=CATEGORIES)
        client.send("Profiler.start")
        page.goto(url)
        page.wait_for_function(SWAPPED, timeout=60_000)
        page.wait_for_timeout(SETTLE_MS)
        profile = client.send("Profiler.stop")["profile"]
        return json.loads(browser.stop_tracing()), profile
    finally:
        context.close()


def _main_thread(events: list[dict]) -> tuple[int, int]:
    """The renderer's main thread that ran the most (the page's, not the blank one it replaced)."""
    threads = {
        (e["pid"], e["tid"])
        for e in events
        if e.get("name") == "thread_name" and e["args"]["name"] == "CrRendererMain"
    }
    busy: collections.Counter = collections.Counter()
    for e in events:
        if e.get("name") == "RunTask" and (e.get("pid"), e.get("tid")) in threads:
            busy[(e["pid"], e["tid"])] += e.get("dur", 0)
    return busy.most_common(1)[0][0]


def _self_times(events: list[dict], start: int, end: int) -> collections.Counter:
    """Self time (µs) by event name of the events nested in [start, end)."""
    found: collections.Counter = collections.Counter()
    stack: list[list] = []
    for e in [*(e for e in events if start <= e["ts"] < end), {"ts": end, "dur": 0, "name": ""}]:
        while stack and stack[-1][0]["ts"] + stack[-1][0]["dur"] <= e["ts"]:
            done, own = stack.pop()
            found[done["name"]] += own
        if stack:
            stack[-1][1] -= e["dur"]
        stack.append([e, e["dur"]])
    return found


def _script_file(frame: dict) -> str:
    """A call frame's file: Streamlit's chunk by name (hash cut), an inline script as the page."""
    name = frame["url"].rsplit("/", 1)[-1]
    if not name:
        return f"({frame['functionName'] or 'browser'})"
    return "page's own scripts" if "." not in name.split("?")[0] else re.sub(r"\.[\w-]{8}\.js$", "", name)


def _script_times(profile: dict, windows: list[tuple[int, int]]) -> collections.Counter:
    """Sampled script self time (µs) by file within the windows."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    found: collections.Counter = collections.Counter()
    stamp = profile["startTime"]
    for sample, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        stamp += delta
        if any(start <= stamp < end for start, end in windows):
            found[_script_file(nodes[sample]["callFrame"])] += delta
    return found


def report(name: str, trace: dict, profile: dict) -> list[str]:
    """Lines about one load: first paint, long tasks, their work by kind and script time by file."""
    events = trace["traceEvents"]
    pid, tid = _main_thread(events)
    main = sorted(
        (e for e in events if (e.get("pid"), e.get("tid")) == (pid, tid) and e.get("ph") == "X"),
        key=lambda e: (e["ts"], -e.get("dur", 0)),
    )
    start = next(e["ts"] for e in events if e.get("name") == "navigationStart" and e.get("pid") == pid)
    paint = next(
        (e["ts"] for e in events if e.get("name") == "firstContentfulPaint" and e.get("pid") == pid), start
    )
    tasks = [e for e in main if e["name"] == "RunTask" and e.get("dur", 0) > LONG_US]
    blocking = sum(e["dur"] - LONG_US for e in tasks if e["ts"] >= paint) / 1000
    kinds: collections.Counter = collections.Counter()
    for task in tasks:
        for event, own in _self_times(
            [e for e in main if e is not task], task["ts"], task["ts"] + task["dur"]
        ).items():
            kinds[KINDS.get(event, "other")] += own
    scripts = _script_times(profile, [(t["ts"], t["ts"] + t["dur"]) for t in tasks])
    listed = ", ".join(f"{(t['ts'] - start) / 1000:.0f}+{t['dur'] / 1000:.0f}" for t in tasks)
    return [
        f"{name}: first paint {(paint - start) / 1000:.0f} ms; {len(tasks)} long tasks (start+ms: {listed}),"
        f" blocking {blocking:.0f} ms after first paint",
        "  work in long tasks, ms: " + ", ".join(f"{k} {v / 1000:.0f}" for k, v in kinds.most_common()),
        "  script in long tasks by file, ms: "
        + ", ".join(f"{k} {v / 1000:.0f}" for k, v in scripts.most_common(10)),
    ]


def main(argv: list[str]) -> int:
    """Start the front, trace each link's loads, print the attribution."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=lambda v: tuple(x for x in v.split(",") if x), default=LINKS)
    parser.add_argument("--loads", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "run" / "main-thread")
    options = parser.parse_args(argv)
    options.out.mkdir(parents=True, exist_ok=True)
    views = [view for view in (view_of(link) for link in options.links) if view]
    with (
        tempfile.TemporaryDirectory() as run_dir,
        fronts(Path(run_dir), views, compress=False) as (app, _),
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for link in options.links:
            for load in range(options.loads):
                name = f"{re.sub(r'[?&=/]', '-', link.strip('/'))}-{load + 1}"
                trace, profile = record(browser, f"{app}{link}{'&' if '?' in link else '?'}lang=sv")
                (options.out / f"{name}.json").write_text(json.dumps(trace), encoding="utf-8")
                sys.stdout.write("\n".join(report(name, trace, profile)) + "\n")
                sys.stdout.flush()
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
