"""Small Excel files in SMHI's and the Commission's layouts (fixtures/README.md says whose); test values."""

import io
import json

import openpyxl
import pandas as pd

from core.data.loading import read_csv
from scripts.curate.emissions import SECTORS

HEADER = ["Huvudsektor", "Undersektor", "Län", "Kommun"]
COUNTIES = {"17": "Värmlands län", "20": "Dalarnas län", "21": "Gävleborgs län"}
SMHI_YEARS = [1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024, 2025]
ETS_YEARS = list(range(2005, 2025))


def _save(sheets):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def smhi_values(data_dir, places, factor=1.01):
    """Per area and SMHI sector name: values by year, the shipped ones times `factor`, and 2025 invented."""
    table = read_csv(data_dir / "emissions.csv")
    table = table[table["area_code"].isin([*places, *COUNTIES, "SE"])]
    names = {ours: smhi for smhi, ours in SECTORS.items()}
    values = {}
    for (area, sector), rows in table.groupby(["area_code", "sector"]):
        by_year = {
            int(y): round(float(v) * factor, 2)
            for y, v in zip(rows["year"], rows["emissions_t"], strict=True)
        }
        values[(area, names[sector])] = by_year | {2025: by_year[2024]}
    return values


def smhi_workbook(values, places, header=HEADER, sheet="Sheet1"):
    """The SMHI layout: title rows, the years in row 6 from column E, the column names in row 7, then one
    row per main sector x sub-sector x county x municipality ("Alla" = total)."""
    rows = [("Nationella emissionsdatabasen",), ("Växthusgaser totalt (GGT)",), (), (), ()]
    rows += [(None, None, None, None, *SMHI_YEARS), tuple(header)]
    county_of = {code: COUNTIES[code[:2]] for code in places}
    for (area, sector), by_year in values.items():
        county, town = (
            (county_of[area], places[area]) if area in places else (COUNTIES.get(area, "Alla"), "Alla")
        )
        cells = [by_year.get(year) for year in SMHI_YEARS]
        rows += [(sector, "Alla", county, town, *cells), (sector, "Vägtrafik", county, town, *cells)]
        rows.append(("Alla", "Alla", county, town, *cells))  # the all-sector total, not kept
    return _save({sheet: rows})


def ets_workbook(rows, sheet="data", id_column="INSTALLATION_IDENTIFIER"):
    """The Commission's layout: banner rows, then REGISTRY_CODE, INSTALLATION_IDENTIFIER, INSTALLATION_NAME,
    MAIN_ACTIVITY_TYPE_CODE, VERIFIED_EMISSIONS_<year>..., ALLOCATION_<year>... on sheet "data"."""
    header = ["REGISTRY_CODE", id_column, "INSTALLATION_NAME", "MAIN_ACTIVITY_TYPE_CODE"]
    header += [f"VERIFIED_EMISSIONS_{y}" for y in ETS_YEARS] + [f"ALLOCATION_{y}" for y in ETS_YEARS[3:]]
    banner = [("Union Registry - verified emissions",), ("Test values",), ()]
    body = [(r["registry"], r["id"], r["name"], 20, *r["verified"], *r["allocation"]) for r in rows]
    return _save({"Read Me": [("Read me",)], sheet: [*banner, header, *body]})


def ets_row(data_dir, eutl_id, new_year_value, registry="SE"):
    """One installation as the file would list it: its shipped values for 2005-2022, 2023 and 2024 new."""
    table = read_csv(data_dir / "ets_emissions.csv")
    mine = table[table["eutl_id"] == eutl_id].set_index("year")
    shipped = [pd.to_numeric(mine["verified_t"]).get(str(y)) for y in ETS_YEARS[:18]]
    allocation = [pd.to_numeric(mine["free_allocation"]).get(str(y)) for y in ETS_YEARS[3:18]]
    return {
        "registry": registry,
        "id": int(eutl_id.split("-")[1]),
        "name": f"Plant {eutl_id}",
        "verified": [None if pd.isna(v) else v for v in shipped] + [new_year_value, "Excluded"],
        "allocation": [None if pd.isna(v) else v for v in allocation] + [100, None],
    }


def municipality_names(data_dir):
    """Code -> name of the 41 municipalities, from the project's map."""
    features = json.loads((data_dir / "municipalities.geojson").read_text(encoding="utf-8"))["features"]
    return {f["properties"]["municipality_code"]: f["properties"]["name"] for f in features}
