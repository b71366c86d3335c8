"""The top-right bar (pages, share, language, leave) and presentation mode's menus of pages and choices."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from html import escape
from pathlib import Path

import streamlit as st

from components.shell import share, talk
from components.shell.i18n import lang, language_switch, t

HERE = Path(__file__).resolve().parent
# Always on the page: the bar's and share popover's styles, print styles (plain HTML, drawn with the page's
# first elements), and a script that measures the top-right controls (--ik-bar-w), the room they need beside
# the title (--ik-title-pad), the talk bar's height (--ik-talk-h) and, in presentation mode, each figure's
# height to fill the first screen (--ik-fit).
STYLES = "".join(
    f"<style>{(HERE.parent / 'styles' / name).read_text(encoding='utf-8')}</style>"
    for name in ("share.css", "print.css", "icons.css")
)
MEASURES = f"<script>{(HERE / 'bar.js').read_text(encoding='utf-8')}</script>"
# On a phone: a word button that opens the side menu through Streamlit's own (hidden) arrow button.
MENU_SCRIPT = f"<script>{(HERE / 'present_menu.js').read_text(encoding='utf-8')}</script>"
EMBED_CSS = (
    '<style>[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"] { display: none; }</style>'
)


def pages_menu(pages: tuple[tuple[str, str, str], ...], present: Callable[[], None]) -> None:
    """'Pages': every page as a link that stays in presentation mode and the language, and the talks."""
    with st.popover(t("present.pages"), icon=":material/menu:", key="page_menu"):
        for path, key, icon in pages:
            st.page_link(
                path, label=t(f"nav.{key}"), icon=icon, query_params={"lang": lang(), "present": "true"}
            )
        talk.start_buttons(present, "pages")


def top_bar(
    page_key: str,
    presenting: bool,
    pages: tuple[tuple[str, str, str], ...],
    present: Callable[[], None],
    leave: Callable[[], None],
) -> None:
    """Share and language at the top right; in presentation mode also the pages and the way out."""
    with st.container(horizontal=True, horizontal_alignment="right", gap="small", key="ik_bar"):
        if presenting:
            pages_menu(pages, present)
        else:
            menu = f'<button type="button" class="ik-menu">{escape(t("frame.menu"))}</button>'
            st.html(menu + MENU_SCRIPT, unsafe_allow_javascript=True)
        share.share_popover(page_key, presenting)
        language_switch()
        if presenting:
            st.button(
                t("frame.present_exit"),
                on_click=leave,
                key="present_exit",
                icon=":material/close_fullscreen:",
                help=t("frame.present_exit"),
            )
    if st.context.is_embedded:  # ?embed=true: the view alone, without the side menu
        st.html(EMBED_CSS)


@contextmanager
def view_controls(presenting: bool) -> Iterator[None]:
    """A page's choices: in presentation mode folded into one 'Choose view' button at the top right."""
    if not presenting:
        yield
        return
    with st.popover(t("map.change_view"), key="view_controls"):
        yield
