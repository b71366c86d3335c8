"""bench/load.py: a few sessions for a few seconds against a local app, each page's main element found."""

import re

import pytest

from tests.bench.conftest import line_with, run_bench

pytestmark = pytest.mark.bench


def test_load_holds_its_sessions_without_errors_and_prints_its_figures(app, tmp_path):
    port = app.url.rsplit(":", 1)[1]
    (tmp_path / f"app-{port}.pid").write_text(str(app.process.pid), encoding="utf-8")  # as make serve does
    output = run_bench(
        "load",
        *("--url", app.url, "--run-dir", str(tmp_path), "--sessions", "3", "--seconds", "5"),
        *("--ramp", "1", "--think", "1", "--settle", "0"),
    )
    assert line_with(output, r"^errors: ") == "errors: 0"
    assert int(re.search(r"page runs ready: (\d+)", output).group(1)) >= 3
    line_with(output, r"page-ready: p50 \d+\.\d+ s, p95 \d+\.\d+ s")
    assert float(re.search(r"RSS peak: (\d+) MB", output).group(1)) > 0
