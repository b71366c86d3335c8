"""The transition datasets: schemas reject bad rows, queries keep gaps, every value equals its source row."""

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.data import loading, transition
from core.data.errors import DataError
from core.data.validate import main as validate_main
from scripts.curate.emissions import SECTORS

ROOT = Path(__file__).parents[2]
SOURCES = ROOT.parent / "shared" / "sources"
EMISSIONS = loading.load("emissions")
PLANTS = loading.load("ets_plants")
ETS = loading.load("ets_emissions")
PROJECTS = loading.load("transition_projects")
GRANTS = loading.load("grants")


def rewrite(path: Path, row: int, column: str, value: str) -> None:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[row, column] = value
    frame.to_csv(path, index=False, lineterminator="\n")


def error_for(name: str, data_dir: Path) -> str:
    with pytest.raises(DataError) as caught:
        loading.load(name, data_dir)
    return str(caught.value)


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("ets_plants", "municipality_code"),
        ("transition_projects", "municipality_code"),
        ("emissions", "area_code"),
        ("grants", "municipality_code"),
    ],
)
def test_a_municipality_outside_the_41_is_reported_with_file_row_and_column(data_copy, capsys, name, column):
    rewrite(data_copy / f"{name}.csv", 2, column, "9999")
    message = error_for(name, data_copy)
    assert message.startswith(f"data/{name}.csv")
    assert f"row 4, column '{column}'" in message and "'9999'" in message and "Fix:" in message
    assert validate_main([str(data_copy)]) == 1
    assert f"data/{name}.csv" in capsys.readouterr().err


def test_a_status_outside_the_vocabulary_is_rejected(data_copy):
    rewrite(data_copy / "transition_projects.csv", 0, "status", "stalled")
    message = error_for("transition_projects", data_copy)
    assert "row 2, column 'status'" in message and "announced" in message


def test_a_negative_emission_is_rejected(data_copy):
    rewrite(data_copy / "emissions.csv", 5, "emissions_t", "-12.5")
    assert "row 7, column 'emissions_t'" in error_for("emissions", data_copy)


def test_a_negative_verified_emission_is_rejected(data_copy):
    rewrite(data_copy / "ets_emissions.csv", 0, "verified_t", "-1")
    assert "row 2, column 'verified_t'" in error_for("ets_emissions", data_copy)


@pytest.mark.parametrize(
    ("name", "column", "value"),
    [
        ("grants", "decision_date", "15/06/2026"),
        ("transition_projects", "status_date", "2023-13"),
        ("transition_projects", "status_date", "2023-02-30"),
        ("transition_projects", "announced_date", "June 2021"),
        ("transition_projects", "source_date", "2021-06-24 | yesterday"),
    ],
)
def test_a_date_that_is_not_iso_is_rejected(data_copy, name, column, value):
    rewrite(data_copy / f"{name}.csv", 0, column, value)
    assert f"row 2, column '{column}'" in error_for(name, data_copy)


def test_a_plant_year_for_an_unknown_plant_is_rejected(data_copy):
    rewrite(data_copy / "ets_emissions.csv", 0, "eutl_id", "SE-999999")
    assert "row 2, column 'eutl_id'" in error_for("ets_emissions", data_copy)


TODAY = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("status", "status_date", "expected"),
    [
        ("announced", "2024-06-15", "2024-06"),  # exactly 24 months: flagged
        ("announced", "2024-06-16", None),  # one day short of 24 months
        ("decided", "2024-06", None),  # a month may mean its last day: 2024-06-30 is under 24 months
        ("decided", "2024-05", "2024-05"),
        ("announced", "2018", "2018"),  # year only: the label keeps the year
        ("announced", "2024", None),  # 2024-12-31 is recent
        ("paused", "2020-01-20", "2020-01"),
        ("under_construction", "", None),  # undated: nothing to say
        ("under_construction", None, None),
        ("in_operation", "2012-09", None),  # final statuses never get the label
        ("cancelled", "2016-02-16", None),
        ("closed", "2021-09-30", None),
    ],
)
def test_no_news_label(status, status_date, expected):
    assert transition.no_news_since(status, status_date, TODAY) == expected


def test_pipeline_with_news_adds_the_label_and_never_changes_the_status():
    shown = transition.pipeline_with_news(PROJECTS, date(2026, 12, 6))
    assert shown["status"].equals(PROJECTS["status"])
    labelled = shown.set_index("project_id")["no_news_since"]
    assert labelled["varmlandsmetanol-hagfors"] == "2016-02"
    assert labelled["preem-renfuel-vallvik-lignin"] == "2018"
    assert labelled["ovako-hofors-h2"] is None  # in operation


