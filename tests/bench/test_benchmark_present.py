"""bench/benchmark_present.py: one round of a talk's steps and the share popover."""

import pytest

from tests.bench.conftest import line_with, run_bench

pytestmark = pytest.mark.bench


def test_benchmark_present_prints_its_timings():
    output = run_bench("benchmark_present", "--rounds", "1")
    line_with(output, r"^QR code of a \d+-character link: \d+\.\d ms$")
    line_with(output, r"^talk step \(key to next view\): median \d+ ms, max \d+ ms \(n=5\)$")
    line_with(output, r"^share popover \(click to QR\): median \d+ ms")
