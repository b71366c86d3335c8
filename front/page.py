"""Streamlit's one page, rewritten for the front: snapshot hook, the app's styles, Streamlit's code late."""

from __future__ import annotations

import json
import re
from pathlib import Path

import streamlit

ROOT = Path(__file__).resolve().parents[1]
STREAMLIT_STATIC = Path(streamlit.__file__).parent / "static"
ROOT_DIV = '<div id="root"></div>'
# Server-side include in the one page Streamlit serves: the snapshot of the view asked for (nginx's $ik_page,
# $ik_view and $ik_lang; else the page's frame; else nothing), before the element Streamlit renders into, so
# the app's first render cannot wipe it.
SNAPSHOT_HOOK = (
    '<!--# block name="ik_none" --><!--# endblock -->'
    '<!--# include virtual="/_snapshot/${ik_page}${ik_view}.${ik_lang}.html" stub="ik_none" -->'
    '<div id="root"></div>'
)
# Streamlit's page preloads its own font; the app's theme uses the reader's system font instead.
FONT_PRELOAD = re.compile(r'\s*<link\s+rel="preload"[^>]*SourceSans[^>]*/>')
# The app's own styles, in the page's head so they hold from Streamlit's first frame (the app adds them too,
# for a server without this front, but Streamlit draws them only after the page's first elements).
PAGE_STYLES = tuple(
    ROOT / "components" / "styles" / f"{name}.css" for name in ("base", "share", "print", "icons")
)
# Streamlit loads each kind of element's code when the first such element arrives, so the page draws it a
# moment later and moves what follows. The kinds every page shows are fetched with the page instead.
EVERY_PAGE = ("Html", "PageLink", "ButtonGroup", "Button")
LAZY_IMPORT = re.compile(r"import\(`\./(?P<kind>\w+)\.[\w-]+\.js`\),__vite__mapDeps\(\[(?P<deps>[\d,]*)\]\)")
CODE_DIR = "./static/js/"
STYLE_DIR = "./static/css/"
MAIN_BUNDLE = re.compile(
    r'\s*<script type="module" crossorigin src="\./static/js/(index\.[\w-]+\.js)"></script>'
)
STYLESHEET = re.compile(r'\s*<link rel="stylesheet" crossorigin href="\./static/css/([\w.-]+\.css)">')
MODULE_PRELOAD = re.compile(r'\s*<link rel="modulepreload" crossorigin href="\./static/js/([\w.-]+\.js)">')
APP_LOADER = ROOT / "front" / "load_app.js"
CHUNK_FILES = re.compile(r"m\.f=\[(?P<files>[^\]]*)\]")


def element_chunks(bundle: str, kinds: tuple[str, ...]) -> list[str]:
    """The files (x.js) Streamlit's main bundle loads for these kinds of element, with their imports."""
    files = CHUNK_FILES.search(bundle)
    if not files:
        return []
    names = [name.strip('"').removeprefix("./") for name in files.group("files").split(",")]
    chunks = []
    for found in LAZY_IMPORT.finditer(bundle):
        if found.group("kind") in kinds:
            deps = [names[int(i)] for i in found.group("deps").split(",") if i]
            chunks += [name for name in deps if name not in chunks]
    return chunks


def main_bundle(source: Path = STREAMLIT_STATIC) -> tuple[str, str]:
    """The name and text of Streamlit's main script."""
    entry = MAIN_BUNDLE.search((source / "index.html").read_text(encoding="utf-8"))
    if not entry:
        raise RuntimeError(f"Streamlit's index.html has no main script: update MAIN_BUNDLE in {__file__}")
    return entry.group(1), (source / "static" / "js" / entry.group(1)).read_text(encoding="utf-8")


def page_code(element_types: set[str], source: Path = STREAMLIT_STATIC) -> list[str]:
    """The files (x.js) of Streamlit's code for these kinds of element, named as AppTest names them
    ("text_input"), with their imports: a page's snapshot lists them so they come with Streamlit's own."""
    _, bundle = main_bundle(source)
    kinds = {found.group("kind").lower(): found.group("kind") for found in LAZY_IMPORT.finditer(bundle)}
    wanted = tuple(kinds[name] for name in (t.replace("_", "") for t in element_types) if name in kinds)
    return element_chunks(bundle, wanted)


def write_page(site: Path, source: Path = STREAMLIT_STATIC) -> None:
    """Streamlit's one page with the snapshot hook, the app's styles, no preload of Streamlit's font, and
    Streamlit's styles and code (with that of the elements every page shows) asked for once the snapshot is
    painted: the snapshot needs neither, so nothing delays it. Only the main script is fetched at once."""
    page = (source / "index.html").read_text(encoding="utf-8")
    if ROOT_DIV not in page:
        raise RuntimeError(f"Streamlit's index.html has no {ROOT_DIV}: update SNAPSHOT_HOOK in {__file__}")
    entry, bundle = main_bundle(source)
    sheets = STYLESHEET.findall(page)
    preloads = MODULE_PRELOAD.findall(page)
    preloads += [name for name in element_chunks(bundle, EVERY_PAGE) if name not in preloads]
    code = json.dumps(
        {"dir": CODE_DIR, "entry": entry, "preload": preloads, "styles": STYLE_DIR, "sheets": sheets}
    )
    loader = (
        f'<script type="application/json" id="ik-app-code">{code}</script>'
        f"<script>{APP_LOADER.read_text(encoding='utf-8')}</script>"
    )
    for tags in (FONT_PRELOAD, MAIN_BUNDLE, MODULE_PRELOAD, STYLESHEET):
        page = tags.sub("", page)
    page = page.replace(ROOT_DIV, SNAPSHOT_HOOK + loader)
    styles = "".join(f"<style>{path.read_text(encoding='utf-8')}</style>" for path in PAGE_STYLES)
    # Streamlit's main script alone starts with the page, yielding to it: it is the largest file and the app
    # draws about half a second sooner on a slow line than if it too waited for the snapshot's paint.
    early = f'<link rel="modulepreload" fetchpriority="low" crossorigin href="{CODE_DIR}{entry}">'
    (site / "index.html").write_text(page.replace("</head>", f"{early}{styles}</head>"), encoding="utf-8")
