"""The nginx front: its config passes `nginx -t`, it serves precompressed files and the app through it."""

import gzip
import json
import shutil
import tempfile
import urllib.request
from pathlib import Path

import brotli
import pytest

from scripts.front import STREAMLIT_STATIC, Front, check_config, nginx_running, prepare_site, write_config
from scripts.precompress import compress_file
from tools.browser import HOST, ROOT, free_port, streamlit_server, wait_healthy

ASSET = next((STREAMLIT_STATIC / "static" / "js").glob("index.*.js")).name
IMMUTABLE = "public, max-age=31536000, immutable"


@pytest.fixture(scope="module")
def run_dir():
    """A run directory nginx's workers can read when the tests run as root (they drop to nobody)."""
    path = Path(tempfile.mkdtemp(prefix="ik-front-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def front(run_dir):
    """nginx on a free port in front of one app process (`streamlit run asgi.py`) and one dead port."""
    with streamlit_server(ROOT, "asgi.py") as app:
        wait_healthy(app)
        app_port = int(app.url.rsplit(":", 1)[1])
        setup = Front(run_dir, f"{HOST}:{free_port()}", (f"{HOST}:{free_port()}", f"{HOST}:{app_port}"))
        prepare_site(setup.site, compress=False)
        compress_file(setup.site / "static" / "js" / ASSET)
        write_config(setup)
        with nginx_running(setup):
            yield setup


def get(front: Front, path: str, **headers: str):
    request = urllib.request.Request(f"http://{front.host}:{front.port}{path}", headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.headers, response.read()


def test_the_generated_config_passes_nginx_t(run_dir):
    setup = Front(run_dir / "check", "0.0.0.0:8080", ("127.0.0.1:8501", "127.0.0.2:8501", "10.0.0.3:8501"))
    write_config(setup)
    checked = check_config(setup)
    assert checked.returncode == 0, checked.stderr
    assert "syntax is ok" in checked.stderr


def test_a_hashed_file_comes_precompressed_as_brotli_and_is_immutable(front):
    original = (STREAMLIT_STATIC / "static" / "js" / ASSET).read_bytes()
    status, headers, body = get(front, f"/static/js/{ASSET}", **{"Accept-Encoding": "gzip, deflate, br"})
    assert status == 200
    assert headers["Content-Encoding"] == "br"
    assert headers["Cache-Control"] == IMMUTABLE
    assert brotli.decompress(body) == original
    assert len(body) < len(original) / 3


def test_a_gzip_only_client_gets_gzip_and_others_the_plain_file(front):
    original = (STREAMLIT_STATIC / "static" / "js" / ASSET).read_bytes()
    _, headers, body = get(front, f"/static/js/{ASSET}", **{"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body) == original
    _, headers, body = get(front, f"/static/js/{ASSET}")
    assert headers["Content-Encoding"] is None and body == original


def test_every_page_path_gets_the_page_uncached_with_a_route_cookie(front):
    for path in ("/", "/map?lang=en", "/municipality"):
        status, headers, body = get(front, path)
        assert status == 200
        assert headers["Cache-Control"] == "no-cache"
        assert headers["Set-Cookie"].startswith(f"{front.cookie}=")
        assert b'<div id="root"></div>' in body
    _, headers, _ = get(front, "/map", Cookie=f"{front.cookie}=abc")
    assert headers["Set-Cookie"] is None


def test_a_very_long_link_reaches_the_app_which_cuts_it(front):
    assert get(front, "/map?indicator=" + "a" * 66_000)[0] == 200  # not nginx's bare 414


def test_the_snapshot_hook_inserts_the_pages_own_file(front):
    (front.snapshots / "map.html").write_text("<p>Karta över kommunerna</p>", encoding="utf-8")
    try:
        assert b'<div id="root"><p>Karta \xc3\xb6ver kommunerna</p></div>' in get(front, "/map?lang=sv")[2]
        assert b'<div id="root"></div>' in get(front, "/")[2]
    finally:
        (front.snapshots / "map.html").unlink()


def test_the_app_answers_through_the_front_even_with_one_process_down(front):
    for _ in range(4):  # the first upstream port has no process: nginx goes on to the next one
        status, _, body = get(front, "/api/health")
        assert status == 200 and json.loads(body)["data"] == "valid"
        assert get(front, "/_stcore/health")[2] == b"ok"
