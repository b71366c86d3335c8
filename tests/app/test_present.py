"""Talks in the app: starting one, stepping forward and back, links to a step, leaving presentation mode."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

from components.shell import talk
from core.data.errors import DataError, Problem
from tests.app.test_pages import headings

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 90


def overview(lang: str = "sv", **params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.session_state["lang"] = lang
    at.query_params.update(params)
    at.run()
    assert not at.exception, at.exception
    return at


def step(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click().run()
    assert not at.exception, at.exception
    return at


def test_starting_the_talk_opens_its_first_view_in_presentation_mode():
    at = step(overview(), "talk_start_menu_industrin")
    assert dict(at.query_params) == {"lang": "sv", "present": "true", "talk": "industrin", "step": "1"}
    assert at.title[0].value == "Industrin i Norra Mellansverige"
    assert at.button(key="talk_prev").disabled and not at.button(key="talk_next").disabled
    assert any("1 / 7" in element.value and "Industrin i tre län" in element.value for element in at.html)


def test_next_and_previous_open_each_views_page_and_choices_and_forget_the_last_ones():
    at = step(overview("en"), "talk_start_menu_industrin")
    step(at, "talk_next")
    assert at.query_params["step"] == "2"
    assert at.title[0].value == "Firms paying half of the payroll, 2022 · All three counties"
    step(at, "talk_next")
    assert at.query_params["county"] == "21" and at.pills(key="county").value == "21"
    assert "Gävleborg" in at.title[0].value
    step(at, "talk_prev")  # back to the whole region: the county chosen a step later is forgotten
    assert at.pills(key="county").value == "" and "county" not in at.query_params
    assert "All three counties" in at.title[0].value


def test_a_link_to_a_step_opens_that_view_and_the_last_step_cannot_go_further():
    at = overview("sv", present="true", talk="industrin", step="6")
    assert "Hofors i Gävleborg" in headings(at)
    assert any("6 / 7" in element.value for element in at.html)
    step(at, "talk_next")
    assert at.title[0].value == "Projektet Focus Industry Spets"
    assert at.button(key="talk_next").disabled


def test_leaving_presentation_mode_ends_the_talk():
    at = step(overview(), "talk_start_menu_industrin")
    step(at, "present_exit")
    assert not {"talk", "step", "present"} & set(at.query_params)
    assert not [button for button in at.button if button.key == "talk_next"]


def test_an_unknown_talk_is_ignored_and_the_page_still_shows():
    at = overview("sv", present="true", talk="nothing", step="2")
    assert at.title[0].value == "Industrin i Norra Mellansverige"
    assert not [button for button in at.button if button.key == "talk_next"]


def test_a_broken_data_file_leaves_the_talks_out_and_the_page_working(monkeypatch):
    def broken():
        raise DataError("data/partners.csv", [Problem(None, None, "the file is empty", "restore it")])

    talk.talks.clear()
    monkeypatch.setattr(talk, "load_talks", broken)
    try:
        at = overview("sv", present="true", talk="industrin", step="2")
        assert at.title[0].value == "Industrin i Norra Mellansverige"
        assert not [button for button in at.button if button.key.startswith("talk_")]
    finally:
        talk.talks.clear()
