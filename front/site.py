"""The nginx front: its site (Streamlit's static files, the page with its snapshot hook) and its config.

Used by front/stack.py (make serve) and the tests; front/nginx.conf.j2 is the config's template, and
front/page.py rewrites Streamlit's page.
"""

from __future__ import annotations

import argparse
import grp
import os
import pwd
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import jinja2
import streamlit

from core.data.package import data_version
from front.fonts import blank_text_fonts, subset_icon_font
from front.page import ROOT_DIV, STREAMLIT_STATIC, write_page
from front.precompress import precompress
from front.views import KEY_PARAMS

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "front" / "nginx.conf.j2"
TOO_MANY = ROOT / "front" / "429.html"  # the answer to a client over its limits
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")  # Debian's package
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
STAMP = ".streamlit-version"
RUN_DIRS = ("logs", "tmp", "snapshots")
# What GET / through nginx must hold: the overview's snapshot, Streamlit's root and the front's code list.
PAGE_MARKS = ('id="ik-snapshot"', ROOT_DIV, 'id="ik-app-code"')
START_SECONDS = 20
POLL_SECONDS = 0.05


@dataclass(frozen=True)
class Front:
    """Where nginx listens, the app processes it serves (host:port each), and its files."""

    run_dir: Path
    listen: str
    app_servers: tuple[str, ...]
    cookie: str = "ik_route"
    # Who may embed the app (?embed=true) in a frame: CSP frame-ancestors, e.g. "'self' https://example.org".
    frame_ancestors: str = "*"
    hsts: bool = False  # Strict-Transport-Security: only for a deployment reached over https
    real_ip_from: tuple[str, ...] = ()  # trusted proxies in front: the client is then from X-Forwarded-For
    # Limits per client address, sized from make load (README, Hosting): 50 sessions on 2 processes, each
    # asking for a run every 1.5-4.5 s over its websocket (about 17 runs a second, p95 0.6 s). A session
    # costs a run when it opens and 0.4 MB while held; once open, its runs go over the websocket, which no
    # limit here counts. A visit asks the app about 5 requests at once (page, health, host config, websocket;
    # files are not counted). A school or office behind one address (NAT) is many readers, and make load
    # opens its 50 sessions from one address in 10 s, so the limits are generous per address; yet one address
    # can neither take the stack's memory nor start sessions faster than make load (see bench/flood.py).
    request_rate: str = "20r/s"  # page views and the app's routes
    request_burst: int = 100  # answered at once; beyond it 429
    session_rate: str = "5r/s"  # new websocket sessions: make load's ramp, 50 in 10 s
    session_burst: int = 60  # queued to that rate (the first session_delay at once); beyond it 429
    session_delay: int = 10  # after a process dies, its ~25 sessions reconnect: the last ~3 s later
    sessions_per_client: int = 64  # above make load's 50 tabs, with room for reconnections
    user: str = ""  # nginx's worker user and group ("" = nginx's default, nobody when started as root)
    brotli_module: Path = BROTLI_MODULE
    site: Path = field(default=Path())
    snapshots: Path = field(default=Path())
    data_version: str = ""  # nginx serves only snapshots/<data_version>/ (default: the data here now)

    def __post_init__(self) -> None:
        """Site and snapshots default to folders of the run directory, the version to that of data/."""
        if self.site == Path():
            object.__setattr__(self, "site", self.run_dir / "site")
        if self.snapshots == Path():
            object.__setattr__(self, "snapshots", self.run_dir / "snapshots")
        if not self.data_version:
            object.__setattr__(self, "data_version", data_version())

    @property
    def served_snapshots(self) -> Path:
        """The one folder of snapshots nginx serves: those built for this data version."""
        return self.snapshots / self.data_version

    @property
    def host(self) -> str:
        """The address nginx listens on."""
        return self.listen.rsplit(":", 1)[0]

    @property
    def port(self) -> int:
        """The port nginx listens on."""
        return int(self.listen.rsplit(":", 1)[1])

    @property
    def config_path(self) -> Path:
        """The rendered nginx.conf."""
        return self.run_dir / "nginx.conf"


def invoking_user() -> str:
    """User and group for nginx's workers when started as root ('' otherwise): the one running it.

    Started as root, nginx's workers run as nobody, who cannot read a private checkout or run directory
    (mode 0700, e.g. a clone in root's home) and answer 403 Forbidden on every page.
    """
    if os.geteuid() != 0:
        return ""
    return f"{pwd.getpwuid(os.geteuid()).pw_name} {grp.getgrgid(os.getegid()).gr_name}"


def render(front: Front) -> str:
    """nginx.conf for this front."""
    environment = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    return environment.from_string(TEMPLATE.read_text(encoding="utf-8")).render(
        **asdict(front), host=front.host, port=front.port, key_params=KEY_PARAMS
    )


