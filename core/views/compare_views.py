"""The compare-over-time explorer: chosen municipalities' emissions in one sector (or all) by year."""

from __future__ import annotations

import pandas as pd

from core.views.trend_views import Line

ALL_SECTORS = "all"  # the sum of SMHI's nine main sectors


def sector_values(emissions: pd.DataFrame, code: str, sector: str) -> pd.DataFrame:
    """A municipality's emissions by year (year, value) in one sector, or all sectors summed."""
    own = emissions[emissions["area_code"].eq(code)]
    if sector != ALL_SECTORS:
        own = own[own["sector"].eq(sector)]
    return (
        own.groupby("year", as_index=False)["emissions_t"]
        .sum(min_count=1)
        .rename(columns={"emissions_t": "value"})
    )


def compare_lines(
    emissions: pd.DataFrame, codes: list[str], sector: str, names: dict[str, str], colours: tuple[str, ...]
) -> list[Line]:
    """One line per chosen municipality, in the order chosen, each with its own colour."""
    return [
        Line(code, names[code], colours[i % len(colours)], sector_values(emissions, code, sector))
        for i, code in enumerate(codes)
    ]


def default_places(emissions: pd.DataFrame, count: int, sector: str) -> list[str]:
    """The municipalities with the largest emissions in the newest year: a start worth comparing."""
    last = int(emissions["year"].max())
    rows = emissions[emissions["area_code"].str.len().eq(4) & emissions["year"].eq(last)]
    if sector != ALL_SECTORS:
        rows = rows[rows["sector"].eq(sector)]
    totals = rows.groupby("area_code")["emissions_t"].sum().sort_values(ascending=False)
    return list(totals.index[:count])
