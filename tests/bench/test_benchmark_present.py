"""bench/benchmark_present.py: one round of a talk's steps and the share popover."""

import pytest

from core.present.talks import load_talks
from tests.bench.conftest import line_with, run_bench

pytestmark = pytest.mark.bench


def test_benchmark_present_prints_its_timings():
    output = run_bench("benchmark_present", "--rounds", "1")
    line_with(output, r"^QR code of a \d+-character link: \d+\.\d ms$")
    steps = len(load_talks()["industrin"].views) - 1  # every step but the first is reached by a key
    line_with(output, rf"^talk step \(key to next view\): median \d+ ms, max \d+ ms \(n={steps}\)$")
    line_with(output, r"^share popover \(click to QR\): median \d+ ms")
