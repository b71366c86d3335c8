"""The page frame every page calls first: page config, navigation, language, presentation mode."""

from __future__ import annotations

from html import escape
from pathlib import Path

import streamlit as st

from components.shell import not_found, present_menu, talk, url_state
from components.shell.i18n import QUERY_PARAM, init_language, t
from core.config import load_config
from core.present import links

ICONS = {  # shown in presentation mode's page menu, where labels are short
    "overview": ":material/home:",
    "map": ":material/map:",
    "transition": ":material/eco:",
    "compare": ":material/show_chart:",
    "focus_areas": ":material/factory:",
    "municipality": ":material/location_city:",
    "project": ":material/groups:",
    "data": ":material/table:",
    "accessibility": ":material/accessibility:",
}
PAGES = tuple((page.script, page.key, ICONS[page.key]) for page in links.PAGES)  # (script, key, icon)
PRESENT_KEY = "present"
PRESENT_ON = "true"
FAVICON = Path(__file__).resolve().parents[2] / "static" / "favicon.png"
STYLES = Path(__file__).resolve().parents[1] / "styles"
BASE_CSS = f"<style>{(STYLES / 'base.css').read_text(encoding='utf-8')}</style>"
PRESENTATION_CSS = f"<style>{(STYLES / 'presentation.css').read_text(encoding='utf-8')}</style>"

# Sets <html lang> to the reader's language and closes the side menu on a phone once a page is chosen.
FRAME_SCRIPT = (Path(__file__).resolve().parent / "frame.js").read_text(encoding="utf-8")
# A single choice in a popover (the phone's map choices, presentation's "Choose view") closes it.
CHOICES_SCRIPT = (Path(__file__).resolve().parent / "choices.js").read_text(encoding="utf-8")
# A closed table's rows are put in when it is opened (components/widgets/figures.py, details_html).
LATER_SCRIPT = (Path(__file__).resolve().parent / "later.js").read_text(encoding="utf-8")
# The figures' code, once per page rather than once per figure (each figure queues itself for it): read as
# files, since the shell imports no widget. names.js and figure_saves.js first: figure.js uses them.
FIGURE_SCRIPTS = "".join(
    f"<script>{(Path(__file__).resolve().parents[1] / 'widgets' / name).read_text(encoding='utf-8')}</script>"
    for name in ("names.js", "figure_saves.js", "figure.js")
)


def _styles_language_and_name(code: str, figures: bool) -> None:
    """The app's CSS and name, then <html lang>, the menu's scripts and (with figures) the figures' code.

    The front also puts the CSS in the page's head (front/site.py), so it holds from the first frame:
    Streamlit draws the side menu after the page's first elements.
    """
    st.html(f"{BASE_CSS}{present_menu.STYLES}<p><strong>{escape(t('frame.app_name'))}</strong></p>")
    st.html(
        f"<script>{FRAME_SCRIPT.replace('__LANG__', code)}</script><script>{CHOICES_SCRIPT}</script>"
        f"<script>{LATER_SCRIPT}</script>{FIGURE_SCRIPTS if figures else ''}{present_menu.MEASURES}",
        unsafe_allow_javascript=True,
    )


def _navigation() -> None:
    """The side menu's page links, as words: an icon per page would add little and load a font."""
    for path, key, _ in PAGES:
        st.page_link(path, label=t(f"nav.{key}"))


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
    on = st.query_params.get(PRESENT_KEY) == PRESENT_ON
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
        st.query_params[PRESENT_KEY] = PRESENT_ON
    else:
        st.query_params.pop(PRESENT_KEY, None)


def _check_link() -> tuple[bool, list[str]]:
    """Before any work: trim the link, and drop a language or mode it names that the app does not have.

    Returns whether parts were dropped, and the string keys of the settings whose value was ignored.
    """
    trimmed = url_state.trim_link()
    settings = (
        (QUERY_PARAM, load_config().languages, "frame.language"),
        (PRESENT_KEY, [PRESENT_ON], "frame.present"),
    )
    ignored = []
    for key, options, label in settings:
        if url_state.from_link(key, options)[1]:
            st.query_params.pop(key, None)
            ignored.append(label)
    return trimmed, ignored


def _link_notices(trimmed: bool, ignored: list[str]) -> None:
    if trimmed:
        st.caption(t("url.dropped"))
    for label in ignored:
        url_state.ignored_notice(t(label))


def frame(page_key: str, title: bool = True, figures: bool = True) -> str:
    """The shared frame and title (unless a page names itself); the language. figures=False: no figures JS."""
    trimmed, ignored = _check_link()
    code = init_language()
    st.set_page_config(
        page_title=f"{t(f'nav.{page_key}')} · {t('frame.app_name')}",
        page_icon=str(FAVICON),
        layout="wide",
    )
    with st.sidebar:
        _styles_language_and_name(code, figures)
        _navigation()
        _presentation_switch()
        talk.start_buttons(_present, "menu")
    present_menu.top_bar(page_key, presenting(), PAGES, _present, _leave_presentation)
    if presenting():
        st.html(PRESENTATION_CSS)
        talk.follow()
    if page_key == "overview":
        not_found.notice_if_asked(code, presenting())
    if title:
        st.title(t(f"{page_key}.title"))
    _link_notices(trimmed, ignored)
    return code
