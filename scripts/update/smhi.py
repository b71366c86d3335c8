"""SMHI's Nationella emissionsdatabasen: the Excel file of all greenhouse gases, main sectors per area."""

from __future__ import annotations

import pandas as pd

from scripts.curate.emissions import SECTORS
from scripts.update.http import Http, UpdateError
from scripts.update.workbook import download, find_row, number, sheet_rows, text, year

WHERE = ("SMHI", "emissions")
SECTOR, SUB, COUNTY, TOWN = range(4)  # the first four columns: Huvudsektor, Undersektor, Län, Kommun
COLUMNS = ["area_code", "area_level", "year", "sector", "emissions_t", "data_release"]
LEVELS = {"municipality": 0, "county": 1, "country": 2}


def _table(rows: list[tuple], settings: dict) -> pd.DataFrame:
    """The data rows under the header row, with a column per year named by the row above it."""
    names = settings["header"]
    at = find_row(
        rows, lambda r: [text(c) for c in r[:4]] == names, settings["within"], WHERE, f"row {names}"
    )
    years = {i: year(c) for i, c in enumerate(rows[at - 1]) if i >= len(names) and at > 0 and year(c)}
    if not years:
        raise UpdateError(*WHERE, f"layout changed: no year columns in the row above {names}")
    frame = pd.DataFrame(rows[at + 1 :]).reindex(columns=range(max(years) + 1))
    labels = frame[[SECTOR, SUB, COUNTY, TOWN]].map(text)
    values = frame[list(years)].map(number).astype(float).rename(columns=years)
    return pd.concat([labels, values], axis=1)


def _areas(table: pd.DataFrame, settings: dict, places: dict[str, str]) -> pd.DataFrame:
    """The main sectors' rows of the chosen municipalities, their counties and Sweden, with area codes."""
    every = settings["all"]
    rows = table[(table[SUB] == every) & (table[SECTOR] != every)]
    towns = {name: code for code, name in places.items()}
    municipal = rows[rows[COUNTY].ne(every) & rows[TOWN].isin(towns)]
    county = rows[rows[TOWN].eq(every) & rows[COUNTY].isin(settings["counties"])]
    country = rows[rows[COUNTY].eq(every) & rows[TOWN].eq(every)]
    parts = [
        municipal.assign(area_code=municipal[TOWN].map(towns), area_level="municipality"),
        county.assign(area_code=county[COUNTY].map(settings["counties"]), area_level="county"),
        country.assign(area_code="SE", area_level="country"),
    ]
    found = pd.concat(parts, ignore_index=True)
    missing = sorted({*places, *settings["counties"].values(), "SE"} - set(found["area_code"]))
    sectors = set(found[SECTOR])
    if missing or sectors != set(SECTORS):
        problem = f"areas missing {missing}; sectors new {sorted(sectors - set(SECTORS))}, "
        raise UpdateError(*WHERE, f"layout changed: {problem}gone {sorted(set(SECTORS) - sectors)}")
    return found


def parse(content: bytes, settings: dict, places: dict[str, str]) -> pd.DataFrame:
    """One row per area, year and main sector, in tonnes CO2e (2 decimals); a year the file lacks stays
    absent, an empty cell stays empty. The release is named by the file's newest year."""
    table = _table(sheet_rows(content, settings["sheet"], WHERE), settings)
    found = _areas(table, settings, places)
    years = [c for c in table.columns if isinstance(c, int) and c > TOWN]
    long = found.melt(id_vars=["area_code", "area_level", SECTOR], value_vars=years, var_name="year")
    release = f"SMHI-{max(years)} ({settings['release']})"
    frame = long.assign(
        sector=long[SECTOR].map(SECTORS), emissions_t=long["value"].round(2), data_release=release
    )
    frame = frame.sort_values(["area_level", "area_code", "year", "sector"], key=_order)
    return frame[COLUMNS].reset_index(drop=True)


def _order(column: pd.Series) -> pd.Series:
    return column.map(LEVELS) if column.name == "area_level" else column


def fetch(http: Http, settings: dict, places: dict[str, str]) -> pd.DataFrame:
    """Download the file (or read a maintainer's copy) and curate it."""
    return parse(download(http, settings, WHERE[1])[0], settings, places)
