"""The reader's language: kept in a session key, mirrored to ?lang=, switched in the frame."""

from __future__ import annotations

import streamlit as st

from core.config import load_config
from core.text.i18n import text

LANG_KEY = "lang"
QUERY_PARAM = "lang"


def init_language() -> str:
    """Take the language from the session, else from ?lang=, else the default; mirror it to the URL."""
    config = load_config()
    if st.session_state.get(LANG_KEY) not in config.languages:
        wanted = st.query_params.get(QUERY_PARAM)
        st.session_state[LANG_KEY] = wanted if wanted in config.languages else config.default_language
    st.query_params[QUERY_PARAM] = st.session_state[LANG_KEY]
    return st.session_state[LANG_KEY]


def lang() -> str:
    """The current language code."""
    return st.session_state.get(LANG_KEY) or load_config().default_language


def t(key: str, **fmt: object) -> str:
    """The UI string for key in the current language."""
    return text(key, lang(), **fmt)


def _switch_to(code: str) -> None:
    st.session_state[LANG_KEY] = code
    st.query_params[QUERY_PARAM] = code


def language_switch() -> None:
    """One button naming the other language in that language ("English" / "Svenska"), top of the page."""
    other = next(code for code in load_config().languages if code != lang())
    st.button(
        text("frame.language_name", other),
        key="lang_switch",
        type="tertiary",
        on_click=_switch_to,
        args=(other,),
    )
