"""Pages show the rows a visitor uploaded in this session beside the published data, marked as theirs."""

import json
import re

import pandas as pd
from streamlit.testing.v1 import AppTest

from core.data.loading import load
from tests.app.test_pages import PAGES, headings, markdown, open_page

OWN_TITLE = "Verkstad om cirkulära affärsmodeller"


def own_activity() -> pd.DataFrame:
    return (
        load("activities")
        .iloc[[0]]
        .assign(
            activity_id="verkstad-borlange-2023",
            date=pd.Timestamp("2023-03-15"),
            title_sv=OWN_TITLE,
            municipality_code="2081",
            county_code="20",
            relation="project",
        )
    )


def areas(at, key: str) -> list[str]:
    """The names of everything a reader can point at in the figure with this key (from its payload)."""
    pattern = re.compile(rf'<script type="application/json" id="ik-data-{key}">(.*?)</script>', re.S)
    payloads = [json.loads(data) for element in at.html for data in pattern.findall(element.value)]
    return [", ".join(item["card"]) for payload in payloads for item in payload["items"]]


def open_with(key: str, state: dict, **params: str) -> AppTest:
    """The page, in Swedish, in a session that already holds the given state (as after an upload)."""
    return open_page(key, "sv", state, **params)


def test_project_page_shows_the_projects_dated_items_on_the_timeline():
    at = open_page("project")
    assert any("Focus Industry Spets startar" in alt for alt in areas(at, "project_timeline"))
    assert "Projektets egna aktiviteter (5)" in markdown(at)


def test_uploaded_activity_is_on_the_timeline_the_map_and_in_the_projects_own_table():
    at = open_with("project", {"own_rows_activities": own_activity()})
    assert any(OWN_TITLE in alt and "Dina data" in alt for alt in areas(at, "project_timeline"))
    assert any(OWN_TITLE in alt for alt in areas(at, "project_map"))
    text = markdown(at)
    assert "Projektets egna aktiviteter (6)" in text and "Dina data" in text


def test_uploaded_workplace_is_on_the_map_page_and_the_overview():
    own = load("workplaces").iloc[[4]].assign(workplace_id="egen-plats", company="Eget Stål AB")
    for page in ("map", "overview"):
        at = open_with(page, {"own_rows_workplaces": own})
        key = "map_chart" if page == "map" else "overview_map"
        assert any(name.startswith("Eget Stål AB, Dina data") for name in areas(at, key)), page


def test_data_page_lists_the_problems_of_a_stored_file_in_the_readers_language():
    broken = b"activity_id,date\nx,i mars\n"
    at = open_with("data", {"own_file_activities": broken}, section="upload")
    text = markdown(at)
    assert "Vad är fel" in text and "Så rättar du" in text
    assert "Är en obligatorisk kolumn som saknas" in text and "Värdet 'i mars' kan inte läsas" in text


def test_municipality_profile_shows_other_initiatives_apart():
    at = open_page("municipality", "sv", kommun="2023")  # Malung-Sälen: a related course
    assert "Andra initiativ här, inte projektets egna" in headings(at)
    assert "Inga av projektets aktiviteter med källa är registrerade" in markdown(at)


def test_remove_my_data_forgets_the_rows_and_the_file():
    state = {"own_file_activities": b"x", "own_rows_activities": own_activity()}
    at = open_with("data", state, section="upload")
    at.button(key="upload_clear_activities").click().run()
    assert "own_rows_activities" not in at.session_state and "own_file_activities" not in at.session_state
    at.switch_page(PAGES["project"]).run()
    assert "Projektets egna aktiviteter (5)" in markdown(at)  # the published ones only


def test_data_page_opens_on_the_preview_when_the_session_holds_a_file():
    at = open_with("data", {"own_file_activities": b"activity_id\nx\n"})
    assert at.segmented_control(key="section").value == "upload"
    assert open_page("data").segmented_control(key="section").value == "datasets"
