"""A local app (`streamlit run asgi.py`, waited for by its health check) and a way to run a bench script."""

import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from front.local import ROOT, Server, streamlit_server, wait_healthy

LIMIT_SECONDS = 240  # a hung script fails the test; each takes well under a minute on a quiet machine
FIGURE = re.compile(r"\d+(?:\.\d+)?")


@pytest.fixture(scope="session")
def app() -> Iterator[Server]:
    """The served app on a free port, ready once /_stcore/health answers ok."""
    with streamlit_server(ROOT, "asgi.py") as server:
        wait_healthy(server)
        yield server


def run_bench(module: str, *args: str) -> str:
    """Run `python -m bench.<module> args…` from the checkout; its output once it has exited 0."""
    done = subprocess.run(
        [sys.executable, "-m", f"bench.{module}", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=LIMIT_SECONDS,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return done.stdout


def line_with(output: str, pattern: str) -> str:
    """The first line of output matching pattern (a regular expression), which must hold a figure."""
    found = re.search(f"^.*{pattern}.*$", output, re.M)
    assert found, f"no line matching {pattern!r} in:\n{output[-3000:]}"
    assert FIGURE.search(found.group(0)), found.group(0)
    return found.group(0)
