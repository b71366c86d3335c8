"""The nginx front: its config passes `nginx -t`, it serves precompressed files and the app through it."""

import ast
import gzip
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from dataclasses import replace
from importlib.metadata import packages_distributions
from pathlib import Path

import brotli
import pytest
from fontTools.ttLib import TTFont

from core.data.package import content_hash, data_version
from front import stack
from front.fonts import ICON_FONT, icon_names, ligatures
from front.local import HOST, PAGES, ROOT, free_port, streamlit_server, wait_healthy
from front.page import STREAMLIT_STATIC
from front.precompress import compress_file
from front.site import (
    Front,
    check_config,
    invoking_user,
    nginx_running,
    page_problem,
    prepare_site,
    render,
    write_config,
)

ASSET = next((STREAMLIT_STATIC / "static" / "js").glob("index.*.js")).name
IMMUTABLE = "public, max-age=31536000, immutable"
TEST_ID = re.compile(r"""data-testid=["']?(\w+)""")


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
        setup.served_snapshots.mkdir(parents=True)
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


def test_the_snapshot_of_a_default_view_goes_before_the_app_in_the_readers_language(front):
    for lang, words in (("sv", "Karta över kommunerna"), ("en", "Map of the municipalities")):
        (front.served_snapshots / f"map.{lang}.html").write_text(f"<p>{words}</p>", encoding="utf-8")
    try:
        before_root = '<p>Karta över kommunerna</p><div id="root"></div>'.encode()
        assert before_root in get(front, "/map?lang=sv")[2]
        assert before_root in get(front, "/map")[2]  # Swedish unless the link asks for English
        assert b'<p>Map of the municipalities</p><div id="root"></div>' in get(front, "/map?lang=en")[2]
        assert "Karta över".encode() not in get(front, "/map?lang=sv&county=21")[2]  # another view: not it
        assert "Karta över".encode() not in get(front, "/")[2]  # no snapshot file for the overview
    finally:
        for lang in ("sv", "en"):
            (front.served_snapshots / f"map.{lang}.html").unlink()


# Each file holds its own name, so the page shows which one nginx included.
VIEW_FILES = (
    "municipality.kommun-2081.sv",
    "municipality.kommun-2081.en",
    "municipality.frame.sv",
    "municipality.frame.en",
    "map.county-21.sv",
    "map.indicator-firms_50pct_payroll.year-2022.county-21.sv",
    "map.frame.sv",
    "map.sv",
)
# A link, and the snapshot it must get: its own in any order of its parameters, else the page's frame.
LINKED = {
    "/municipality?kommun=2081&lang=en": "municipality.kommun-2081.en",
    "/municipality?lang=en&kommun=2081": "municipality.kommun-2081.en",
    "/municipality?kommun=2081": "municipality.kommun-2081.sv",
    "/municipality?kommun=2081&": "municipality.kommun-2081.sv",
    "/municipality?kommun=2104&lang=en": "municipality.frame.en",  # no snapshot built for it
    "/municipality?kommun=2081&compare=tatort_population": "municipality.frame.sv",  # another view
    "/municipality?kommun=2081&kommun=2104": "municipality.frame.sv",  # the app shows neither
    "/municipality?kommun=2081&lang=sv&lang=en": "municipality.frame.sv",
    "/municipality?kommun=2081&present=true": "municipality.frame.sv",  # presentation's own layout
    "/municipality?kommun=2081&embed=true&lang=en": "municipality.frame.en",
    "/municipality?kommun=2081&talk=industrin&step=6": "municipality.frame.sv",  # the talk opens its step
    "/municipality?kommun=..%2F..%2Fmap": "municipality.frame.sv",
    "/municipality?kommun=20%381": "municipality.frame.sv",
    "/municipality?kom%6Dun=2081": "municipality.frame.sv",
    "/map?county=21": "map.county-21.sv",
    "/map?year=2022&county=21&indicator=firms_50pct_payroll": VIEW_FILES[5],
    "/map?county=21&year=2022": "map.frame.sv",
    "/map": "map.sv",
    "/map?lang=sv": "map.sv",
}


