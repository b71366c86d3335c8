"""The page frame every page calls first: page config, navigation, language, presentation mode."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from components.i18n import init_language, language_picker, t

PAGES = (
    ("app.py", "overview", ":material/home:"),
    ("pages/map.py", "map", ":material/map:"),
    ("pages/focus_areas.py", "focus_areas", ":material/factory:"),
    ("pages/municipality.py", "municipality", ":material/location_city:"),
    ("pages/project.py", "project", ":material/groups:"),
    ("pages/data.py", "data", ":material/table:"),
    ("pages/accessibility.py", "accessibility", ":material/accessibility:"),
)
PRESENT_KEY = "present"
FAVICON = Path(__file__).resolve().parents[1] / "static" / "favicon.png"
BASE_CSS = """
<style>
[data-testid="stMetricValue"] { font-size: 1.9rem; line-height: 1.25; }
[data-testid="stMetricValue"] > div, [data-testid="stMetricValue"] p {
  white-space: normal; overflow: visible; text-overflow: clip; overflow-wrap: anywhere;
}
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p {
  color: #4A4A4A !important; opacity: 1;
}
[data-testid="stCaptionContainer"] a, [data-testid="stMarkdownContainer"] a { color: #3F007D; }
</style>
"""
PRESENTATION_CSS = """
<style>
html { font-size: 21px; }
[data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"] { display: none; }
.block-container { padding-top: 1.5rem; max-width: 100%; }
</style>
"""


def _set_document_language(code: str) -> None:
    st.html(f"<script>document.documentElement.lang = {code!r};</script>", unsafe_allow_javascript=True)


def _navigation() -> None:
    st.markdown(f"**{t('frame.app_name')}**")
    with st.container(key="nav"):
        for path, key, icon in PAGES:
            st.page_link(path, label=t(f"nav.{key}"), icon=icon)


def _leave_presentation() -> None:
    st.session_state[PRESENT_KEY] = False


def frame(page_key: str) -> str:
    """Render the shared frame and the page title; return the current language."""
    code = init_language()
    st.set_page_config(
        page_title=f"{t(f'nav.{page_key}')} · {t('frame.app_name')}",
        page_icon=str(FAVICON),
        layout="wide",
    )
    st.html(BASE_CSS)
    with st.sidebar:
        _set_document_language(code)
        _navigation()
        language_picker()
        st.toggle(t("frame.present"), key=PRESENT_KEY, bind="query-params", help=t("frame.present_help"))
    if st.session_state.get(PRESENT_KEY):
        st.html(PRESENTATION_CSS)
        st.button(
            t("frame.present_exit"),
            on_click=_leave_presentation,
            key="present_exit",
            icon=":material/close_fullscreen:",
        )
    st.title(t(f"{page_key}.title"))
    return code
