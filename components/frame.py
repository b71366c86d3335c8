"""The page frame every page calls first: page config, navigation, language, presentation mode."""

from __future__ import annotations

from html import escape
from pathlib import Path

import streamlit as st

from components import present_menu, share, talk
from components.i18n import init_language, language_switch, t

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
STYLES = Path(__file__).resolve().parent / "styles"
BASE_CSS = f"<style>{(STYLES / 'base.css').read_text(encoding='utf-8')}</style>"
PRESENTATION_CSS = f"<style>{(STYLES / 'presentation.css').read_text(encoding='utf-8')}</style>"
SHARE_CSS = "".join(
    f"<style>{(STYLES / n).read_text(encoding='utf-8')}</style>" for n in ("share.css", "print.css")
)
EMBED_CSS = (
    '<style>[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"] { display: none; }</style>'
)
# The top-right controls: their width (--ik-bar-w), room for them beside the title (--ik-title-pad) and the
# talk bar's height (--ik-talk-h), measured whenever the page changes, so nothing overlaps in any language.
MEASURE_BAR = (
    f"<script>{(Path(__file__).resolve().parent / 'scripts' / 'bar.js').read_text(encoding='utf-8')}</script>"
)


# On a phone the side menu covers the page: close it once a page is chosen.
CLOSE_MENU = """<script>(() => {
  if (window.ikMenuCloses) return;
  window.ikMenuCloses = true;
  document.addEventListener("click", (event) => {
    const chosen = event.target.closest('[data-testid="stSidebar"] a');
    const narrow = window.matchMedia("(max-width: 768px)").matches;
    const close = document.querySelector('[data-testid="stSidebarCollapseButton"] button');
    if (chosen && narrow && close) setTimeout(() => close.click(), 0);
  });
})();</script>"""


def _styles_language_and_name(code: str) -> None:
    """The app's CSS, <html lang> set to the reader's language, and the app's name (one element)."""
    st.html(
        f"{BASE_CSS}{SHARE_CSS}<script>document.documentElement.lang = {code!r};</script>{CLOSE_MENU}"
        f"{MEASURE_BAR}"
        f"<p><strong>{escape(t('frame.app_name'))}</strong></p>",
        unsafe_allow_javascript=True,
    )


def _navigation() -> None:
    for path, key, icon in PAGES:
        st.page_link(path, label=t(f"nav.{key}"), icon=icon)


def presenting() -> bool:
    """True in presentation mode."""
    return st.session_state.get(PRESENT_KEY) == PRESENT_KEY


def _leave_presentation() -> None:
    st.session_state[PRESENT_KEY] = None  # the rerun's switch then drops ?present
    talk.stop()


def _present() -> None:
    st.session_state[PRESENT_KEY] = PRESENT_KEY  # set as the switch's value, so the browser keeps it too


def _presentation_switch() -> None:
    """One toggle button kept in ?present=true, so the link opens the same view for a projector."""
    on = st.query_params.get(PRESENT_KEY) == "true"
    st.pills(
        t("frame.present"),
        [PRESENT_KEY],
        default=PRESENT_KEY if on else None,
        key=PRESENT_KEY,
        format_func=lambda _: t("frame.present"),
        help=t("frame.present_help"),
        label_visibility="collapsed",
    )
    if presenting():
        st.query_params[PRESENT_KEY] = "true"
    else:
        st.query_params.pop(PRESENT_KEY, None)


def _top_bar(page_key: str) -> None:
    """Share and language at the top right; in presentation mode also the pages and the way out."""
    with st.container(horizontal=True, horizontal_alignment="right", gap="small", key="ik_bar"):
        if presenting():
            present_menu.pages_menu(PAGES, _present)
        share.share_popover(page_key)
        language_switch()
        if presenting():
            st.button(
                t("frame.present_exit"),
                on_click=_leave_presentation,
                key="present_exit",
                icon=":material/close_fullscreen:",
                help=t("frame.present_exit"),
            )


def frame(page_key: str, title: bool = True) -> str:
    """Render the shared frame and (unless the page names itself) the page title; return the language."""
    code = init_language()
    st.set_page_config(
        page_title=f"{t(f'nav.{page_key}')} · {t('frame.app_name')}",
        page_icon=str(FAVICON),
        layout="wide",
    )
    with st.sidebar:
        _styles_language_and_name(code)
        _navigation()
        _presentation_switch()
        talk.start_buttons(_present, "menu")
    _top_bar(page_key)
    if st.context.is_embedded:  # ?embed=true: the view alone, without the side menu
        st.html(EMBED_CSS)
    if presenting():
        st.html(PRESENTATION_CSS)
        talk.follow()
    if title:
        st.title(t(f"{page_key}.title"))
    return code
