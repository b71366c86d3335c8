"""The whole refresh against the local server: files written, the RAMS/BAS join, missing values, chunking."""

import math

import pandas as pd

from core.data.loading import load, load_meta
from scripts.update.__main__ import main
from tests.update import server as fake

KOLADA = "/kolada/data/kpi/N02235,N02201/municipality/2080,2104,1780"


def refresh(data_copy, conf, waits, *only):
    args = ["--data-dir", str(data_copy), *(["--only", *only] if only else [])]
    return main(args, conf, waits.append)


def jobs_table(data_copy):
    return load("jobs_municipality", data_copy).set_index(["municipality_code", "year", "method"])


def test_a_refresh_writes_both_tables_valid_and_typed(publisher, conf, waits, data_copy, capsys):
    assert refresh(data_copy, conf, waits) == 0
    jobs, kolada = load("jobs_municipality", data_copy), load("kolada_industry", data_copy)
    assert sorted(jobs["year"].unique()) == list(range(2016, 2024))
    assert set(jobs["municipality_code"]) == {"2080", "2104", "1780"}
    assert len(kolada) == 3
    out = capsys.readouterr().out
    assert "jobs_municipality: 30 rows added, 0 changed, 0 removed" in out
    assert "kolada_industry: 3 rows added, 0 changed, 0 removed" in out
    assert not list(data_copy.parent.glob(".update-*"))  # the staging folder is gone


def test_rams_and_bas_both_keep_the_overlap_and_final_wins_over_preliminary(
    publisher, conf, waits, data_copy
):
    refresh(data_copy, conf, waits, "scb")
    jobs = jobs_table(data_copy)
    assert jobs.loc[("2080", 2019, "RAMS"), "source_table"] == "TAB5837"
    assert jobs.loc[("2080", 2020, "BAS"), "source_table"] == "TAB3204"
    assert jobs.loc[("2080", 2020, "RAMS"), "source_table"] == "TAB5837"  # the overlap: both rows kept
    assert (
        jobs.loc[("2080", 2021, "RAMS"), "employed_total"]
        != jobs.loc[("2080", 2021, "BAS"), "employed_total"]
    )
    assert jobs.loc[("2080", 2022, "BAS"), "source_table"] == "TAB3204"  # final wins over preliminary
    assert jobs.loc[("2080", 2023, "BAS"), "source_table"] == "TAB3785"
    assert (
        jobs.loc[("2080", 2023, "BAS"), "preliminary"] and not jobs.loc[("2080", 2022, "BAS"), "preliminary"]
    )
    assert ("2080", 2022, "RAMS") not in jobs.index and ("2080", 2019, "BAS") not in jobs.index
    assert jobs.loc[("2080", 2018, "RAMS"), "source_table"] == "TAB900"
    meta = load_meta("jobs_municipality", data_copy)
    assert "RAMS and BAS overlap in 2020–2021; both are kept" in meta["notes"]["en"]
    assert [b["year"] for b in meta["breaks"]] == [2019, 2020]
    assert "TAB3204 updated 2025-11-26" in meta["release"] and meta["years"] == [2016, 2023]


def test_unknown_industry_counts_in_the_total_never_in_manufacturing(publisher, conf, waits, data_copy):
    refresh(data_copy, conf, waits, "scb")
    jobs = jobs_table(data_copy)
    rams = fake.select(fake.load("TAB900_data.json"), {"Region": ["2080"], "Tid": ["2018"]})["value"]
    assert jobs.loc[("2080", 2018, "RAMS"), "employed_total"] == sum(rams)  # B+C, G and 00, men and women
    assert jobs.loc[("2080", 2018, "RAMS"), "employed_manufacturing"] == sum(rams[:2])  # B+C only
    chosen = {"Region": ["2080"], "Tid": ["2020"], "ContentsCode": ["AM0210D1"]}  # by workplace
    bas = fake.select(fake.load("TAB3204_data.json"), chosen)["value"]  # A-U+US (with US), B+C, G, US
    assert list(jobs.loc[("2080", 2020, "BAS"), ["employed_total", "employed_manufacturing"]]) == bas[:2]


def test_dots_are_missing_never_zero(publisher, conf, waits, data_copy):
    refresh(data_copy, conf, waits, "scb")
    jobs = jobs_table(data_copy)
    assert pd.isna(jobs.loc[("2104", 2017, "RAMS"), "employed_total"])  # one part is "..": the sum is missing
    assert jobs.loc[("2104", 2017, "RAMS"), "employed_manufacturing"] > 0
    assert pd.isna(jobs.loc[("1780", 2021, "BAS"), "employed_manufacturing"])
    row = next(
        x
        for x in (data_copy / "jobs_municipality.csv").read_text().splitlines()
        if x.startswith("1780,2021,TAB3204")
    )
    assert row.endswith(",,false")  # an empty cell, never 0


def test_calls_are_chunked_to_the_cell_limit_read_from_config(publisher, conf, waits, data_copy):
    publisher.route("/scb/config", fake.ok(fake.load("config.json") | {"maxDataCells": 40}))
    assert refresh(data_copy, conf, waits, "scb") == 0
    calls = [
        body["selection"] for path, body in publisher.requests if path.startswith("/scb/tables/TAB900/data")
    ]
    cells = [math.prod(len(s["valueCodes"]) for s in selection) for selection in calls]
    years = [next(s["valueCodes"] for s in selection if s["variableCode"] == "Tid") for selection in calls]
    assert years == [["2016", "2017"], ["2018"]] and max(cells) <= 40  # 18 cells a year


def test_calls_keep_to_the_rate_limit_read_from_config(publisher, conf, waits, data_copy):
    assert refresh(data_copy, conf, waits, "scb") == 0  # 13 calls at 3 per second (the recorded /config)
    assert len(waits) >= 3 and all(0 < w <= 1 for w in waits)


def test_kolada_pages_are_followed_and_gaps_stay_empty(publisher, conf, waits, data_copy):
    assert refresh(data_copy, conf, waits, "kolada") == 0
    kolada = load("kolada_industry", data_copy).set_index("municipality_code")
    assert kolada.loc["2104", "manufacturing_share_pct"] == 37.6 and kolada.loc["2080", "employed"] == 30523
    assert pd.isna(kolada.loc["1780", "manufacturing_share_pct"]) and kolada.loc["1780", "employed"] == 50870
    assert [p.split("?")[1] for p, _ in publisher.requests] == ["per_page=4", "per_page=4&page=2"]
