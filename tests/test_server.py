"""The served app's own parts: a start-up check of the data, /api/health, deeper paths sent to their page."""

import asyncio
import json
import os
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from core.data.package import check_package
from front.local import streamlit_server, wait_healthy
from server import health as health_route
from server.paths import page_root, target
from server.startup import log_report
from tests.breakage import BREAKS, copy_project


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/map/x", "/map"),
        ("/municipality/2081/extra", "/municipality"),
        ("/map", None),
        ("/", None),
        ("/static/js/index.js", None),
        ("/map/_stcore/health", None),
        ("/api/health", None),
        ("//evil.example", None),
    ],
)
def test_a_deeper_page_path_goes_to_its_page(path, target):
    assert page_root(path) == target


@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [
        ("/nonexistent", "", "/?notfound=1"),
        ("/nonexistent", "lang=en", "/?notfound=1&lang=en"),
        ("/nonexistent", "notfound=<b>&lang=en", "/?notfound=1&lang=en"),
        ("/map/x", "lang=en", "/map?lang=en"),
        ("/map", "lang=en", None),
        ("/", "", None),
        ("/favicon.png", "", None),
        ("/_stcore", "", None),
        ("/api", "", None),
    ],
)
def test_an_unknown_path_goes_to_the_overviews_notice_without_the_path(path, query, expected):
    assert target(path, query) == expected


def answer():
    """The route's response, run in a thread of its own (Playwright may hold this thread's event loop)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, health_route.health(None)).result()


def test_health_says_valid_with_200():
    response = answer()
    assert response.status_code == 200
    assert json.loads(response.body) == {"status": "ok", "data": "valid", "invalid_files": []}
    assert response.headers["Cache-Control"] == "no-store"


def test_health_names_the_broken_files_with_503(monkeypatch, data_copy):
    BREAKS["empty_file"][1](data_copy)
    monkeypatch.setattr(health_route, "check_package", lambda: check_package(data_copy))
    response = answer()
    assert response.status_code == 503
    body = json.loads(response.body)
    assert body["data"] == "invalid"
    assert body["invalid_files"] == ["data/partners.csv"]


def test_the_package_is_checked_again_only_when_a_file_changes(data_copy):
    first = check_package(data_copy)
    assert first.valid and check_package(data_copy) is first
    BREAKS["letters_in_a_number"][1](data_copy)
    path = data_copy / "indicators.csv"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    second = check_package(data_copy)
    assert not second.valid and second.files == ("data/indicators.csv",)


def test_every_problem_is_logged_with_row_column_and_fix(data_copy, caplog):
    BREAKS["unknown_municipality_code"][1](data_copy)
    BREAKS["missing_file"][1](data_copy)
    log_report(check_package(data_copy))
    log = caplog.text
    assert "data/indicators.csv" in log and "row 2, column 'municipality_code'" in log and "Fix:" in log
    assert "data/activities.csv" in log and "does not exist" in log


@pytest.fixture(scope="module")
def broken_server(tmp_path_factory):
    """`streamlit run asgi.py` on a copy of the app whose register lost a column."""
    app = copy_project(tmp_path_factory.mktemp("app"))
    BREAKS["renamed_column"][1](app / "data")
    log = app / "server.log"
    with streamlit_server(app, "asgi.py", log) as server:
        wait_healthy(server)
        yield server.url, log


def test_a_served_app_with_a_broken_file_starts_logs_it_and_reports_it(broken_server):
    url, log = broken_server
    with pytest.raises(urllib.error.HTTPError) as answered:
        urllib.request.urlopen(f"{url}/api/health", timeout=10)
    assert answered.value.code == 503
    assert json.loads(answered.value.read())["invalid_files"] == ["data/workplaces.csv"]
    assert "data/workplaces.csv" in log.read_text() and "column 'plats'" in log.read_text()


def test_a_served_app_sends_a_deeper_path_to_its_page(broken_server):
    url, _ = broken_server

    class Keep(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    with pytest.raises(urllib.error.HTTPError) as answered:
        urllib.request.build_opener(Keep).open(f"{url}/map/x/y?lang=en", timeout=10)
    assert answered.value.code == 302
    assert answered.value.headers["Location"] == "/map?lang=en"
