"""make serve: nginx in front of N app processes on 127.0.0.1; a process that dies is started again.

python -m front.stack [--port 8080] [--processes 2] [--run-dir run] [--no-compress]
nginx listens on --port, the app processes on the ports after it. Ctrl-C (or SIGTERM) stops everything.
Each app process's pid is in RUN_DIR/app-PORT.pid and its log in RUN_DIR/logs/app-PORT.log.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from core.data.loading import DATA_DIR
from core.data.package import content_hash
from front.local import HOST, healthy
from front.site import (
    ROOT,
    Front,
    add_policy_options,
    check_config,
    invoking_user,
    nginx_running,
    page_problem,
    policy,
    prepare_site,
    write_config,
)
from front.snapshots import build as build_snapshots

STARTUP_SECONDS = 120
POLL_SECONDS = 0.5
STOP_SECONDS = 15
DATA_CHANGED = 3  # exit code: data/ changed under the running stack


def say(line: str) -> None:
    """One line on stdout, at once."""
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def start_app(port: int, run_dir: Path) -> subprocess.Popen:
    """One app process (`streamlit run asgi.py`) on 127.0.0.1:port, logging to its own file."""
    command = [sys.executable, "-m", "streamlit", "run", "asgi.py", "--server.headless=true"]
    command += [f"--server.port={port}", f"--server.address={HOST}"]
    with (run_dir / "logs" / f"app-{port}.log").open("ab") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    (run_dir / f"app-{port}.pid").write_text(str(process.pid), encoding="utf-8")
    return process


def wait_healthy(urls: list[str]) -> None:
    """Wait until every URL's /_stcore/health answers ok."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while not all(healthy(url) for url in urls):
        if time.monotonic() > deadline:
            raise RuntimeError(f"not healthy after {STARTUP_SECONDS} s: {urls}")
        time.sleep(POLL_SECONDS)


def supervise(
    front: Front, apps: dict[int, subprocess.Popen], nginx: subprocess.Popen, data_dir: Path = DATA_DIR
) -> int:
    """Until stopped: start again any app process that exited, on the data the snapshots were built from.

    Returns 0 when nginx exits, DATA_CHANGED when data/ changed under a running stack: a process started now
    would read the new data and serve it beside the old snapshots, so the stack stops instead, and `make
    serve` (by hand or by its service manager) publishes the new data with its own snapshots.
    """
    while nginx.poll() is None:
        for port, process in apps.items():
            if process.poll() is None:
                continue
            now = content_hash(data_dir)
            if now != front.data_version:
                say(
                    f"app process on port {port} exited and data/ changed since the snapshots were built "
                    f"({front.data_version} -> {now}); stopping: start make serve again to publish it"
                )
                return DATA_CHANGED
            say(f"app process on port {port} exited ({process.returncode}); starting it again")
            apps[port] = start_app(port, front.run_dir)
        time.sleep(POLL_SECONDS)
    say(f"nginx exited with {nginx.returncode}; see {front.run_dir / 'logs' / 'nginx-error.log'}")
    return 0


def stop(processes: list[subprocess.Popen]) -> None:
    """Ask every process to stop, then kill what is still running."""
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()


def serve(front: Front, compress: bool) -> int:
    """Prepare the front, start the app processes and nginx, and supervise them until stopped."""
    started = time.perf_counter()
    if prepare_site(front.site, compress):
        say(f"prepared {front.site} in {time.perf_counter() - started:.1f} s")
    write_config(front)
    started = time.perf_counter()
    snapshots = build_snapshots(front.snapshots)
    size = sum(path.stat().st_size for path in snapshots) / 1e6
    say(f"wrote {len(snapshots)} snapshots ({size:.1f} MB) in {time.perf_counter() - started:.1f} s")
    checked = check_config(front)
    if checked.returncode:
        say(checked.stderr)
        return checked.returncode
    ports = [int(server.rsplit(":", 1)[1]) for server in front.app_servers]
    apps = {port: start_app(port, front.run_dir) for port in ports}
    try:
        wait_healthy([f"http://{HOST}:{port}" for port in ports])
        with nginx_running(front) as nginx:
            wait_healthy([f"http://{HOST}:{front.port}"])
            problem = page_problem(front)
            if problem:
                say(problem)
                return 1
            say(f"Industrikartan on http://{HOST}:{front.port}/ ({len(apps)} app processes; Ctrl-C stops)")
            return supervise(front, apps, nginx)
    except KeyboardInterrupt:
        say("stopping")
    finally:
        stop(list(apps.values()))
    return 0


def main(argv: list[str]) -> int:
    """Parse the options (defaults from SERVE_PORT, SERVE_PROCESSES) and serve."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("SERVE_PORT", "8080")))
    parser.add_argument("--processes", type=int, default=int(os.environ.get("SERVE_PROCESSES", "2")))
    parser.add_argument("--run-dir", type=Path, default=ROOT / "run")
    parser.add_argument("--no-compress", action="store_true", help="skip precompressing (quick local runs)")
    add_policy_options(parser)
    options = parser.parse_args(argv)
    servers = tuple(f"{HOST}:{options.port + n}" for n in range(1, options.processes + 1))
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    front = Front(
        options.run_dir.resolve(), f"{HOST}:{options.port}", servers, user=invoking_user(), **policy(options)
    )
    return serve(front, not options.no_compress)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
