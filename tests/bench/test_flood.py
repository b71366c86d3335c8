"""bench/flood.py: a few readers and a small abuser for a few seconds, nginx in front of a local app."""

import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from front.local import HOST, Server, free_port
from front.site import Front, nginx_running, prepare_site, write_config
from tests.bench.conftest import line_with, run_bench

pytestmark = pytest.mark.bench


@pytest.fixture
def front(app: Server) -> Iterator[Front]:
    """nginx in front of the app, with a session limit the small abuser reaches (3 per address)."""
    run_dir = Path(tempfile.mkdtemp(prefix="ik-flood-"))
    run_dir.chmod(0o755)  # nginx's workers run as nobody when the tests run as root
    setup = Front(run_dir, f"{HOST}:{free_port()}", (app.url.removeprefix("http://"),), sessions_per_client=3)
    prepare_site(setup.site, compress=False)
    write_config(setup)
    port = app.url.rsplit(":", 1)[1]
    (run_dir / f"app-{port}.pid").write_text(str(app.process.pid), encoding="utf-8")  # as make serve does
    try:
        with nginx_running(setup):
            yield setup
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)


def test_flood_reports_what_the_abuser_got_and_the_readers_figures(front):
    output = run_bench(
        "flood",
        *("--url", f"http://{front.listen}", "--run-dir", str(front.run_dir), "--readers", "2"),
        *(
            "--sessions",
            "8",
            "--workers",
            "2",
            "--seconds",
            "4",
            "--ramp",
            "1",
            "--think",
            "1",
            "--pause",
            "0",
        ),
    )
    assert line_with(output, r"^baseline: readers' errors: ") == "baseline: readers' errors: 0"
    assert line_with(output, r"^flood: readers' errors: ") == "flood: readers' errors: 0"
    line_with(output, r"^flood: readers' page runs ready: .* p95 \d+\.\d+ s \(\d+\.\d+× the baseline\)")
    assert int(re.search(r"held at most (\d+)", output).group(1)) == 3  # the limit per address held
    assert int(re.search(r"session refused with 429 (\d+)", output).group(1)) > 0
    assert int(re.search(r"HTTP 429 (\d+)", output).group(1)) > 0
    line_with(output, r"^flood: RSS peak of the app processes: \d+ MB")
