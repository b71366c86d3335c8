"""The benchmark's server memory: RSS of a fresh app process at start and with many open sessions."""

from __future__ import annotations

import time
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext

from bench.benchmark_draws import VIEWPORT, open_page, wait_drawn
from bench.benchmark_rows import LANG, ROOT, Row, within
from front.local import streamlit_server, wait_healthy


def children(pid: int) -> list[int]:
    """Direct children of pid, from /proc/*/stat."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def vm_rss_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)


def rss_mb(pid: int) -> float:
    """VmRSS of a process and all its descendants, in MB."""
    family, queue = [], [pid]
    while queue:
        current = queue.pop()
        family.append(current)
        queue.extend(children(current))
    return sum(vm_rss_kb(member) for member in family) / 1024


def open_sessions(browser: Browser, contexts: list[BrowserContext], url: str, count: int) -> int:
    """Open count more sessions at once and wait until each has run its script; return how many did."""
    pages = []
    for _ in range(count):
        contexts.append(browser.new_context(viewport=VIEWPORT))
        pages.append(open_page(contexts[-1], url))
    return sum(wait_drawn(page, "page") >= 0 for page in pages)


def memory_rows(browser: Browser, sessions: int) -> list[Row]:
    """Server RSS: at start, after one /map session, after `sessions` concurrent open sessions."""
    contexts: list[BrowserContext] = []
    with streamlit_server(ROOT) as server:
        try:
            wait_healthy(server)
            time.sleep(1)
            pid, url = server.process.pid, f"{server.url}/map{LANG}"
            start = rss_mb(pid)
            ready = open_sessions(browser, contexts, url, 1)
            first = rss_mb(pid)
            while len(contexts) < sessions:
                ready += open_sessions(browser, contexts, url, min(10, sessions - len(contexts)))
            time.sleep(2)
            full = rss_mb(pid)
        finally:
            for context in contexts:
                context.close()
    return [
        Row("server RSS at start (no session)", f"{start:.0f} MB", "<= 300 MB", within(start, 300)),
        Row("server RSS after 1 session", f"{first:.0f} MB"),
        Row(f"server RSS after {sessions} sessions ({ready} ready)", f"{full:.0f} MB"),
        Row("server RSS per extra session", f"{(full - first) / max(1, sessions - 1):.1f} MB"),
    ]
