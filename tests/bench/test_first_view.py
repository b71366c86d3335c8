"""bench/first_view.py: one throttled phone load of the overview, a profile and a bare page behind a front."""

import pytest

from tests.bench.conftest import line_with, run_bench

pytestmark = pytest.mark.bench


def test_first_view_prints_a_row_per_page(tmp_path):
    output = run_bench(
        "first_view",
        *("--pages", "overview", "--links", "/municipality?kommun=2081", "--loads", "1", "--no-lighthouse"),
        *("--no-compress", "--out", str(tmp_path)),
    )
    for name in ("bare-page-root", "overview", "municipality-kommun-2081"):
        line_with(output, rf"^\| {name} \| \d+\.\d s \| \d+\.\d s \| \d+ \| \d+ KB \| \d+ KB \|$")
    assert (tmp_path / "filmstrip-overview.png").is_file()
