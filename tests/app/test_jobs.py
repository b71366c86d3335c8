"""Industrial jobs: not offered before the first refresh; after it, on the map and as the profile's trend."""

import shutil
from pathlib import Path

import pytest
import streamlit as st

from core.charts.trend import SPAN_FILL
from core.data import catalogue, loading
from core.text import format as fmt
from core.text.i18n import text
from tests.app.test_pages import ROOT, headings, markdown, open_page
from tests.update.server import write_jobs

JOBS = ("industrial_jobs", "industrial_jobs_share")


def point_app_at(data: Path, monkeypatch) -> None:
    """Let the app read the copy of data/ (as tests/app/test_errors.py does) with empty caches."""
    for name in ("load", "load_meta", "load_geojson"):
        read = getattr(loading, name)
        monkeypatch.setattr(loading, name, lambda what, data_dir=data, _read=read: _read(what, data_dir))
    monkeypatch.setattr(catalogue, "DATA_DIR", data)
    st.cache_data.clear()


@pytest.fixture
def without_jobs(tmp_path, monkeypatch):
    """A copy of data/ as shipped: no jobs_municipality.csv."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    assert not (data / "jobs_municipality.csv").exists()
    point_app_at(data, monkeypatch)
    yield data
    st.cache_data.clear()


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory):
    """A copy of data/ with jobs_municipality.csv written by the real refresh against the local server."""
    data = tmp_path_factory.mktemp("refreshed") / "data"
    shutil.copytree(ROOT / "data", data)
    write_jobs(data)
    return data


@pytest.fixture
def with_jobs(refreshed, monkeypatch):
    point_app_at(refreshed, monkeypatch)
    yield refreshed
    st.cache_data.clear()


def indicator_labels(at) -> list[str]:
    return list(at.pills(key="indicator").options)


def html(at) -> str:
    return "\n".join(element.value for element in at.html)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_without_the_data_neither_the_map_nor_the_profile_offers_it(without_jobs, lang):
    labels = indicator_labels(open_page("map", lang))
    assert labels and not any(text(f"indicator.{i}", lang) in label for i in JOBS for label in labels)
    at = open_page("municipality", lang, kommun="2080")
    shown = headings(at)
    assert text("jobs.heading", lang, name="Falun") not in shown
    page = markdown(at)
    assert text("indicator.industrial_jobs.definition", lang) not in page  # no empty chart, no notice
    assert "industrial_jobs" not in html(at)


def test_with_the_data_the_map_offers_count_and_share(with_jobs):
    labels = indicator_labels(open_page("map"))
    assert all(any(text(f"indicator.{i}", "sv") in label for label in labels) for i in JOBS)
    at = open_page("map", indicator="industrial_jobs_share", year="2023")
    assert not at.exception and at.pills(key="indicator").value == "industrial_jobs_share"
    # The newest year comes from SCB's preliminary table, and says so; the final years do not.
    assert at.pills(key="year").options[:2] == ["2023 (preliminärt)", "2022"]
    assert "2016" in at.pills(key="year").options


def test_the_profile_shows_the_trend_with_the_break_and_the_overlap(with_jobs):
    at = open_page("municipality", kommun="2080")
    assert text("jobs.heading", "sv", name="Falun") in headings(at)
    figures = html(at)
    assert SPAN_FILL in figures and "RAMS och BAS överlappar 2020–2021" in figures  # the overlap, shaded
    assert "Ny RAMS-serie" in figures and "4 3" in figures  # the 2019 break, dashed
    assert text("trend.preliminary", "sv") in figures  # 2023 comes from the preliminary table
    page = markdown(at)
    assert "Skuggat 2020–2021" in page and "Streckad linje 2019" in page
    assert f"2016: {fmt.number(2500, 'sv')}" in figures  # RAMS, from the invented test values


def test_a_missing_cell_is_a_gap_and_the_share_is_manufacturing_over_all(with_jobs):
    jobs = loading.load("jobs_municipality", with_jobs)
    hofors = jobs[jobs["municipality_code"].eq("2104") & jobs["method"].eq("RAMS")].set_index("year")
    assert hofors["employed_total"].isna()[2017]  # SCB's ".." in one part of the total
    at = open_page("municipality", kommun="2104")
    figures = html(at)
    count = f"2017: {fmt.number(1515, 'sv')}"
    assert count in figures  # the count is known
    cards = [line for line in figures.split('"') if line.startswith("2017: ")]
    assert cards == [count]  # no share point for 2017: a gap, never 0 %
    share_2016 = hofors.loc[2016, "employed_manufacturing"] / hofors.loc[2016, "employed_total"] * 100
    assert f"2016: {share_2016:.1f}".replace(".", ",") in figures  # 1 500 of 4 000 = 37,5 %
