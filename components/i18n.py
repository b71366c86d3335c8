"""The reader's language: kept in a session key, mirrored to ?lang=, switched in the frame."""

from __future__ import annotations

import streamlit as st

from core.config import load_config
from core.text.i18n import text

LANG_KEY = "lang"
PICKER_KEY = "lang_picker"
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


def _store_choice() -> None:
    choice = st.session_state.get(PICKER_KEY)
    if choice:
        st.session_state[LANG_KEY] = choice
        st.query_params[QUERY_PARAM] = choice


def language_picker() -> None:
    """Two buttons, Svenska / English; the choice survives page switches and reloads."""
    st.segmented_control(
        t("frame.language"),
        options=list(load_config().languages),
        default=lang(),
        format_func=lambda code: text("frame.language_name", code),
        key=PICKER_KEY,
        on_change=_store_choice,
        required=True,
    )
