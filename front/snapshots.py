"""Static snapshots of the views people open and link to, shown by the front before Streamlit's scripts run.

Each view (front/views.py) runs once per language in Streamlit's AppTest, so the snapshot holds exactly what
the app draws with its own builders: title, cards, sentences, maps and charts as inline SVG with legends.
Widgets are drawn as their labels and values; scripts are left out, and the code of the page's kinds of
element is listed for front/load_app.js. The front includes the file before the element Streamlit renders
into (front/nginx.conf.j2), hides the app until it has drawn its first run, then removes the snapshot. Each
page also gets a frame (menu and title) for its other views. Run at deploy time, after the data, into a
folder named by the data version: `python -m front.snapshots DIR`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import multiprocessing
import re
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from html import escape
from pathlib import Path

from streamlit.testing.v1 import AppTest

from core.config import load_config
from core.data.package import data_version
from core.present import links
from core.text.i18n import text
from core.text.markdown import inline, markdown_html
from front.page import page_code
from front.views import FRAME, View, linked_views, page_views

ROOT = Path(__file__).resolve().parents[1]
PAGES = {page.key: page.script for page in links.PAGES}  # menu order
STYLES = ROOT / "components" / "styles"
SNAPSHOT_CSS, SNAPSHOT_JS = ROOT / "front" / "snapshot.css", ROOT / "front" / "snapshot.js"
TIMEOUT = 120
PROCESSES = 2
# Outside the shadow root: where the snapshot sits; the app under it, hidden and laid out only where asked.
PAGE_CSS = (
    "html.ik-snapshot-on #root { visibility: hidden; transform: translateX(-200vw); }"
    "html.ik-snapshot-on #root > * { content-visibility: auto; }"
    "#ik-snapshot { position: absolute; inset: 0 0 auto 0; z-index: 2147483647; min-height: 100vh; }"
)
FIGURE_DATA = re.compile(r'<script type="application/json" id="ik-data-[^"]+">(.*?)</script>', re.S)
SCRIPTS = re.compile(r"<script\b.*?</script>", re.S)
FIGURE_IDS = re.compile(r' id="(ik-(?:fig|after)-)')
CANVAS = re.compile(r'(<div class="ik-canvas"[^>]*>)</div>')
# What a snapshot never shows, left out of its bytes: a picture's legend band (drawn outside its view, for
# downloads) and names (the app's script fits them), and the tables behind a closed "show as a table".
UNSEEN = re.compile(r'<g class="ik-(?:legend-band|labels)"[^>]*>.*?</g>', re.S)
CLOSED_TABLE = re.compile(r'<details class="ik-details" data-ik-later="[^"]*">')
BAR_KEY = "-ik_bar"  # the row of menu, share and language buttons at the top of every page
HEADINGS = {"title": "h1", "header": "h2", "subheader": "h3"}


def figure_html(markup: str) -> str:
    """A figure with its picture put in place from its data (its legend is in the markup), and no script."""
    found = FIGURE_DATA.search(markup)
    if found:
        data = json.loads(found.group(1))
        markup = CANVAS.sub(lambda m: m.group(1) + UNSEEN.sub("", data["svg"]) + "</div>", markup)
    markup = CLOSED_TABLE.sub('<details class="ik-details">', SCRIPTS.sub("", markup))
    # The app's figure script finds its figure by id: the snapshot's copy must not carry the same one.
    return FIGURE_IDS.sub(r' data-snapshot-of="\1', markup)


def _labelled(label: str, content: str, kind: str = "snap-widget") -> str:
    return f'<div class="{kind}"><p class="snap-label">{label}</p>{content}</div>'


def _widget(node: object) -> str:
    """A selectbox or a group of buttons as its label and options, the chosen ones marked."""
    label = escape(node.proto.label)
    if node.type == "button_group":
        chosen = set(node.proto.default)  # a default view: what the page starts with
        pills = "".join(
            f'<span class="snap-pill{" snap-on" if i in chosen else ""}">{escape(option.content)}</span>'
            for i, option in enumerate(node.proto.options)
        )
        return _labelled(label, f"<div>{pills}</div>", "snap-widget snap-choices")
    shown = escape(node.proto.options[node.proto.default]) if node.proto.options else ""
    return _labelled(label, f'<div class="snap-box">{shown}</div>')


def element_html(node: object) -> str:  # noqa: C901 - one branch per kind of element the pages draw
    """One element of the page as static HTML ('' for what a snapshot leaves out)."""
    kind = getattr(node, "type", "")
    if kind in HEADINGS:
        return f"<{HEADINGS[kind]}>{escape(node.value)}</{HEADINGS[kind]}>"
    if kind == "markdown":
        return markdown_html(node.value)
    if kind == "caption":
        return f'<p class="ik-note">{inline(node.value)}</p>'
    if kind == "html":
        return f'<div class="stHtml">{figure_html(node.value)}</div>'
    if kind in {"alert", "info", "warning"}:
        return f'<div class="snap-notice">{inline(str(node.value))}</div>'
    if kind == "page_link":
        return f'<p><a href="{escape(node.proto.page, quote=True)}">{escape(node.proto.label)}</a></p>'
    if kind in {"selectbox", "button_group"}:
        return _widget(node)
    if kind == "popover":  # closed: its button, not its content
        return f'<span class="snap-button">{escape(node.proto.popover.label)}</span>'
    if kind == "button":
        return f'<span class="snap-link">{escape(node.proto.label)}</span>'
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        return block_html(node)
    return ""


def block_html(node: object) -> str:
    """A block of elements: columns side by side (stacked on a phone), anything else in order."""
    children = list(node.children.values())
    inner = "".join(element_html(child) for child in children)
    if str(getattr(getattr(node, "proto", None), "id", "")).endswith(BAR_KEY):
        return f'<div class="snap-bar">{inner}</div>'
    if getattr(node, "type", "") == "horizontal" or any(getattr(c, "type", "") == "column" for c in children):
        return f'<div class="snap-columns">{inner}</div>'
    if getattr(node, "type", "") == "column":
        weight = node.proto.weight or 1
        return f'<div class="snap-column" style="flex:{weight:g}">{inner}</div>'
    return inner


def _navigation(lang: str) -> str:
    """The side menu's app name and page links, as on a desktop."""
    links = []
    for key in PAGES:
        path = "./" if key == "overview" else key
        links.append(f'<li><a href="{path}?lang={lang}">{escape(text(f"nav.{key}", lang))}</a></li>')
    name = escape(text("frame.app_name", lang))
    return f'<nav class="snap-nav"><p><strong>{name}</strong></p><ul>{"".join(links)}</ul></nav>'