def test_a_linked_view_gets_its_own_snapshot_in_any_order_and_any_other_view_the_frame(front):
    for name in VIEW_FILES:
        (front.served_snapshots / f"{name}.html").write_text(f"<p>[{name}]</p>", encoding="utf-8")
    try:
        for link, name in LINKED.items():
            shown = re.findall(r"<p>\[([^\]]+)\]</p>", get(front, link)[2].decode("utf-8"))
            assert shown == [name], link
        assert b"<p>[" not in get(front, "/project?partner=x")[2]  # no frame either: nothing, as before
    finally:
        for name in VIEW_FILES:
            (front.served_snapshots / f"{name}.html").unlink()


def test_snapshots_built_for_other_data_are_never_served(front):
    (front.served_snapshots / "map.sv.html").write_text("<p>[this data]</p>", encoding="utf-8")
    old = front.snapshots / "0123456789ab"  # an earlier build, for data since changed
    old.mkdir()
    (old / "map.sv.html").write_text("<p>[other data]</p>", encoding="utf-8")
    (old / "project.sv.html").write_text("<p>[other data]</p>", encoding="utf-8")
    try:
        assert b"<p>[this data]</p>" in get(front, "/map")[2]
        assert b"[other data]" not in get(front, "/project")[2]
    finally:
        shutil.rmtree(old)
        (front.served_snapshots / "map.sv.html").unlink()
    new_data = replace(front, data_version="ba9876543210")
    # The front of a deploy whose data changed points at that version's folder only.
    assert f"alias {front.snapshots}/ba9876543210/;" in render(new_data)


def test_the_page_preloads_no_font(front):
    streamlits = (STREAMLIT_STATIC / "index.html").read_text(encoding="utf-8")
    preloaded = set(re.findall(r"[\w.-]+\.woff2", streamlits))
    assert preloaded, "Streamlit's index.html names no font: the lookup below would prove nothing"
    fonts = preloaded | {path.name for path in STREAMLIT_STATIC.rglob("*.woff2")}
    page = get(front, "/")[2].decode()
    assert [name for name in fonts if name in page] == []
    assert 'as="font"' not in page


def test_the_page_carries_the_apps_styles_and_asks_for_the_code_after_its_snapshot(front):
    _, _, body = get(front, "/map")
    page = body.decode()
    head = page[: page.index("</head>")]
    assert ".ik-cards" in head and ".ik-menu" in head  # base and icon styles before the first frame
    for waits in ('type="module"', 'rel="stylesheet"'):  # nothing the snapshot waits for
        assert waits not in head
    assert re.findall(r'<link rel="modulepreload" fetchpriority="low"[^>]*>', head) == [
        f'<link rel="modulepreload" fetchpriority="low" crossorigin href="./static/js/{ASSET}">'
    ]  # only the main script, fetched from the start as it is the largest, yielding to the page
    root = page.index('<div id="root"></div>')
    listed = re.search(r'<script type="application/json" id="ik-app-code">(.*?)</script>', page[root:])
    code = json.loads(listed.group(1))
    files = [code["entry"], *code["preload"]]
    assert code["entry"] == ASSET
    assert (
        all((front.site / "static" / "css" / sheet).is_file() for sheet in code["sheets"]) and code["sheets"]
    )
    for kind in ("Html", "PageLink", "ButtonGroup", "Button", "react-dom"):
        chunk = next(name for name in files if name.startswith(f"{kind}."))
        assert (front.site / "static" / "js" / chunk).is_file()
    assert len(files) == len(set(files))  # each file once


def test_the_app_answers_through_the_front_even_with_one_process_down(front):
    for _ in range(4):  # the first upstream port has no process: nginx goes on to the next one
        status, _, body = get(front, "/api/health")
        assert status == 200 and json.loads(body)["data"] == "valid"
        assert get(front, "/_stcore/health")[2] == b"ok"


