"""Pure queries over the transition data: emissions, EU ETS plants, projects and grants (no Streamlit)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd

INDUSTRY = "industry"
FINAL_STATUSES = ("in_operation", "cancelled", "closed")
COUNTY_CODES = ("20", "21", "17")
NO_NEWS_MONTHS = 24


def industrial_emissions(emissions: pd.DataFrame, area_codes: Iterable[str] | None = None) -> pd.DataFrame:
    """Emissions of SMHI's industry sector: area_code, year, emissions_t, sorted; all areas when None."""
    rows = emissions[emissions["sector"].eq(INDUSTRY)]
    if area_codes is not None:
        rows = rows[rows["area_code"].isin(list(area_codes))]
    return rows[["area_code", "year", "emissions_t"]].sort_values(["area_code", "year"], ignore_index=True)


def emissions_change(
    emissions: pd.DataFrame, since: int = 2005, until: int | None = None, sector: str = INDUSTRY
) -> pd.DataFrame:
    """Change in a sector's emissions per area between two years (until: the latest year in the table).

    Returns area_code, value_then, value_now, change_t and change_pct; a value missing in either year stays
    NaN and so does the change (a zero start gives NaN percent, never infinity).
    """
    until = int(emissions["year"].max()) if until is None else until
    rows = emissions[emissions["sector"].eq(sector)]
    wide = rows.pivot_table(index="area_code", columns="year", values="emissions_t", aggfunc="first")
    wide = wide.reindex(columns=[since, until])
    then, now = wide[since], wide[until]
    base = then.where(then.ne(0))
    return pd.DataFrame(
        {
            "area_code": wide.index,
            "value_then": then.to_numpy(),
            "value_now": now.to_numpy(),
            "change_t": (now - then).to_numpy(),
            "change_pct": ((now - then) / base * 100).to_numpy(),
        }
    ).reset_index(drop=True)


def region_series(
    emissions: pd.DataFrame, sector: str = INDUSTRY, counties: Iterable[str] = COUNTY_CODES
) -> pd.DataFrame:
    """The counties summed per year (year, emissions_t), only in years where every county has a value."""
    codes = list(counties)
    rows = emissions[emissions["sector"].eq(sector) & emissions["area_code"].isin(codes)]
    rows = rows[rows["emissions_t"].notna()]
    grouped = rows.groupby("year").agg(emissions_t=("emissions_t", "sum"), areas=("area_code", "nunique"))
    complete = grouped[grouped["areas"].eq(len(codes))]
    return complete[["emissions_t"]].reset_index().sort_values("year", ignore_index=True)


def plant_emissions(
    ets_emissions: pd.DataFrame, plants: pd.DataFrame, years: tuple[int, int] = (2013, 2022)
) -> pd.DataFrame:
    """Verified emissions of every plant in two years, with the change.

    Returns eutl_id, name, municipality_code, sector, value_then, value_now, change_t, change_pct; a plant
    without a value in a year keeps NaN there (never 0), and its change is NaN.
    """
    first, last = years
    wide = ets_emissions.pivot_table(index="eutl_id", columns="year", values="verified_t", aggfunc="first")
    wide = wide.reindex(index=plants["eutl_id"], columns=[first, last]).astype("float64")
    then, now = wide[first].to_numpy(), wide[last].to_numpy()
    base = pd.Series(then).where(pd.Series(then).ne(0)).to_numpy()
    table = plants[["eutl_id", "name", "municipality_code", "sector"]].reset_index(drop=True)
    return table.assign(
        value_then=then, value_now=now, change_t=now - then, change_pct=(now - then) / base * 100
    )


def _latest_day(value: str) -> date:
    """The last day a YYYY, YYYY-MM or YYYY-MM-DD date can mean (so a vague date never looks older)."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        year, month = parts
        return (pd.Timestamp(year=year, month=month, day=1) + pd.offsets.MonthEnd(0)).date()
    return date(parts[0], 12, 31)


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from one day to another (2024-01-15 to 2026-01-15 is 24, to 2026-01-14 is 23)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


def no_news_since(status: str, status_date: object, today: date, months: int = NO_NEWS_MONTHS) -> str | None:
    """YYYY-MM (or YYYY) of the status date when a project not in a final status has had no news for months.

    None for final statuses (in operation, cancelled, closed), an unknown date, or recent news.
    """
    if status in FINAL_STATUSES or not isinstance(status_date, str) or not status_date:
        return None
    if months_between(_latest_day(status_date), today) < months:
        return None
    return status_date[: len("YYYY-MM")]


def pipeline_with_news(projects: pd.DataFrame, today: date, months: int = NO_NEWS_MONTHS) -> pd.DataFrame:
    """The projects with a derived no_news_since label; the status itself is never changed."""
    labels = [
        no_news_since(status, when, today, months)
        for status, when in zip(projects["status"], projects["status_date"], strict=True)
    ]
    return projects.assign(no_news_since=pd.Series(labels, index=projects.index, dtype=object))


def grants_by_municipality(grants: pd.DataFrame) -> pd.DataFrame:
    """Grants and granted SEK per municipality: municipality_code, county_code, grants, grant_sek."""
    return (
        grants.groupby(["municipality_code", "county_code"], as_index=False)
        .agg(grants=("case_number", "count"), grant_sek=("grant_sek", "sum"))
        .sort_values(["grant_sek", "municipality_code"], ascending=[False, True], ignore_index=True)
    )
