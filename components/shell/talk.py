"""Talks in presentation mode: each step opens its view; previous/next buttons, a clicker's keys, 'n / N'."""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from pathlib import Path

import streamlit as st

from components.shell.i18n import lang, t
from core.data.errors import DataError
from core.present import links
from core.present.talks import Talk, TalkError, load_talks
from core.text.i18n import bilingual

TALK, STEP = "talk", "step"
SHOWN = "talk_shown"  # (talk id, step) whose view this session opened last
LOG = logging.getLogger(__name__)
# A clicker's keys (PageDown/PageUp, arrows, space) press next/previous, except in a form field or the map.
KEYS_SCRIPT = f"<script>{(Path(__file__).resolve().parent / 'talk.js').read_text(encoding='utf-8')}</script>"


@st.cache_data(show_spinner=False)
def talks() -> dict[str, Talk]:
    """The talks in content/talks checked against the data; none (logged) if a talk or data file is broken."""
    try:
        return load_talks()
    except (TalkError, DataError) as error:
        LOG.warning("talks not offered: %s", error)
        return {}


def _step(total: int) -> int:
    raw = st.query_params.get(STEP) or "1"
    return min(max(int(raw), 1), total) if raw.isdigit() else 1


def _open(talk: Talk, step: int) -> None:
    """Go to the step's view in this session; the view's choices replace those the widgets remember."""
    view = talk.views[step - 1]
    for page in links.PAGES:
        for name in page.params:
            st.session_state.pop(name, None)
    frame = [("lang", lang()), ("present", "true"), (TALK, talk.id), (STEP, str(step))]
    st.switch_page(view.page.script, query_params=links.grouped([*view.query, *frame]))


def _go(step: int) -> None:
    st.query_params[STEP] = str(step)


def _bar(talk: Talk, step: int) -> None:
    view, total = talk.views[step - 1], len(talk.views)
    count = f'<span class="ik-talk-count" title="{escape(t("present.step", step=step, total=total))}">'
    text = (
        f'<div class="ik-talk"><p class="ik-talk-title">{count}{step} / {total}</span> '
        f"{escape(bilingual(view.title, lang()))}</p>"
        f'<p class="ik-talk-note">{escape(bilingual(view.note, lang()))}</p></div>'
    )
    with st.container(horizontal=True, vertical_alignment="center", gap="medium", key="talk_bar"):
        st.button(
            t("present.previous"),
            key="talk_prev",
            on_click=_go,
            args=(step - 1,),
            disabled=step == 1,
            help=t("present.keys"),
        )
        st.html(text + KEYS_SCRIPT, unsafe_allow_javascript=True)
        st.button(
            t("present.next"),
            key="talk_next",
            on_click=_go,
            args=(step + 1,),
            disabled=step == total,
            help=t("present.keys"),
        )


def follow() -> None:
    """With ?talk= in presentation mode: open the step's view when the step changed, then show the bar."""
    talk = talks().get(st.query_params.get(TALK) or "")
    if talk is None:
        return
    step = _step(len(talk.views))
    if st.session_state.get(SHOWN) != (talk.id, step):
        st.session_state[SHOWN] = (talk.id, step)
        _open(talk, step)
    _bar(talk, step)


def _start(talk_id: str, present: Callable[[], None]) -> None:
    st.query_params.update({TALK: talk_id, STEP: "1", "present": "true"})
    present()
    st.session_state.pop(SHOWN, None)


def start_buttons(present: Callable[[], None], place: str) -> None:
    """One button per talk that starts it at its first view in presentation mode; place keeps keys apart."""
    for talk in talks().values():
        st.button(
            t("present.talk_start", title=bilingual(talk.title, lang())),
            key=f"talk_start_{place}_{talk.id}",
            on_click=_start,
            args=(talk.id, present),
        )


def stop() -> None:
    """Leave the talk (with presentation mode): drop its place from the link."""
    for key in (TALK, STEP):
        st.query_params.pop(key, None)
    st.session_state.pop(SHOWN, None)
