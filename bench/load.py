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
from pathlib import Path

from bench.load_session import Session, Stats
from front.stack import ROOT, say

SAMPLE_SECONDS = 2.0
MB = 1024


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
