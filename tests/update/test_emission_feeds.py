"""SMHI's emissions and the EU ETS refreshed from workbooks on 127.0.0.1: rows, release rules, failures."""

import pandas as pd
import pytest

from core.data.loading import load, load_meta, read_csv
from scripts.curate.emissions import SECTORS
from scripts.update.__main__ import main
from tests.conftest import DATA
from tests.update import server as fake
from tests.update import workbooks
from tests.update.conftest import EUTL, NAMES, SMHI, ets_file, fingerprint, smhi_file


def refresh(data_copy, conf, waits, *args):
    return main(["--data-dir", str(data_copy), *args], conf, waits.append)


def test_smhi_rows_are_the_file_s_main_sectors_for_our_areas(publisher, conf, waits, data_copy):
    values = workbooks.smhi_values(DATA, NAMES)
    values[("2104", "Jordbruk")][2021] = None  # an empty cell in the file
    publisher.route(SMHI, fake.file(workbooks.smhi_workbook(values, NAMES)))
    assert refresh(data_copy, conf, waits, "--only", "smhi") == 0
    table = load("emissions", data_copy)
    got = {(r.area_code, r.sector, r.year): r.emissions_t for r in table.itertuples()}
    expected = {
        (area, SECTORS[sector], year): value
        for (area, sector), by_year in values.items()
        for year, value in by_year.items()
    }
    assert got.keys() == expected.keys()  # no "Alla" total, no sub-sector, every area of the file
    assert all(got[k] == pytest.approx(v) or (pd.isna(got[k]) and v is None) for k, v in expected.items())
    assert '\n2104,municipality,2021,agriculture,,"SMHI-2025' in (data_copy / "emissions.csv").read_text()
    assert set(table["area_level"]) == {"municipality", "county", "country"}


def test_a_smhi_release_replaces_the_whole_table_and_keeps_its_gaps(publisher, conf, waits, data_copy):
    assert refresh(data_copy, conf, waits, "--only", "smhi") == 0
    table = load("emissions", data_copy)
    assert set(table["data_release"]) == {"SMHI-2025 (Nationella emissionsdatabasen, all greenhouse gases)"}
    assert set(table["year"]) == set(workbooks.SMHI_YEARS)  # 2016-2019: not in the release, not filled in
    meta = load_meta("emissions", data_copy)
    assert meta["gaps"] == [2016, 2017, 2018, 2019] and meta["years"] == workbooks.SMHI_YEARS
    assert meta["release"].startswith("SMHI-2025") and meta["date_accessed"]


def test_shipped_values_in_smhi_s_layout_give_the_shipped_table_for_all_41(publisher, conf, waits, data_copy):
    places = workbooks.municipality_names(DATA)
    values = workbooks.smhi_values(DATA, places, factor=1.0)
    publisher.route(SMHI, fake.file(workbooks.smhi_workbook(values, places)))
    conf["municipalities"] = None
    assert refresh(data_copy, conf, waits, "--only", "smhi") == 0
    new, old = read_csv(data_copy / "emissions.csv"), read_csv(DATA / "emissions.csv")
    new = new[new["year"] != "2025"].drop(columns="data_release").reset_index(drop=True)
    pd.testing.assert_frame_equal(new, old.drop(columns="data_release"))


def test_eutl_adds_the_new_years_of_the_region_s_plants_and_keeps_the_rest(publisher, conf, waits, data_copy):
    assert refresh(data_copy, conf, waits, "--only", "eutl") == 0
    new = read_csv(data_copy / "ets_emissions.csv").set_index(["eutl_id", "year"])
    old = read_csv(DATA / "ets_emissions.csv").set_index(["eutl_id", "year"])
    pd.testing.assert_frame_equal(new.loc[old.index], old)  # 2005-2022: the same, codes kept
    assert new.loc[("SE-386", "2023"), "verified_t"] == "210000"
    assert new.loc[("SE-386", "2023"), "free_allocation"] == "100"
    assert pd.isna(new.loc[("SE-386", "2024"), "verified_t"])  # "Excluded": missing, never 0
    assert pd.isna(new.loc[("SE-386", "2023"), "compliance_code"])  # the file has none
    assert pd.isna(new.loc[("SE-484", "2023"), "verified_t"])
    assert not new.index.get_level_values("eutl_id").isin(["SE-999999", "FI-386"]).any()
    assert len(new) == len(old) + 3 * 2  # three plants in the file, two new years each
    meta = load_meta("ets_emissions", data_copy)
    assert meta["release"] == "verified_emissions_2025_en.xlsx, verified emissions up to 2023"
    assert meta["years"] == [2005, 2024] and meta["comparable_years"] == [2013, 2024]


def test_eutl_reads_a_file_downloaded_by_hand(publisher, conf, waits, data_copy, tmp_path):
    path = tmp_path / "verified_emissions_2025_en.xlsx"
    path.write_bytes(ets_file())
    publisher.route(EUTL, fake.status(500))
    assert refresh(data_copy, conf, waits, "--only", "eutl", "--file", str(path)) == 0
    assert load_meta("ets_emissions", data_copy)["release"].startswith("verified_emissions_2025_en.xlsx")
    assert not [p for p, _ in publisher.requests if p.startswith("/eutl")]


CASES = {
    "SMHI 500": (SMHI, fake.status(500), "SMHI emissions: HTTP 500"),
    "SMHI truncated": (SMHI, fake.truncated_file(smhi_file()), "SMHI emissions: truncated body"),
    "SMHI renamed column": (
        SMHI,
        fake.file(smhi_file(header=["Sektor", "Undersektor", "Län", "Kommun"])),
        "SMHI emissions: layout changed: no row ['Huvudsektor', 'Undersektor', 'Län', 'Kommun']",
    ),
    "SMHI not a workbook": (SMHI, fake.ok({"error": "x"}), "SMHI emissions: not a readable Excel file"),
    "EUTL 500": (EUTL, fake.status(500), "EUTL ets_emissions: HTTP 500"),
    "EUTL truncated": (EUTL, fake.truncated_file(ets_file()), "EUTL ets_emissions: truncated body"),
    "EUTL missing sheet": (
        EUTL,
        fake.file(ets_file(sheet="verified_emissions_2025")),
        "EUTL ets_emissions: layout changed: no sheet 'data'",
    ),
    "EUTL renamed column": (
        EUTL,
        fake.file(ets_file(id_column="INSTALLATION_ID")),
        "EUTL ets_emissions: layout changed: no column INSTALLATION_IDENTIFIER",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_a_failure_leaves_data_byte_identical(case, publisher, conf, waits, data_copy, capsys):
    route, answer, message = CASES[case]
    publisher.route(route, answer)
    before = fingerprint(data_copy.parent)
    assert refresh(data_copy, conf, waits, "--only", "smhi", "eutl") == 1
    assert fingerprint(data_copy.parent) == before
    err = capsys.readouterr().err
    assert err.startswith(f"update-data failed: {message}") and err.count("\n") == 1, err