def prepare_site(site: Path, compress: bool = True, source: Path = STREAMLIT_STATIC) -> bool:
    """Copy Streamlit's static files to site, cut its fonts and precompress (False if already done).

    The page is written again every time, so it always holds the app's current styles.
    """
    stamp = f"{streamlit.__version__} compressed={compress}"
    if (site / STAMP).is_file() and (site / STAMP).read_text(encoding="utf-8") == stamp:
        write_page(site, source)
        shutil.copy(TOO_MANY, site / TOO_MANY.name)
        return False
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(source, site)
    write_page(site, source)
    shutil.copy(TOO_MANY, site / TOO_MANY.name)
    blank_text_fonts(site)
    subset_icon_font(site)
    if compress:
        precompress(site / "static")
    (site / STAMP).write_text(stamp, encoding="utf-8")
    return True


def write_config(front: Front) -> Path:
    """Create the run directory's folders and write nginx.conf; return its path."""
    for name in RUN_DIRS:
        (front.run_dir / name).mkdir(parents=True, exist_ok=True)
    front.config_path.write_text(render(front), encoding="utf-8")
    return front.config_path


def nginx_command(front: Front, *extra: str) -> list[str]:
    """nginx with the run directory as prefix and this front's config (add -t to test it)."""
    return [NGINX, "-p", str(front.run_dir), "-c", str(front.config_path), "-e", "stderr", *extra]


def check_config(front: Front) -> subprocess.CompletedProcess:
    """`nginx -t` on the written config."""
    return subprocess.run(nginx_command(front, "-t"), capture_output=True, text=True, check=False)


def _listening(host: str, port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex((host, port)) == 0


@contextmanager
def nginx_running(front: Front) -> Iterator[subprocess.Popen]:
    """nginx in the foreground with this front's written config, listening; stopped on leaving."""
    process = subprocess.Popen(nginx_command(front, "-g", "daemon off;"))
    try:
        deadline = time.monotonic() + START_SECONDS
        while not _listening(front.host, front.port):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"nginx did not start; see {front.run_dir / 'logs'}")
            time.sleep(POLL_SECONDS)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=START_SECONDS)


def page_problem(front: Front, timeout: float = START_SECONDS) -> str:
    """What is wrong with GET / through nginx ('' when it answers 200 with the page and its snapshot)."""
    try:
        with urllib.request.urlopen(f"http://{front.listen}/", timeout=timeout) as answer:
            page = answer.read().decode("utf-8", errors="replace")
    except urllib.error.HTTPError as error:
        return (
            f"GET / through nginx answered {error.code}: can its workers read {front.site} and "
            f"{front.snapshots}? See {front.run_dir / 'logs' / 'nginx-error.log'}"
        )
    except OSError as error:
        return f"GET / through nginx failed: {error}"
    missing = [mark for mark in PAGE_MARKS if mark not in page]
    return f"GET / through nginx lacks {', '.join(missing)}" if missing else ""


def add_policy_options(parser: argparse.ArgumentParser) -> None:
    """The deployment's policy options, the same for `front.site` and `make serve`."""
    parser.add_argument(
        "--frame-ancestors", default="*", help="who may embed the app, e.g. \"'self' https://a.se\""
    )
    parser.add_argument(
        "--hsts", action="store_true", help="send Strict-Transport-Security (behind TLS only)"
    )
    parser.add_argument(
        "--real-ip-from", default="", help="comma-separated trusted proxies (address or CIDR)"
    )


def policy(options: argparse.Namespace) -> dict:
    """Front's policy fields from the parsed options."""
    return {
        "frame_ancestors": options.frame_ancestors,
        "hsts": options.hsts,
        "real_ip_from": tuple(filter(None, options.real_ip_from.split(","))),
    }


def main(argv: list[str]) -> int:
    """Prepare a front for a deployment: site (precompressed) and nginx.conf in --run-dir."""
    parser = argparse.ArgumentParser(description="Write the nginx front: its site and nginx.conf.")
    parser.add_argument("--run-dir", type=Path, required=True, help="nginx's prefix: config, site, logs")
    parser.add_argument("--listen", default="0.0.0.0:8080", help="address:port nginx listens on")
    parser.add_argument("--app-servers", required=True, help="comma-separated host:port of the app processes")
    parser.add_argument("--no-compress", action="store_true")
    add_policy_options(parser)
    options = parser.parse_args(argv)
    front = Front(
        options.run_dir.resolve(),
        options.listen,
        tuple(options.app_servers.split(",")),
        **policy(options),
    )
    prepare_site(front.site, not options.no_compress)
    sys.stdout.write(f"{write_config(front)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
