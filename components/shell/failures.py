"""Failures a visitor can live with: a notice instead of a traceback, the details in the server log."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from html import escape

import streamlit as st
from streamlit.logger import get_logger

from components.shell.i18n import LANG_KEY, QUERY_PARAM
from core.data.errors import DataError
from core.text.i18n import strings, text

LOGGER = get_logger("industrikartan")
OVERVIEW = "./"  # relative to any page path: the overview at the app's root


@cache
def _log_once(message: str) -> None:
    """Log a data problem once per process, not on every visitor's rerun."""
    LOGGER.error("A page section is unavailable: %s", message)


@contextmanager
def data_section() -> Iterator[None]:
    """A part of a page that needs data: if a data file is broken, it says so and the page goes on."""
    holder = st.empty()
    try:
        with holder.container():
            yield
    except DataError as error:
        _log_once(str(error))
        holder.warning(text("failure.section", _language()), icon=":material/info:")


def _language() -> str:
    """The reader's language, found without config.yaml (which may be what failed)."""
    known = strings()["failure.page"]
    for wanted in (st.session_state.get(LANG_KEY), st.query_params.get(QUERY_PARAM)):
        if wanted in known:
            return wanted
    return next(iter(known))


def page_failed(error: Exception) -> bool:
    """Streamlit's on_script_error hook: a short message and a way back instead of the traceback.

    Streamlit has already written the traceback to the server log; returning True hides its own box.
    The link is plain HTML, so it opens the overview in the same tab (Markdown links open a new one).
    """
    code = _language()
    st.error(text("failure.page", code), icon=":material/error:")
    st.html(f'<p><a href="{OVERVIEW}?{QUERY_PARAM}={code}">{escape(text("failure.back", code))}</a></p>')
    return True