def test_the_icon_font_keeps_every_icon_the_pages_can_show_and_little_else(front):
    path = next((front.site / "static" / "media").glob(ICON_FONT))
    kept = ligatures(TTFont(path))
    original = ligatures(TTFont(next((STREAMLIT_STATIC / "static" / "media").glob(ICON_FONT))))
    wanted = icon_names(front.site) & set(original)
    assert wanted <= set(kept)  # Streamlit's own controls and the app's icons still draw
    assert {"keyboard_double_arrow_right", "expand_more", "share", "close_fullscreen"} <= set(kept)
    assert len(kept) < len(original) / 10 and path.stat().st_size < 50_000


def test_the_text_faces_are_blank_so_the_readers_own_font_shows(front):
    face = next((front.site / "static" / "media").glob("SourceSansVF-Upright*.woff2"))
    font = TTFont(face)
    assert font.getBestCmap() == {} and face.stat().st_size < 1_000


@pytest.fixture
def private_front(front, tmp_path):
    """The front's site in a run directory only its owner may enter (0700), e.g. a clone in root's home."""
    tmp_path.chmod(0o700)
    private = Front(tmp_path / "private", f"{HOST}:{free_port()}", front.app_servers, user=invoking_user())
    private.run_dir.mkdir(mode=0o700)
    shutil.copytree(front.site, private.site)
    write_config(private)
    snapshot = '<div id="ik-snapshot">Översikt</div>'
    private.served_snapshots.mkdir()
    (private.served_snapshots / "overview.sv.html").write_text(snapshot, encoding="utf-8")
    return private


def test_a_private_run_directory_still_serves_the_page_with_its_snapshot(private_front):
    with nginx_running(private_front):
        assert page_problem(private_front) == ""


@pytest.mark.skipif(os.geteuid() != 0, reason="only nginx started as root hands its workers to nobody")
def test_the_page_check_says_so_when_nginx_cannot_read_the_site(private_front):
    as_nobody = replace(private_front, user="")
    write_config(as_nobody)
    with nginx_running(as_nobody):
        assert "GET / through nginx answered 403" in page_problem(as_nobody)


def _front_stage() -> str:
    return (ROOT / "Dockerfile").read_text(encoding="utf-8").split(" AS front-build")[1].split("\nFROM ")[0]


def _requirement_names(path: Path, pattern: str = "") -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.split("==")[0].lower() for line in lines if "==" in line and re.match(pattern, line)}


