"""Pure filters and aggregations over the validated data (DataFrames in, DataFrames out)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

COUNTY_CODE_LENGTH = 2


@dataclass(frozen=True)
class Selection:
    """What the reader has chosen: one county (None = all) and the focus areas shown."""

    county: str | None
    focus_areas: tuple[str, ...]


def is_own(frame: pd.DataFrame) -> pd.Series:
    """True for the visitor's own (uploaded) rows; tables without the 'own' column have none."""
    if "own" not in frame:
        return pd.Series(False, index=frame.index)
    return frame["own"].fillna(False).astype(bool)


def with_own(curated: pd.DataFrame, own: pd.DataFrame | None) -> pd.DataFrame:
    """The curated rows and the visitor's own (validated) rows in one table, told apart by 'own'."""
    frames = [curated.assign(own=False)]
    if own is not None and len(own):
        frames.append(own.assign(own=True))
    return pd.concat(frames, ignore_index=True)


def municipalities_table(geojson: dict) -> pd.DataFrame:
    """Municipality code, county code and name for every feature of the geometry."""
    rows = [feature["properties"] for feature in geojson["features"]]
    return pd.DataFrame(rows, columns=["municipality_code", "county_code", "name"]).sort_values(
        "municipality_code", ignore_index=True
    )


def municipality_names(geojson: dict) -> dict[str, str]:
    """Municipality code -> name, from the geometry."""
    return {f["properties"]["municipality_code"]: f["properties"]["name"] for f in geojson["features"]}


def with_county(frame: pd.DataFrame) -> pd.DataFrame:
    """Add county_code derived from municipality_code (SCB codes begin with the county code)."""
    return frame.assign(county_code=frame["municipality_code"].str[:COUNTY_CODE_LENGTH])


def active_sites(workplaces: pd.DataFrame) -> pd.DataFrame:
    """Sites that are still in operation."""
    return workplaces[workplaces["status"].eq("active")].reset_index(drop=True)


def filter_workplaces(workplaces: pd.DataFrame, selection: Selection) -> pd.DataFrame:
    """Sites in the selected focus areas and county."""
    sites = with_county(workplaces)
    keep = sites["focus_area"].isin(selection.focus_areas)
    if selection.county:
        keep &= sites["county_code"].eq(selection.county)
    return sites[keep].reset_index(drop=True)


def indicator_years(indicators: pd.DataFrame, indicator: str) -> list[int]:
    """Years with at least one row for the indicator, newest first."""
    years = indicators.loc[indicators["indicator"].eq(indicator), "year"].unique()
    return sorted((int(year) for year in years), reverse=True)


def indicator_values(
    indicators: pd.DataFrame, municipalities: pd.DataFrame, indicator: str, year: int | None
) -> pd.DataFrame:
    """One row per municipality (all of them) with the indicator's value, missing where absent."""
    rows = indicators[indicators["indicator"].eq(indicator)]
    if year is not None and "year" in rows:
        rows = rows[rows["year"].eq(year)]
    columns = [c for c in ("municipality_code", "value", "value_status", "note") if c in rows]
    return municipalities.merge(rows[columns], on="municipality_code", how="left")


def ranks(values: pd.DataFrame, group: str) -> list[tuple[int | None, int]]:
    """Each row's rank in its group, highest value first (ties share a rank), and how many have a value."""
    known = values["value"].notna()
    rank = values.groupby(group)["value"].rank(method="min", ascending=False)
    among = known.groupby(values[group]).transform("sum")
    return [(int(r) if ok else None, int(n)) for r, n, ok in zip(rank, among, known, strict=True)]


def coverage(indicators: pd.DataFrame, municipalities: pd.DataFrame) -> pd.DataFrame:
    """Municipalities with a value per indicator and year, out of all municipalities."""
    known = indicators[indicators["value"].notna()]
    table = known.groupby(["indicator", "year"])["municipality_code"].nunique().rename("covered")
    table = table.reset_index()
    table["total"] = len(municipalities)
    return table


def _rank(known: pd.Series, value: float | None) -> int | None:
    """Rank among the known values, highest first; ties share the better rank."""
    return None if value is None else int((known > value).sum()) + 1


def _own_status(values: pd.DataFrame, municipality_code: str) -> str:
    """The municipality's value_status (exact, approximate or not_in_register); exact where none is given."""
    if "value_status" not in values:
        return "exact"
    own = values.loc[values["municipality_code"].eq(municipality_code), "value_status"]
    return "exact" if own.empty or pd.isna(own.iloc[0]) else str(own.iloc[0])


def peer_comparison(values: pd.DataFrame, municipality_code: str) -> dict[str, float | int | None]:
    """The municipality's value, the medians of its county and of the region, and its rank in each."""
    known = values[values["value"].notna()]
    own = values.loc[values["municipality_code"].eq(municipality_code), "value"]
    county = municipality_code[:COUNTY_CODE_LENGTH]
    in_county = known[known["county_code"].eq(county)]["value"]
    value = None if own.empty or pd.isna(own.iloc[0]) else float(own.iloc[0])
    return {
        "value": value,
        "status": _own_status(values, municipality_code),
        "county_median": float(in_county.median()) if len(in_county) else None,
        "region_median": float(known["value"].median()) if len(known) else None,
        "county_rank": _rank(in_county, value),
        "county_count": len(in_county),
        "region_rank": _rank(known["value"], value),
        "covered": len(known),
    }


def focus_area_summary(workplaces: pd.DataFrame, group_by: list[str]) -> pd.DataFrame:
    """Active sites, sites with an employee figure and their employees, per group."""
    return (
        with_county(active_sites(workplaces))
        .groupby(group_by)
        .agg(
            sites=("workplace_id", "size"),
            sites_with_figure=("employees", "count"),
            employees=("employees", "sum"),
        )
        .reset_index()
    )


def ranked_sites(workplaces: pd.DataFrame) -> pd.DataFrame:
    """Active sites with an employee figure, largest first."""
    active = active_sites(workplaces)
    return active[active["employees"].notna()].sort_values("employees", ascending=False, ignore_index=True)


def _matching(frame: pd.DataFrame, **wanted: str | None) -> pd.DataFrame:
    """Rows whose columns equal every given value; a None value matches everything."""
    keep = pd.Series(True, index=frame.index)
    for column, value in wanted.items():
        if value:
            keep &= frame[column].eq(value)
    return frame[keep]


def filter_activities(
    activities: pd.DataFrame, partner: str | None, county: str | None, focus_area: str | None
) -> pd.DataFrame:
    """Activities organised by a partner, held in a county, within a focus area (None = all)."""
    chosen = _matching(activities, partner_id=partner, county_code=county, focus_area=focus_area)
    return chosen.sort_values("date", na_position="last", ignore_index=True)


def filter_partners(partners: pd.DataFrame, county: str | None, focus_area: str | None) -> pd.DataFrame:
    """Partners seated in a county or tied to a focus area (None = all)."""
    return _matching(partners, county_code=county, focus_area=focus_area).reset_index(drop=True)


def key_figure(key_figures: pd.DataFrame, figure_id: str, area_code: str) -> pd.Series | None:
    """The newest row of a key figure for an area, or None."""
    rows = key_figures[key_figures["figure_id"].eq(figure_id) & key_figures["area_code"].eq(area_code)]
    return None if rows.empty else rows.sort_values("year").iloc[-1]
