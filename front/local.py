"""Shared by browser tests and benchmark: the pages, a `streamlit run` server, Chromium flags."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from core.present import links

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {HOST}",  # nothing but 127.0.0.1 is reachable
]
READY = "[data-testid='stApp'][data-test-script-state='notRunning']"
STARTUP_SECONDS = 90
PAGES = {page.key: f"/{page.path}" for page in links.PAGES}  # key -> URL path, in menu order
MAP_PAGES = {"overview", "map", "municipality", "project"}


@dataclass(frozen=True)
class Server:
    """A running `streamlit run` process."""

    process: subprocess.Popen
    url: str
    started: float


def free_port() -> int:
    """A free TCP port on the loopback address."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def healthy(url: str) -> bool:
    """True when Streamlit's health endpoint answers ok."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200 and response.read().strip() == b"ok"
    except OSError:
        return False


def wait_healthy(server: Server) -> float:
    """Seconds from process start until /_stcore/health answers ok."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {server.process.returncode}")
        if healthy(server.url):
            return time.perf_counter() - server.started
        time.sleep(0.05)
    raise RuntimeError("streamlit did not become healthy")


@contextmanager
def streamlit_server(app_dir: Path, script: str = "app.py", log: Path | None = None) -> Iterator[Server]:
    """`streamlit run <script>` in app_dir on a free port of 127.0.0.1, output to log; always terminated."""
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", script, "--server.headless=true"]
    command += [f"--server.port={port}", f"--server.address={HOST}"]
    started = time.perf_counter()
    output = log.open("ab") if log else subprocess.DEVNULL
    process = subprocess.Popen(command, cwd=app_dir, stdout=output, stderr=subprocess.STDOUT)
    try:
        yield Server(process, f"http://{HOST}:{port}", started)
    finally:
        if log:
            output.close()
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
