"""An unknown path (/nonexistent): a notice in the reader's language with a way back, on the overview.

Streamlit runs the overview for a path that names no page and says so in English in a dialog; the served
app (server/paths.py) sends such paths to /?notfound=1 first. notfound.js closes Streamlit's dialog.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from urllib.parse import urlsplit

import streamlit as st

from components.shell.i18n import t
from core.present import links

NOT_FOUND_SCRIPT = (Path(__file__).resolve().parent / "notfound.js").read_text(encoding="utf-8")


def _asked_for_no_page() -> bool:
    """The reader followed a path that names no page: ?notfound=1 from the served app, or the path itself.

    Under `streamlit run app.py` nothing redirects, so Streamlit runs the overview for /nonexistent; the
    browser's address (st.context.url) still names the path.
    """
    if st.query_params.get(links.NOT_FOUND) is not None:
        return True
    return links.names_no_page(urlsplit(st.context.url or "").path)


def _notice(code: str, presenting: bool) -> None:
    """Say, in the reader's language and without repeating the path, that the page does not exist."""
    home = escape("./" + links.href("", code, presenting), quote=True)
    link = f'<a href="{home}" target="_self">{escape(t("notfound.link"))}</a>'
    st.html(
        f'<div class="ik-notfound" role="status"><p><strong>{escape(t("notfound.title"))}</strong> '
        f"{escape(t('notfound.text'))} {link}</p></div><script>{NOT_FOUND_SCRIPT}</script>",
        unsafe_allow_javascript=True,
    )


def notice_if_asked(code: str, presenting: bool) -> None:
    """On the overview: the notice when the reader followed a path that names no page."""
    if _asked_for_no_page():
        _notice(code, presenting)
