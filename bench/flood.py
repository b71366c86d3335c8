"""Flood on a running stack: an abusive client from 127.0.0.2 beside ordinary readers, against a baseline.

python -m bench.flood [--url http://127.0.0.1:8080] [--readers 50] [--sessions 300] [--seconds 30]

Loopback only, bounded in count and time, and it stops by itself. First a baseline: --readers sessions from
127.0.0.1 browse for --seconds as bench/load.py's do (its Session: a page, its websocket, a run every few
seconds). Then the same readers again while, in a process of its own, an abuser bound to 127.0.0.2 opens
up to --sessions websocket sessions (each asks for a page run, as a tab does, and holds it; a refused one
tries again after a second) and --workers loops request pages and the app's routes as fast as they can. It
reports what the abuser got (sessions held, 429s, refusals), the readers' errors, p50/p95 page-ready time and
the app processes' peak RSS in both runs. Run it against make serve, whose nginx holds the per-client limits.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import websockets

from bench.load import app_pids, percentile, rss_mb, sample_rss
from bench.load_session import LoadError, Session, Stats
from front.stack import ROOT, say

ABUSER = "127.0.0.2"
PATHS = ("/", "/map?lang=en", "/api/health", "/_stcore/health", "/_stcore/host-config")  # asked in turn
RETRY_SECONDS = 1.0  # a refused session tries again after this long
REQUEST_TIMEOUT = 10.0


class AbusiveTab(Session):
    """A tab of the abuser: its websocket comes from the abuser's address."""

    async def connect(self) -> None:
        """Open the websocket from the abuser's address, with no cookie."""
        self.ws = await websockets.connect(
            f"ws{self.url.removeprefix('http')}/_stcore/stream",
            subprotocols=["streamlit"],
            additional_headers={"Origin": self.url},
            max_size=None,
            open_timeout=REQUEST_TIMEOUT,
            local_addr=(ABUSER, 0),
        )


async def hold_session(url: str, number: int, deadline: float, seen: Counter) -> None:
    """Open one session (asking for one run) and hold it until the deadline; once refused, try again."""
    tab = AbusiveTab(url, Stats(), random.Random(number), 1.0)
    while time.monotonic() < deadline:
        try:
            await tab.connect()
        except websockets.InvalidStatus as refused:
            seen[f"session refused with {refused.response.status_code}"] += 1
            await asyncio.sleep(RETRY_SECONDS)
            continue
        except (OSError, websockets.WebSocketException, TimeoutError):
            seen["session refused otherwise"] += 1
            await asyncio.sleep(RETRY_SECONDS)
            continue
        seen["sessions opened"] += 1
        seen["held"] += 1
        seen["most held"] = max(seen["most held"], seen["held"])
        try:
            await asyncio.wait_for(tab.run(), max(0.1, deadline - time.monotonic()))
            seen["runs answered"] += 1
            await asyncio.wait_for(tab.ws.wait_closed(), max(0.1, deadline - time.monotonic()))
        except (websockets.WebSocketException, OSError, TimeoutError, LoadError):
            seen["sessions lost"] += 1
        seen["held"] -= 1
        await tab.ws.close()


async def request(host: str, port: int, path: str) -> int:
    """One GET from the abuser's address on a fresh connection; the answer's status code."""
    reader, writer = await asyncio.open_connection(host, port, local_addr=(ABUSER, 0))
    try:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
        status = int((await reader.readline()).split()[1])
        while await reader.read(65536):
            pass
        return status
    finally:
        writer.close()


async def hammer(url: str, deadline: float, seen: Counter) -> None:
    """Request the paths in turn, as fast as answers come, until the deadline."""
    parts = urlsplit(url)
    number = 0
    while time.monotonic() < deadline:
        number += 1
        try:
            status = await asyncio.wait_for(
                request(parts.hostname, parts.port, PATHS[number % len(PATHS)]), REQUEST_TIMEOUT
            )
            seen[f"HTTP {status}"] += 1
        except (OSError, ValueError, IndexError, TimeoutError):
            seen["HTTP refused or cut"] += 1


async def abuse(url: str, sessions: int, workers: int, seconds: float) -> Counter:
    """The abuser: sessions held and requests as fast as it can, for seconds."""
    seen: Counter = Counter()
    deadline = time.monotonic() + seconds
    tasks = [hold_session(url, number, deadline, seen) for number in range(sessions)]
    tasks += [hammer(url, deadline, seen) for _ in range(workers)]
    await asyncio.gather(*tasks)
    seen.pop("held", None)
    return seen


def abuser_process(
    url: str, sessions: int, workers: int, seconds: float, queue: multiprocessing.Queue
) -> None:
    """Run the abuser in its own process, so its loop does not slow the readers' measurement."""
    queue.put(dict(asyncio.run(abuse(url, sessions, workers, seconds))))