def element_types(node: object) -> set[str]:
    """Every kind of element in a block and the blocks inside it, as AppTest names them ("text_input")."""
    found = {getattr(node, "type", "")}
    children = getattr(node, "children", None)
    for child in children.values() if isinstance(children, dict) else ():
        found |= element_types(child)
    return found - {""}


def _snapshot(lang: str, version: str, body: str, code: list[str]) -> str:
    """A snapshot around body (the page's main column), with its styles, menu, script and code list."""
    sheets = (STYLES / "base.css", STYLES / "icons.css", SNAPSHOT_CSS)
    styles = "".join(path.read_text(encoding="utf-8") for path in sheets)
    return (
        f"<style>{PAGE_CSS}</style>"
        f'<div id="ik-snapshot" lang="{lang}" data-version="{version}">'
        f'<template shadowrootmode="open"><style>{styles}</style><div class="snap">{_navigation(lang)}'
        f'<main class="snap-main">{body}</main></div></template></div>'
        f"<script>{SNAPSHOT_JS.read_text(encoding='utf-8')}</script>"
        f'<script type="application/json" id="ik-page-code">{json.dumps(code)}</script>'
    )


def render(page: str, lang: str, version: str, query: tuple[tuple[str, str], ...] = ()) -> str:
    """The snapshot of one view (a page and its link's parameters; none: its default view) in one language,
    ready for the front to include."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    app.session_state["lang"] = lang
    if page != "overview":
        app.run()
        app.switch_page(PAGES[page])
    app.query_params.update(dict(query))
    app.run()
    if app.exception:
        raise RuntimeError(f"{page} {query} ({lang}) failed: {app.exception}")
    code = page_code(element_types(app.main) | element_types(app.sidebar))
    return _snapshot(lang, version, block_html(app.main), code)


def render_frame(page: str, lang: str, version: str) -> str:
    """A page's frame for any of its views without a snapshot: menu and title, no figure of any view."""
    return _snapshot(lang, version, f"<h1>{escape(text(f'{page}.title', lang))}</h1>", [])


def _render_file(job: tuple[View | None, str, str, str]) -> tuple[str, str]:
    view, page, lang, version = job
    if view is None:
        return f"{page}.{FRAME}.{lang}.html", render_frame(page, lang, version)
    return view.file_name(lang), render(view.page, lang, version, view.query)


def build(target: Path, views: list[View] | None = None, processes: int = PROCESSES) -> list[Path]:
    """Write the views' snapshots (default: every page's default view and every linked view) and every page's
    frame, in every language, to target/<data version>/ (nginx's config names it); other versions' go."""
    version = data_version()
    folder = target / version
    for old in target.glob("*/"):
        if old.name != version:
            shutil.rmtree(old)
    folder.mkdir(parents=True, exist_ok=True)
    languages = load_config().languages
    views = page_views() + linked_views() if views is None else views
    jobs = [(None, page, lang, version) for page in PAGES for lang in languages]
    jobs += [(view, view.page, lang, version) for view in views for lang in languages]
    written = []
    # spawn: each worker imports the app afresh (no fork of a process with threads); 2 workers on 2 cores.
    # The job by its module's name: AppTest replaces a worker's __main__ (python -m front.snapshots).
    job = importlib.import_module("front.snapshots")._render_file
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        for name, html in pool.map(job, jobs):
            (folder / name).write_text(html, encoding="utf-8")
            written.append(folder / name)
    return written


def main(argv: list[str]) -> int:
    """Build the snapshots into the folder given (the front's run/snapshots)."""
    parser = argparse.ArgumentParser(description="Write each page's static snapshot for the front.")
    parser.add_argument("target", type=Path)
    parser.add_argument("--processes", type=int, default=PROCESSES, help="renders at once (default 2)")
    options = parser.parse_args(argv)
    started = time.perf_counter()
    written = build(options.target, processes=options.processes)
    size = sum(path.stat().st_size for path in written)
    seconds = time.perf_counter() - started
    sys.stdout.write(f"{len(written)} snapshots, {size / 1e6:.1f} MB, {seconds:.0f} s: {written[0].parent}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