def test_the_docker_front_stage_installs_every_package_the_front_imports():
    picked = re.search(r"grep -E '(.+?)' requirements-dev.txt", _front_stage()).group(1)
    installed = _requirement_names(ROOT / "requirements.txt") | _requirement_names(
        ROOT / "requirements-dev.txt", picked
    )
    imported = set()
    for path in (ROOT / "front").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            names += [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
            imported |= {name.split(".")[0] for name in names}
    distributions = packages_distributions()
    third_party = imported - set(sys.stdlib_module_names) - {"core", "components", "front"}
    missing = {name for name in third_party if not {d.lower() for d in distributions[name]} & installed}
    assert not missing, f"the front-build stage does not install what front/ imports: {missing}"


def _docker_front_commands(stage: str, srv: Path) -> list[list[str]]:
    """The stage's `python -m front.…` commands, with srv for /srv/front and without precompression."""
    commands = []
    for run in re.findall(r"^RUN (python -m front\..*?)(?<!\\)$", stage, re.M | re.S):
        for command in run.replace("\\\n", " ").split("&&"):
            words = shlex.split(command.replace("/srv/front", str(srv)).replace("$APP_SERVERS", "app:8501"))
            quick = ["--no-compress"] if "front.site" in words else []
            commands.append([sys.executable, *words[1:], *quick])
    return commands


def test_the_docker_front_stage_builds_the_front_and_snapshots_from_what_it_copies(tmp_path):
    stage = _front_stage()
    for source in re.findall(r"^COPY (?!--from)(.+) \S+$", stage, re.M):
        for name in source.split():
            copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
            copy(ROOT / name, tmp_path / name)
    srv = tmp_path / "srv"
    commands = _docker_front_commands(stage, srv)
    assert [command[2] for command in commands] == ["front.site", "front.snapshots"]
    for command in commands:
        built = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
        assert built.returncode == 0, built.stderr[-2000:]
    assert "ik-app-code" in (srv / "site" / "index.html").read_text(encoding="utf-8")
    served = srv / "snapshots" / data_version()  # built for the data copied, where nginx's config looks
    assert f"alias {served}/;" in (srv / "nginx.conf").read_text(encoding="utf-8")
    for page in PAGES:  # every page's default view and frame in both languages, and the linked views
        for lang in ("sv", "en"):
            for name in (f"{page}.{lang}", f"{page}.frame.{lang}", f"municipality.kommun-2081.{lang}"):
                assert 'id="ik-snapshot"' in (served / f"{name}.html").read_text(encoding="utf-8")


def test_every_data_testid_the_fronts_code_relies_on_is_in_streamlits_bundle():
    front_code = [*(ROOT / "front").glob("*.js"), *(ROOT / "front").glob("*.py")]
    wanted = {name for path in front_code for name in TEST_ID.findall(path.read_text(encoding="utf-8"))}
    assert {"stApp", "stMain", "stSkeleton"} <= wanted  # snapshot.js's and local.py's, as they are written
    scripts = sorted((STREAMLIT_STATIC / "static" / "js").glob("*.js"))
    bundle = "".join(path.read_text(encoding="utf-8", errors="ignore") for path in scripts)
    missing = sorted(name for name in wanted if not re.search(f"[`\"']{name}[`\"']", bundle))
    assert not missing, f"Streamlit no longer names these data-testid: {missing} (see front/README.md)"
    assert '"data-test-script-state"' in bundle and "`notRunning`" in bundle  # READY, snapshot.js


SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=()",
}


def answer(front: Front, path: str):
    """Status and headers of a GET, also for an error status."""
    try:
        status, headers, _ = get(front, path)
    except urllib.error.HTTPError as error:
        return error.code, error.headers
    return status, headers


def test_every_response_carries_the_security_headers(front):
    for path, status in (("/map", 200), (f"/static/js/{ASSET}", 200), ("/static/js/none.js", 404)):
        got, headers = answer(front, path)
        assert got == status, path
        for name, part in SECURITY_HEADERS.items():
            assert part in (headers[name] or ""), f"{path}: {name}"
        assert "frame-ancestors *" in headers["Content-Security-Policy"]  # embedding is allowed
        assert headers["Strict-Transport-Security"] is None  # plain http: no HSTS
    for path in ("/api/health", "/_stcore/health", "/favicon.png", "/map/x"):  # proxied, own file, redirect
        assert "default-src 'self'" in answer(front, path)[1]["Content-Security-Policy"], path


def test_the_limits_per_client_are_in_the_config(run_dir):
    setup = Front(run_dir / "limits", "0.0.0.0:8080", ("127.0.0.1:8501",))
    config = write_config(setup).read_text(encoding="utf-8")
    assert f"rate={setup.request_rate};" in config and f"rate={setup.session_rate};" in config
    assert (
        config.count(f"limit_req zone=ik_requests burst={setup.request_burst} nodelay;") == 2
    )  # page, routes
    stream = config.split("location ~ /_stcore/stream$")[1].split("}")[0]
    assert (
        f"limit_req zone=ik_session_starts burst={setup.session_burst} delay={setup.session_delay};" in stream
    )
    assert f"limit_conn ik_sessions {setup.sessions_per_client};" in stream
    assert "limit_req_status 429;" in config and "limit_conn_status 429;" in config
    assert "set_real_ip_from" not in config  # no trusted proxy unless named


