"""bench/transfer.py: the bytes of a first visit to the overview, in Chromium."""

import pytest

from tests.bench.conftest import line_with, run_bench

pytestmark = pytest.mark.bench


def test_transfer_prints_the_bytes_of_a_first_visit(app):
    output = run_bench("transfer", app.url, "/")
    assert int(line_with(output, r"^/: [\d,]+ KB$").split()[1].replace(",", "")) > 100
