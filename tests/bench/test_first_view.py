"""bench/first_view.py: one throttled phone load of the overview behind its own front, beside a bare page."""

import pytest

from tests.bench.conftest import line_with, run_bench

pytestmark = pytest.mark.bench


def test_first_view_prints_a_row_per_page(tmp_path):
    output = run_bench(
        "first_view",
        *("--pages", "overview", "--loads", "1", "--no-lighthouse", "--no-compress", "--out", str(tmp_path)),
    )
    for name in ("bare-page-root", "overview"):
        line_with(output, rf"^\| {name} \| \d+\.\d s \| \d+\.\d s \| \d+ \| \d+ KB \| \d+ KB \|$")
    assert (tmp_path / "filmstrip-overview.png").is_file()
