"""bench/benchmark.py: a quick run on the overview, every measurement in its table and none failed."""

import pytest

from tests.bench.conftest import line_with, run_bench

pytestmark = pytest.mark.bench


def test_benchmark_prints_its_table_without_a_failed_phase():
    output = run_bench("benchmark", "--quick", "--pages", "overview")
    assert "FAILED" not in output, output
    line_with(output, r"^rerun overview \(median / p95, n=3\) +\| \d+\.\d / \d+\.\d ms")
    line_with(output, r"^chart or map overview \(largest\) +\| \d+\.\d KB")  # the inline figure's markup
    line_with(output, r"^cold start: process -> / drawn +\| \d+\.\d\d s")
    line_with(output, r"^first drawn map /map, median +\| \d+ ms")
    line_with(output, r"^bytes per view /: websocket +\| \d+\.\d KB")
    line_with(output, r"^server RSS after 3 sessions \(3 ready\) +\| \d+ MB")
    line_with(output, r"^quick run, \d+ s$")
