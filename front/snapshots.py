"""Static snapshots of each page's default view, shown by the front before Streamlit's scripts have run.

Each page runs once per language in Streamlit's AppTest, so the snapshot holds exactly what the app draws
with its own builders: the title, cards, sentences, and maps and charts as inline SVG with their legends.
Widgets are drawn as their labels and current values; scripts are left out, and the code of the page's kinds
of element is listed for front/load_app.js to fetch with Streamlit's own. The front includes the file
before the element Streamlit renders into (front/nginx.conf.j2), hides the app until it has drawn its first
run, and then removes the snapshot, so a reader never sees a blank page. Run at deploy time, after the data:
`python -m front.snapshots DIR`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from html import escape
from pathlib import Path

from streamlit.testing.v1 import AppTest

from core.config import load_config
from core.data.package import data_version
from core.present import links
from core.text.i18n import text
from front.page import page_code

ROOT = Path(__file__).resolve().parents[1]
PAGES = {page.key: page.script for page in links.PAGES}  # menu order
STYLES = ROOT / "components" / "styles"
SNAPSHOT_CSS = ROOT / "front" / "snapshot.css"
SNAPSHOT_JS = ROOT / "front" / "snapshot.js"
TIMEOUT = 120
# Outside the snapshot's shadow root: where it sits, and the app kept hidden under it until it has drawn.
PAGE_CSS = (
    "html.ik-snapshot-on #root { visibility: hidden; transform: translateX(-200vw); }"
    "#ik-snapshot { position: absolute; inset: 0 0 auto 0; z-index: 2147483647; min-height: 100vh; }"
)
FIGURE_DATA = re.compile(r'<script type="application/json" id="ik-data-[^"]+">(.*?)</script>', re.S)
SCRIPTS = re.compile(r"<script\b.*?</script>", re.S)
FIGURE_IDS = re.compile(r' id="(ik-(?:fig|after)-)')
CANVAS = re.compile(r'(<div class="ik-canvas"[^>]*>)</div>')
BAR_KEY = "-ik_bar"  # the row of menu, share and language buttons at the top of every page
HEADINGS = {"title": "h1", "header": "h2", "subheader": "h3"}
BOLD = re.compile(r"\*\*(.+?)\*\*")
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def inline(markdown: str) -> str:
    """Escaped text with the little Markdown the app writes: **bold** and [links](url)."""
    shown = BOLD.sub(r"<strong>\1</strong>", escape(markdown, quote=False))
    return LINK.sub(lambda m: f'<a href="{escape(m.group(2), quote=True)}">{m.group(1)}</a>', shown)


def markdown_html(markdown: str) -> str:
    """Paragraphs and bulleted lists, as the app's Markdown elements write them."""
    blocks = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        lines = block.splitlines()
        if all(line.startswith("- ") for line in lines):
            blocks.append("<ul>" + "".join(f"<li>{inline(line[2:])}</li>" for line in lines) + "</ul>")
        elif lines and lines[0].startswith("#"):
            level = min(len(lines[0]) - len(lines[0].lstrip("#")) + 1, 4)
            blocks.append(
                f"<h{level}>{inline(lines[0].lstrip('# '))}</h{level}>{inline(' '.join(lines[1:]))}"
            )
        else:
            blocks.append(f"<p>{inline(' '.join(lines))}</p>")
    return "".join(blocks)


def figure_html(markup: str) -> str:
    """A figure with its picture put in place from its data (its legend is in the markup), and no script."""
    found = FIGURE_DATA.search(markup)
    if found:
        data = json.loads(found.group(1))
        markup = CANVAS.sub(lambda m: m.group(1) + data["svg"] + "</div>", markup)
    # The app's figure script finds its figure by id: the snapshot's copy must not carry the same one.
    return FIGURE_IDS.sub(r' data-snapshot-of="\1', SCRIPTS.sub("", markup))


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


def render(page: str, lang: str, version: str) -> str:
    """The snapshot of one page's default view in one language, ready for the front to include."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    app.session_state["lang"] = lang
    app.run()
    if page != "overview":
        app.switch_page(PAGES[page])
        app.run()
    if app.exception:
        raise RuntimeError(f"{page} ({lang}) failed: {app.exception}")
    body = block_html(app.main)
    code = json.dumps(page_code(element_types(app.main) | element_types(app.sidebar)))
    sheets = (STYLES / "base.css", STYLES / "icons.css", SNAPSHOT_CSS)
    styles = "".join(path.read_text(encoding="utf-8") for path in sheets)
    return (
        f"<style>{PAGE_CSS}</style>"
        f'<div id="ik-snapshot" lang="{lang}" data-version="{version}">'
        f'<template shadowrootmode="open"><style>{styles}</style><div class="snap">{_navigation(lang)}'
        f'<main class="snap-main">{body}</main></div></template></div>'
        f"<script>{SNAPSHOT_JS.read_text(encoding='utf-8')}</script>"
        f'<script type="application/json" id="ik-page-code">{code}</script>'
    )


def build(target: Path, pages: tuple[str, ...] = tuple(PAGES)) -> list[Path]:
    """Write these pages' snapshots (default: every page's) in every language to target/<page>.<lang>.html."""
    target.mkdir(parents=True, exist_ok=True)
    version = data_version()
    written = []
    for page in pages:
        for lang in load_config().languages:
            path = target / f"{page}.{lang}.html"
            path.write_text(render(page, lang, version), encoding="utf-8")
            written.append(path)
    return written


def main(argv: list[str]) -> int:
    """Build the snapshots into the folder given (the front's run/snapshots)."""
    parser = argparse.ArgumentParser(description="Write each page's static snapshot for the front.")
    parser.add_argument("target", type=Path)
    for path in build(parser.parse_args(argv).target):
        sys.stdout.write(f"{path} {path.stat().st_size} bytes\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