async def readers(options: argparse.Namespace) -> tuple[Stats, float]:
    """The ordinary sessions, started over --ramp seconds, for --seconds; their stats and peak RSS."""
    stats, samples = Stats(), []
    started = time.monotonic()
    sampler = asyncio.create_task(sample_rss(options.run_dir, samples, started))
    deadline = started + options.seconds
    sessions = [Session(options.url, stats, random.Random(n), options.think) for n in range(options.readers)]

    async def start(number: int, session: Session) -> None:
        await asyncio.sleep(number * options.ramp / options.readers)
        await session.live(deadline)

    await asyncio.gather(*(start(number, session) for number, session in enumerate(sessions)))
    sampler.cancel()
    samples.append((time.monotonic() - started, rss_mb(list(app_pids(options.run_dir).values()))))
    return stats, max(mb for _, mb in samples)


def report_readers(label: str, stats: Stats, peak: float, baseline: float | None = None) -> float:
    """Print one run's reader figures; return its p95."""
    p95 = percentile(stats.ready, 0.95)
    versus = f" ({p95 / baseline:.2f}× the baseline)" if baseline else ""
    say(f"{label}: readers' errors: {sum(stats.errors.values())}")
    for kind, count in sorted(stats.errors.items()):
        say(f"  {count} × {kind}")
    say(
        f"{label}: readers' page runs ready: {len(stats.ready)}, most connected {stats.most_connected}, "
        f"page-ready p50 {percentile(stats.ready, 0.5):.2f} s, p95 {p95:.2f} s{versus}"
    )
    say(f"{label}: RSS peak of the app processes: {peak:.0f} MB")
    return p95


def report_abuser(seen: dict) -> None:
    """Print what the abuser got."""
    say(
        f"abuser: sessions opened {seen.get('sessions opened', 0)}, held at most {seen.get('most held', 0)}, "
        f"their runs answered {seen.get('runs answered', 0)}"
    )
    refused = {kind: count for kind, count in seen.items() if kind.startswith("session refused")}
    say(
        "abuser: "
        + (", ".join(f"{kind} {count}" for kind, count in sorted(refused.items())) or "none refused")
    )
    answers = {kind: count for kind, count in seen.items() if kind.startswith("HTTP")}
    total = sum(answers.values())
    say(
        f"abuser: requests {total}: "
        + ", ".join(f"{kind} {count}" for kind, count in sorted(answers.items()))
    )


async def flood(options: argparse.Namespace) -> None:
    """Warm the processes, run the baseline, then the readers beside the abuser; report both."""
    for url in [f"http://127.0.0.1:{name.split('-')[1]}" for name in app_pids(options.run_dir)] or [
        options.url
    ]:
        await Session(url, Stats(), random.Random(0), options.think).warm_up()
    baseline = None
    if not options.no_baseline:
        stats, peak = await readers(options)
        baseline = report_readers("baseline", stats, peak)
        await asyncio.sleep(options.pause)
    queue = multiprocessing.get_context("spawn").Queue()
    abuser = multiprocessing.get_context("spawn").Process(
        target=abuser_process, args=(options.url, options.sessions, options.workers, options.seconds, queue)
    )
    abuser.start()
    stats, peak = await readers(options)
    seen = await asyncio.to_thread(queue.get, True, options.seconds + 60)
    abuser.join(timeout=30)
    report_abuser(seen)
    report_readers("flood", stats, peak, baseline)


def main(argv: list[str]) -> int:
    """Parse the options and run the flood."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=f"http://127.0.0.1:{os.environ.get('SERVE_PORT', '8080')}")
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--sessions", type=int, default=300, help="websocket sessions the abuser opens")
    parser.add_argument("--workers", type=int, default=8, help="the abuser's request loops")
    parser.add_argument("--seconds", type=float, default=30, help="how long each run goes on")
    parser.add_argument("--ramp", type=float, default=10, help="seconds over which the readers start")
    parser.add_argument("--think", type=float, default=3, help="mean seconds between a reader's steps")
    parser.add_argument("--pause", type=float, default=5, help="seconds between the two runs")
    parser.add_argument("--no-baseline", action="store_true", help="only the run with the abuser")
    parser.add_argument("--run-dir", type=Path, default=ROOT / "run", help="where make serve keeps pid files")
    options = parser.parse_args(argv)
    if not urlsplit(options.url).hostname.startswith("127."):
        parser.error("the flood runs on loopback only (--url http://127.x.x.x:port)")
    say(f"{options.readers} readers, then beside them an abuser from {ABUSER}, against {options.url}")
    asyncio.run(flood(options))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
