"""The parts on their own: the json-stat2 reader on a real recording, the rate limit, optional datasets."""

import pytest

from core.data import catalogue
from core.data.schemas import SCHEMAS
from core.data.validate import check_all
from scripts.update.jsonstat import ShapeError, dataset
from scripts.update.ratelimit import RateLimit
from tests.update import server as fake


def recorded_table():
    """SCB's recorded answer for TAB6471 (population by county, age and sex) in json-stat2."""
    return fake.recorded("TAB6471_data.json")


def test_the_reader_gives_the_recorded_county_totals():
    cells = dataset(recorded_table(), ["Region", "Alder", "Kon", "ContentsCode", "Tid"])
    january = cells[(cells["Kon"] == "TotSa") & (cells["Tid"] == "2026M01")]
    totals = january.groupby("Region")["value"].sum()
    assert (totals["17"], totals["20"], totals["21"]) == (282902, 286028, 283373)  # the folder's spot checks


def test_dots_and_nulls_are_missing_and_a_short_or_changed_response_is_refused():
    small = fake.select(
        recorded_table(),
        {"Region": ["20"], "Alder": ["0-9"], "Kon": ["TotSa"], "Tid": ["2026M01", "2026M02"]},
    )
    small["value"][1], small["status"] = 5, {"1": ".."}
    assert dataset(small, small["id"])["value"].isna().tolist() == [False, True]
    with pytest.raises(ShapeError, match="values for 2 cells"):
        dataset(small | {"value": [1]}, small["id"])
    with pytest.raises(ShapeError, match="new \\['Kon'\\]"):
        dataset(small, ["Region", "Alder", "ContentsCode", "Tid"])


def test_the_rate_limit_waits_only_when_the_window_is_full():
    now, slept = [0.0], []
    limit = RateLimit(
        3, 1.0, clock=lambda: now[0], sleep=lambda s: (slept.append(s), now.__setitem__(0, now[0] + s))
    )
    for _ in range(3):
        limit.wait()
    assert slept == []
    now[0] = 0.25
    limit.wait()
    assert slept == [0.75]


def test_the_jobs_tables_are_not_offered_until_a_refresh_wrote_them(data_copy, tmp_path):
    assert "jobs_municipality" not in catalogue.present_tables(data_copy)
    assert not check_all(data_copy)[1]  # absent is not an error
    (data_copy / "jobs_municipality.csv").write_text("municipality_code,year\n2080,2020\n", encoding="utf-8")
    assert "jobs_municipality" in catalogue.present_tables(data_copy)
    errors = check_all(data_copy)[1]
    assert [e.file for e in errors] == ["data/jobs_municipality.csv"]  # present: validated like any table


def test_the_app_does_not_offer_them_now():
    assert not set(catalogue.OPTIONAL_TABLES) & set(catalogue.DATASETS)
    assert set(catalogue.OPTIONAL_TABLES) <= set(SCHEMAS)  # but their schemas are registered
