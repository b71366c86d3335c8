"""A local HTTP server on 127.0.0.1 answering like SCB, Kolada, SMHI and the Commission from the fixtures."""

import itertools
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from scripts.update.__main__ import main, settings

FIXTURES = Path(__file__).with_name("fixtures")
# SCB's real recorded responses are read where they are kept, never copied into the project.
RECORDINGS = Path(__file__).resolve().parents[3] / "shared" / "sources" / "scb-pxwebapi-v2-fixtures"


def load(name):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def recorded(name):
    """A real SCB response from shared/sources (skipped, saying why, where that folder is absent)."""
    path = RECORDINGS / name
    if not path.exists():
        pytest.skip(f"the recorded SCB response {path} is not on this machine (shared/sources is absent)")
    return json.loads(path.read_text(encoding="utf-8"))


def codes(dimension):
    index = dimension["category"]["index"]
    return sorted(index, key=index.__getitem__)


def metadata(full):
    """The metadata response of a table: its dataset less the values."""
    return {k: v for k, v in full.items() if k not in ("value", "status")}


def select(full, selection):
    """The json-stat2 answer to a data call: the cells of the selection, in the table's order."""
    ids = full["id"]
    axes = [codes(full["dimension"][d]) for d in ids]
    wanted = [selection.get(d, axes[i]) for i, d in enumerate(ids)]
    strides = [1] * len(ids)
    for i in range(len(ids) - 2, -1, -1):
        strides[i] = strides[i + 1] * len(axes[i + 1])
    out = json.loads(json.dumps(metadata(full)))
    out["size"], out["value"], out["status"] = [len(w) for w in wanted], [], {}
    for d, w in zip(ids, wanted, strict=True):
        cat = out["dimension"][d]["category"]
        cat["index"] = {c: i for i, c in enumerate(w)}
        cat["label"] = {c: cat["label"][c] for c in w}
    for n, cell in enumerate(itertools.product(*wanted)):
        position = sum(axes[i].index(c) * strides[i] for i, c in enumerate(cell))
        out["value"].append(full["value"][position])
        if str(position) in full.get("status", {}):
            out["status"][str(n)] = full["status"][str(position)]
    return out


class Server:
    """Routes: path -> list of answers, used in turn (the last one repeats). An answer is a function of the
    request body returning (status, headers, body bytes, bytes actually sent or None for all)."""

    def __init__(self):
        self.routes, self.requests, self.release = {}, [], threading.Event()
        handler = type("Handler", (_Handler,), {"server_state": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def route(self, path, *answers):
        self.routes[path] = list(answers)

    def answer(self, path, body):
        self.requests.append((path, body))
        answers = self.routes.get(path.split("?")[0])
        if not answers:
            return 404, {}, b'{"error": "not found"}', None
        return (answers.pop(0) if len(answers) > 1 else answers[0])(body)

    def close(self):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


class _Handler(BaseHTTPRequestHandler):
    server_state = None

    def log_message(self, *args):
        pass

    def _serve(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        status, headers, payload, sent = self.server_state.answer(self.path, body)
        if status is None:  # never answer: the client's timeout must fire
            self.server_state.release.wait(10)
            return
        self.send_response(status)
        for key, value in {"Content-Type": "application/json", **headers}.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload if sent is None else payload[:sent])
        if sent is not None:  # a truncated answer ends its connection at once, as a dropped one does
            self.close_connection = True
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)

    do_GET = _serve  # noqa: N815 (http.server names)
    do_POST = _serve  # noqa: N815 (http.server names)


def ok(document):
    return lambda _body: (200, {}, json.dumps(document, ensure_ascii=False).encode("utf-8"), None)


def data(full):
    def answer(body):
        selection = {s["variableCode"]: s["valueCodes"] for s in body["selection"]}
        return 200, {}, json.dumps(select(full, selection)).encode("utf-8"), None

    return answer


def status(code, headers=None):
    return lambda _body: (code, headers or {}, b'{"error": "try later"}', None)


def truncated(document):
    payload = json.dumps(document).encode("utf-8")
    return lambda _body: (200, {}, payload, len(payload) // 2)


def silent(_body):
    return None, {}, b"", None


TABLES = ("TAB3204", "TAB3785", "TAB5837", "TAB900")
PLACES = ["2080", "2104", "1780"]


def recorded_publisher():
    """A server answering every SCB and Kolada call as recorded; tests replace single routes."""
    srv = Server()
    srv.route("/scb/config", ok(load("config.json")))
    for table in TABLES:
        full = load(f"{table}_data.json")
        srv.route(f"/scb/tables/{table}/metadata", ok(metadata(full)))
        srv.route(f"/scb/tables/{table}/data", data(full))
    pages = [(FIXTURES / f"kolada_page{n}.json").read_text(encoding="utf-8") for n in (1, 2)]
    pages = [json.loads(page.replace("{BASE}", f"{srv.url}/kolada")) for page in pages]
    srv.route("/kolada/data/kpi/N02235,N02201/municipality/2080,2104,1780", ok(pages[0]), ok(pages[1]))
    return srv


def local_settings(srv):
    """config.yaml's update settings, pointed at the local server, with short timeouts.

    The read timeout leaves a busy machine's server thread time to answer (or to end a truncated answer), so
    only the test that never answers meets it.
    """
    conf = settings()
    conf["timeout_s"] = [1, 2]
    conf["scb"]["url"] = f"{srv.url}/scb"
    conf["kolada"]["url"] = f"{srv.url}/kolada"
    conf["kolada"]["per_page"] = 4
    conf["municipalities"] = PLACES
    return conf


def write_jobs(data_dir):
    """Write data_dir/jobs_municipality.csv and its metadata with the real refresh against the local server.

    The values are the fixtures' invented test values: for tests (and a look at the app) only, never data/.
    """
    srv = recorded_publisher()
    try:
        assert main(["--data-dir", str(data_dir), "--only", "scb"], local_settings(srv), lambda _s: None) == 0
    finally:
        srv.close()
    return data_dir / "jobs_municipality.csv"


def file(content):
    """A file download (an Excel workbook) as the publisher serves it."""
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return lambda _body: (200, {"Content-Type": kind}, content, None)


def truncated_file(content):
    """The first half of a file, with the whole file's Content-Length: the connection ends early."""
    return lambda _body: (200, {}, content, len(content) // 2)