def test_the_options_restrict_embedding_turn_on_hsts_and_trust_a_proxy(run_dir):
    setup = Front(
        run_dir / "options",
        "0.0.0.0:8080",
        ("127.0.0.1:8501",),
        frame_ancestors="'self' https://example.org",
        hsts=True,
        real_ip_from=("10.0.0.0/8",),
    )
    write_config(setup)
    checked = check_config(setup)
    assert checked.returncode == 0, checked.stderr
    config = setup.config_path.read_text(encoding="utf-8")
    assert "frame-ancestors 'self' https://example.org\" always;" in config
    assert 'add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;' in config
    assert "set_real_ip_from 10.0.0.0/8;" in config and "real_ip_header X-Forwarded-For;" in config


def test_a_client_over_its_limit_gets_the_short_page_in_both_languages(front, tmp_path):
    tmp_path.chmod(0o755)
    strict = Front(tmp_path / "strict", f"{HOST}:{free_port()}", front.app_servers, request_rate="1r/m")
    strict = replace(strict, request_burst=1, site=front.site)
    write_config(strict)
    with nginx_running(strict):
        statuses = [answer(strict, "/map")[0] for _ in range(3)]
        request = urllib.request.Request(f"http://{strict.listen}/map")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=30)
    assert statuses[:2] == [200, 200] and statuses[2] == 429
    page = refused.value.read().decode()
    assert "För många förfrågningar" in page and "Too many requests" in page
    assert "default-src 'self'" in refused.value.headers["Content-Security-Policy"]
    assert refused.value.headers["Retry-After"] == "10"


def _exited() -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process


def test_a_dead_app_process_is_not_started_on_data_other_than_the_snapshots(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.csv").write_text("x\n1\n", encoding="utf-8")
    setup = Front(tmp_path, f"{HOST}:1", (f"{HOST}:2",), data_version=content_hash(data))
    started = []
    monkeypatch.setattr(stack, "start_app", lambda port, _run_dir: started.append(port) or _exited())
    monkeypatch.setattr(stack, "POLL_SECONDS", 0)
    nginx = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (data / "a.csv").write_text("x\n2\n", encoding="utf-8")  # a refresh while the stack runs
        assert stack.supervise(setup, {2: _exited()}, nginx, data) == stack.DATA_CHANGED
        assert started == []  # no process on the new data beside the old snapshots
    finally:
        nginx.kill()
        nginx.wait()


def test_a_dead_app_process_on_unchanged_data_is_started_again(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    setup = Front(tmp_path, f"{HOST}:1", (f"{HOST}:2",), data_version=content_hash(data))
    nginx = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])

    def start(port: int, _run_dir: Path) -> subprocess.Popen:
        nginx.kill()  # one restart is enough: nginx "exits", the loop ends
        return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])

    monkeypatch.setattr(stack, "start_app", start)
    monkeypatch.setattr(stack, "POLL_SECONDS", 0)
    apps = {2: _exited()}
    assert stack.supervise(setup, apps, nginx, data) == 0
    assert apps[2].poll() is None  # started again
    apps[2].kill()
    apps[2].wait()


def test_make_serve_takes_the_same_policy_options_as_a_deployments_front(monkeypatch):
    served = []
    monkeypatch.setattr(stack, "serve", lambda front, _compress: served.append(front) or 0)
    monkeypatch.setattr(stack.signal, "signal", lambda *_: None)  # keep pytest's own SIGTERM handling
    options = ["--frame-ancestors", "'self' https://example.org", "--hsts", "--real-ip-from", "10.0.0.0/8"]
    assert stack.main(["--port", "9000", *options]) == 0
    front = served[0]
    assert (front.frame_ancestors, front.hsts, front.real_ip_from) == (
        "'self' https://example.org",
        True,
        ("10.0.0.0/8",),
    )
