"""The EU ETS plants in the region (EUTL) with our sector and location check, and their yearly emissions."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import geopandas as gpd
import pandas as pd

from scripts.curate.common import DATA, read
from scripts.curate.ets_sectors import sector_of

ETS_DIR = "eutl-ets-installations-nms"
OUTSIDE_REGION = {"SE-491"}  # Outokumpu Degerfors, Örebro county: excluded if it ever appears
EUTL_URL = "https://github.com/cedricr/eutl/blob/e7cd262520b328725674711502121b881f7300ae/export/installations-SE.csv"


def _whole(value: str) -> str:
    """'4207.0' -> '4207'; empty stays empty (the source has whole tonnes and allowances)."""
    if not value:
        return ""
    number = Decimal(value)
    if number != number.to_integral_value():
        raise SystemExit(f"expected a whole number, got {value}")
    return str(int(number))


def location_check(plants: pd.DataFrame) -> pd.Series:
    """'inside' or 'outside' the stated municipality's polygon, or 'no_point' without coordinates."""
    areas = gpd.read_file(DATA / "municipalities.geojson")[["municipality_code", "geometry"]]
    has_point = plants["lat"].ne("")
    points = gpd.GeoDataFrame(
        plants.loc[has_point, ["eutl_id", "municipality_code"]],
        geometry=gpd.points_from_xy(
            plants.loc[has_point, "lon"].astype(float), plants.loc[has_point, "lat"].astype(float)
        ),
        crs=areas.crs,
    )
    joined = gpd.sjoin(points, areas.rename(columns={"municipality_code": "found"}), how="left")
    inside = joined.groupby(level=0).apply(lambda g: bool((g["found"] == g["municipality_code"]).any()))
    result = pd.Series("no_point", index=plants.index)
    result[inside.index] = inside.map({True: "inside", False: "outside"})
    return result


def ets_plants(sources: Path) -> pd.DataFrame:
    """The EU ETS installations with our sector and the location check."""
    source = read(sources / ETS_DIR / "ets_installations_nms.csv")
    source = source[~source["eutl_id"].isin(OUTSIDE_REGION)].reset_index(drop=True)
    sectors = [sector_of(i, a) for i, a in zip(source["eutl_id"], source["main_activity_code"], strict=True)]
    table = pd.DataFrame(
        {
            "eutl_id": source["eutl_id"],
            "name": source["installation_name"],
            "operator": source["operator"],
            "municipality_code": source["municipality_code"],
            "county_code": source["county_code"],
            "lat": source["lat"],
            "lon": source["lon"],
            "location_approx": "true",
            "location_check": location_check(source),
            "eutl_activity_code": source["main_activity_code"],
            "eutl_activity": source["main_activity"],
            "sector": [s[0] for s in sectors],
            "sector_reason_sv": [s[1] for s in sectors],
            "sector_reason_en": [s[2] for s in sectors],
            "account_status": source["account_status"],
            "first_year": source["first_year_of_emissions"].replace("0", ""),
            "last_year": source["last_year_of_emissions"].replace("0", ""),
            "source_url": EUTL_URL,
        }
    )
    return table.sort_values(["municipality_code", "eutl_id"], ignore_index=True)


def ets_emissions(sources: Path, plants: pd.DataFrame) -> pd.DataFrame:
    """Verified emissions and free allocation per plant and year; empty where EUTL has no value."""
    source = read(sources / ETS_DIR / "ets_verified_emissions_nms_2005_2022.csv")
    source = source[source["eutl_id"].isin(plants["eutl_id"])]
    table = pd.DataFrame(
        {
            "eutl_id": source["eutl_id"],
            "year": source["year"],
            "verified_t": source["verified_emissions_t_co2e"].map(_whole),
            "free_allocation": source["free_allocation_allowances"].map(_whole),
            "compliance_code": source["compliance_code"],
        }
    )
    return table.sort_values(["eutl_id", "year"], ignore_index=True)
