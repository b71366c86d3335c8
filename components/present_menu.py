"""Presentation mode's top-right menus: the pages (keeping the mode and language) and a page's choices."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import streamlit as st

from components import talk
from components.i18n import lang, t


def pages_menu(pages: tuple[tuple[str, str, str], ...], present: Callable[[], None]) -> None:
    """'Pages': every page as a link that stays in presentation mode and the language, and the talks."""
    with st.popover(t("present.pages"), icon=":material/menu:", key="page_menu"):
        for path, key, icon in pages:
            st.page_link(
                path, label=t(f"nav.{key}"), icon=icon, query_params={"lang": lang(), "present": "true"}
            )
        talk.start_buttons(present, "pages")


@contextmanager
def view_controls(presenting: bool) -> Iterator[None]:
    """A page's choices: in presentation mode folded into one 'Choose view' button at the top right."""
    if not presenting:
        yield
        return
    with st.popover(t("map.change_view"), key="view_controls"):
        yield
