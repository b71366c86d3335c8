"""bench/main_thread.py: one traced phone load of a profile behind the front, its main thread attributed."""

import pytest

from tests.bench.conftest import line_with, run_bench

pytestmark = pytest.mark.bench


def test_main_thread_prints_long_tasks_and_their_work(tmp_path):
    output = run_bench(
        "main_thread", *("--links", "/municipality?kommun=2081", "--loads", "1", "--out", str(tmp_path))
    )
    line_with(output, r"^municipality-kommun-2081-1: first paint \d+ ms; \d+ long tasks .* blocking \d+ ms")
    line_with(output, r"^  work in long tasks, ms: .*script")
    line_with(output, r"^  script in long tasks by file, ms: .*react-dom")
    assert (tmp_path / "municipality-kommun-2081-1.json").is_file()