def test_emission_years_keep_2016_to_2019_absent():
    years = set(EMISSIONS["year"])
    assert years == {1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024}
    series = transition.region_series(EMISSIONS)
    assert not set(series["year"]) & {2016, 2017, 2018, 2019}
    assert set(transition.industrial_emissions(EMISSIONS, ["2081"])["year"]) == years


def test_one_release_only():
    assert EMISSIONS["data_release"].nunique() == 1
    assert EMISSIONS["data_release"].iloc[0].startswith("SMHI-2024")


def test_region_series_sums_the_three_counties_only_where_all_have_a_value():
    rows = EMISSIONS[EMISSIONS["sector"].eq("industry") & EMISSIONS["area_code"].isin(["17", "20", "21"])]
    rows = rows[~(rows["area_code"].eq("17") & rows["year"].eq(2024))]
    series = transition.region_series(rows)
    assert 2024 not in set(series["year"])
    row_2005 = series[series["year"].eq(2005)]["emissions_t"].item()
    assert row_2005 == pytest.approx(rows[rows["year"].eq(2005)]["emissions_t"].sum())


def test_emissions_change_keeps_missing_values_missing():
    rows = EMISSIONS[~(EMISSIONS["area_code"].eq("2081") & EMISSIONS["year"].eq(2005))]
    change = transition.emissions_change(rows, since=2005).set_index("area_code")
    assert np.isnan(change.loc["2081", "value_then"]) and np.isnan(change.loc["2081", "change_t"])
    hofors = change.loc["2104"]
    assert hofors["change_t"] == pytest.approx(hofors["value_now"] - hofors["value_then"])


def test_plant_emissions_keep_no_value_as_nan_not_zero():
    table = transition.plant_emissions(ETS, PLANTS).set_index("eutl_id")
    assert len(table) == len(PLANTS)
    assert np.isnan(table.loc["SE-484", "value_now"])  # Åmotfors Bruk closed in 2019
    assert table.loc["SE-386", "value_now"] == 225699


def test_grants_by_municipality_adds_up():
    table = transition.grants_by_municipality(GRANTS)
    assert table["grant_sek"].sum() == 216_954_220 and table["grants"].sum() == 49


def test_plants_map_to_config_sectors_and_degerfors_is_out():
    from core.config import load_config

    assert set(PLANTS["sector"]) <= {sector.id for sector in load_config().ets_sectors}
    assert "SE-491" not in set(PLANTS["eutl_id"])
    assert PLANTS.set_index("eutl_id").loc["SE-386", "sector"] == "steel"


def sources_or_skip() -> Path:
    if not SOURCES.exists():
        pytest.skip(f"source files not found at {SOURCES} (they live beside the repository, not in it)")
    return SOURCES


def test_every_emission_value_equals_its_source_row():
    folder = sources_or_skip() / "klimatkollen-smhi-emissions-by-sector"
    towns = pd.read_csv(folder / "municipality_sector_emissions_latest.csv", dtype=str)
    larger = pd.read_csv(folder / "county_and_national_sector_emissions.csv", dtype=str)
    larger = larger[larger["data_release"].str.startswith("SMHI-2024")]
    source = pd.concat(
        [
            towns.rename(columns={"municipality_code": "area_code"}),
            larger.rename(columns={"county_code": "area_code"}),
        ]
    )
    source = source.assign(sector=source["sector"].map(SECTORS), year=source["year"].astype(int))
    merged = EMISSIONS.merge(source, on=["area_code", "year", "sector"], how="outer", indicator=True)
    assert set(merged["_merge"]) == {"both"} and len(merged) == len(EMISSIONS)
    assert (merged["emissions_t"] == merged["emissions_t_co2e"].astype(float)).all()


def test_every_ets_value_equals_its_source_row():
    folder = sources_or_skip() / "eutl-ets-installations-nms"
    source = pd.read_csv(folder / "ets_verified_emissions_nms_2005_2022.csv", dtype={"eutl_id": str})
    merged = ETS.merge(source, on=["eutl_id", "year"], how="outer", indicator=True)
    assert set(merged["_merge"]) == {"both"}
    for ours, theirs in (
        ("verified_t", "verified_emissions_t_co2e"),
        ("free_allocation", "free_allocation_allowances"),
    ):
        mine, original = merged[ours].astype("float64"), merged[theirs]
        assert mine.isna().equals(original.isna())
        assert (mine.dropna() == original.dropna()).all()
    plants = pd.read_csv(folder / "ets_installations_nms.csv", dtype=str, keep_default_na=False)
    joined = PLANTS.merge(plants, on="eutl_id")
    assert len(joined) == len(PLANTS) == len(plants)
    assert (joined["municipality_code_x"] == joined["municipality_code_y"]).all()
    with_point = joined["lat_y"].ne("")
    assert np.array_equal(joined.loc[with_point, "lat_x"], joined.loc[with_point, "lat_y"].astype(float))
