"""Emissions per area, year and SMHI main sector (Klimatkollen's copy of SMHI), latest release only."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from scripts.curate.common import read

EMISSIONS_DIR = "klimatkollen-smhi-emissions-by-sector"
# SMHI main sectors ("Huvudsektor") -> our ids; Swedish and English names are in content/strings.yaml.
SECTORS = {
    "Industri (energi + processer)": "industry",
    "El och fjärrvärme": "electricity_heating",
    "Transporter": "transport",
    "Arbetsmaskiner": "machinery",
    "Jordbruk": "agriculture",
    "Egen uppvärmning av bostäder och lokaler": "heating_buildings",
    "Avfall (inkl.avlopp)": "waste",
    "Produktanvändning (inkl. lösningsmedel)": "product_use",
    "Utrikes transporter": "international_transport",
}
LATEST_RELEASE = "SMHI-2024"


def _release(frame: pd.DataFrame) -> pd.DataFrame:
    latest = frame[frame["data_release"].str.startswith(LATEST_RELEASE)]
    if len(set(latest["data_release"])) != 1:
        raise SystemExit(
            f"expected exactly one {LATEST_RELEASE} release, got {latest['data_release'].unique()}"
        )
    return latest


def emissions(sources: Path) -> pd.DataFrame:
    """Emissions per area, year and SMHI main sector, latest release only."""
    folder = sources / EMISSIONS_DIR
    towns = _release(read(folder / "municipality_sector_emissions_latest.csv"))
    larger = _release(read(folder / "county_and_national_sector_emissions.csv"))
    frames = [
        towns.assign(area_code=towns["municipality_code"], area_level="municipality"),
        larger.assign(
            area_code=larger["county_code"],
            area_level=larger["county_code"].map(lambda code: "country" if code == "SE" else "county"),
        ),
    ]
    table = pd.concat(frames, ignore_index=True)
    table = table.assign(
        sector=table["sector"].map(SECTORS),
        emissions_t=table["emissions_t_co2e"],
        data_release=table["data_release"],
    )
    order = {"municipality": 0, "county": 1, "country": 2}
    table = table.sort_values(
        ["area_level", "area_code", "year", "sector"],
        key=lambda c: c.map(order) if c.name == "area_level" else c,
    )
    return table[["area_code", "area_level", "year", "sector", "emissions_t", "data_release"]]
