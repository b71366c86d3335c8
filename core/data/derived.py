"""Indicators the app derives from another dataset: industry's emissions per municipality, and the change."""

from __future__ import annotations

import pandas as pd

from core.data import transition

EMISSIONS = "industrial_emissions"
CHANGE = "industrial_emissions_change"
DERIVED = (EMISSIONS, CHANGE)


def emission_indicators(emissions: pd.DataFrame, base_year: int) -> pd.DataFrame:
    """Rows shaped as data/indicators.csv: industry's emissions per municipality and year, and the change.

    The change (percent since base_year) sits in the newest year; a value missing in either year stays
    missing, never zero.
    """
    municipal = emissions[emissions["area_code"].str.len().eq(4)]
    level = transition.industrial_emissions(municipal).rename(
        columns={"area_code": "municipality_code", "emissions_t": "value"}
    )
    change = transition.emissions_change(municipal, since=base_year)
    last = int(municipal["year"].max())
    rows = [
        level.assign(indicator=EMISSIONS),
        change.rename(columns={"area_code": "municipality_code", "change_pct": "value"}).assign(
            indicator=CHANGE, year=last
        ),
    ]
    columns = ["municipality_code", "indicator", "year", "value"]
    table = pd.concat([row[columns] for row in rows], ignore_index=True)
    return table.assign(value_status="exact", year=table["year"].astype(int))
