"""A broken or missing data file: the parts that need it say so in the reader's language, the rest works."""

import re
import shutil
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from core.data import catalogue, loading
from core.text.i18n import text
from tests.app.test_pages import CARD, ROOT, TIMEOUT, headings, markdown
from tests.app.test_pages import open_page as open_pages
from tests.breakage import BREAKS

DATA_PAGES = ["overview", "map", "transition", "compare", "focus_areas", "municipality", "project", "data"]
# Pages that read each dataset (directly, or through the files its validation checks against).
USED_BY = {
    "workplaces": ["overview", "map", "focus_areas", "municipality", "data"],
    "indicators": ["overview", "map", "municipality", "data"],
    "partners": ["project", "municipality", "data"],
    "key_figures": ["overview", "data"],
    "municipalities": DATA_PAGES,
    "activities": ["project", "municipality", "data"],
    "emissions": ["overview", "transition", "compare", "municipality", "data"],
}
CASES = [(kind, page) for kind, (name, _) in BREAKS.items() for page in USED_BY[name]]
DATA_FILE = re.compile(r"data/\w+\.(csv|geojson|ya?ml)")  # a file's path, which no visitor should see
# Text that needs no data file, so it must still be on the page.
STILL_THERE = {
    "transition": "transition.intro",
    "compare": "compare.intro",
    "overview": "overview.project_text",
    "focus_areas": "focus.register_caveat",
    "project": "project.intro",
    "data": "data.intro",
}


@pytest.fixture
def broken(tmp_path, monkeypatch):
    """Break one file in a copy of data/ and let the app read that copy; empty the caches around it."""

    def apply(kind: str) -> Path:
        data = tmp_path / "data"
        shutil.copytree(ROOT / "data", data)
        BREAKS[kind][1](data)
        for name in ("load", "load_meta", "load_geojson"):
            read = getattr(loading, name)
            monkeypatch.setattr(loading, name, lambda what, data_dir=data, _read=read: _read(what, data_dir))
        monkeypatch.setattr(catalogue, "DATA_DIR", data)
        return data

    st.cache_data.clear()
    yield apply
    st.cache_data.clear()


def open_page(key: str, lang: str, **params: str) -> AppTest:
    """The page as a visitor opens it, failures included (these tests look at them)."""
    return open_pages(key, lang, check=False, **params)


def page_text(at: AppTest) -> str:
    return "\n".join([markdown(at), *(e.value for e in [*at.info, *at.caption]), *headings(at)])


@pytest.mark.parametrize(("kind", "page"), CASES)
def test_a_broken_file_gives_a_notice_where_it_is_needed_and_the_rest_works(broken, kind, page):
    broken(kind)
    lang = ["sv", "en"][CASES.index((kind, page)) % 2]  # both languages across the cases
    at = open_page(page, lang, **({"dataset": BREAKS[kind][0]} if page == "data" else {}))
    assert not at.exception
    assert text("failure.section", lang) in [warning.value for warning in at.warning]
    assert at.title[0].value == text(f"{page}.title", lang)
    if page in STILL_THERE:
        assert text(STILL_THERE[page], lang) in page_text(at)
    assert "Traceback" not in page_text(at) and not DATA_FILE.search(page_text(at))


def test_the_map_keeps_its_other_indicators_when_the_emissions_are_broken(broken):
    broken("negative_emissions")
    at = open_page("map", "sv")
    assert not at.warning and not at.exception
    assert any('class="ik-figure' in e.value for e in at.html)
    assert "Industrins utsläpp" not in [option for pills in at.button_group for option in pills.options]


def test_overview_keeps_its_map_when_the_key_figures_are_broken(broken):
    broken("invalid_utf8")
    at = open_page("overview", "sv")
    labels = [label for label, _ in CARD.findall("".join(e.value for e in at.html))]
    assert "Anställda i industrin" not in labels  # the key figures' cards are gone with their file
    assert len(labels) == 3  # the newest figures come from other files and stay
    assert any('class="ik-figure' in e.value for e in at.html)


def test_overview_keeps_its_figures_when_the_register_is_broken(broken):
    broken("renamed_column")
    at = open_page("overview", "sv")
    assert len(CARD.findall("".join(e.value for e in at.html))) == 4 + 3  # key figures and the newest ones
    assert len(at.warning) == 3  # in short, the sites map and the focus cards


def test_municipality_keeps_its_comparison_chart_when_the_register_is_broken(broken):
    broken("renamed_column")
    at = open_page("municipality", "en", kommun="2104")
    assert "Hofors in Gävleborg" in headings(at)
    assert any('id="ik-fig-municipality_peers"' in element.value for element in at.html)


def test_project_keeps_partners_and_figures_when_the_activities_are_missing(broken):
    broken("missing_file")
    at = open_page("project", "sv")
    assert len(at.warning) == 1
    assert len(CARD.findall("".join(e.value for e in at.html))) >= 1
    assert any("<td>Dalarna Science Park</td>" in element.value for element in at.html)


def test_a_section_that_failed_comes_back_when_the_file_is_fixed(broken):
    data = broken("invalid_utf8")
    at = open_page("overview", "sv")
    assert len(at.warning) == 2
    shutil.copy(ROOT / "data" / "key_figures.csv", data / "key_figures.csv")
    at.run()
    assert not at.warning
    assert len(CARD.findall("".join(e.value for e in at.html))) == 4 + 3  # key figures and the newest ones


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_any_other_failure_shows_a_short_message_and_a_way_back(lang):
    def failing_page():
        from components.shell.failures import page_failed

        page_failed(RuntimeError("secret detail /srv/app.py line 3"))

    at = AppTest.from_function(failing_page, default_timeout=TIMEOUT)
    at.session_state["lang"] = lang
    at.run()
    assert at.error[0].value == text("failure.page", lang)
    assert f'<a href="./?lang={lang}">{text("failure.back", lang)}</a>' in at.html[0].value
    assert "secret detail" not in at.error[0].value + at.html[0].value
