"""Indicators the app derives from other datasets: industry's emissions and their change; industrial jobs."""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.data import transition

EMISSIONS = "industrial_emissions"
CHANGE = "industrial_emissions_change"
DERIVED = (EMISSIONS, CHANGE)
JOBS = "industrial_jobs"  # employed in manufacturing and extraction (SNI B+C), by workplace
JOBS_SHARE = "industrial_jobs_share"  # the same as a percent of all employed
JOBS_DERIVED = (JOBS, JOBS_SHARE)
INDICATOR_COLUMNS = ["municipality_code", "indicator", "year", "value"]


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
    table = pd.concat([row[INDICATOR_COLUMNS] for row in rows], ignore_index=True)
    return table.assign(value_status="exact", year=table["year"].astype(int))


def _numbers(column: pd.Series) -> np.ndarray:
    return pd.to_numeric(column).to_numpy(dtype=float, na_value=np.nan)


def _share_pct(jobs: pd.DataFrame) -> np.ndarray:
    """Employed in manufacturing as a percent of all employed; missing where either is missing (or no one)."""
    total = _numbers(jobs["employed_total"])
    part = _numbers(jobs["employed_manufacturing"])
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(total > 0, part / total * 100, np.nan)


def job_values(jobs: pd.DataFrame, indicator: str) -> np.ndarray:
    """Per row of the jobs table: the count employed in manufacturing (JOBS) or its share (JOBS_SHARE)."""
    return _share_pct(jobs) if indicator == JOBS_SHARE else _numbers(jobs["employed_manufacturing"])


def one_per_year(jobs: pd.DataFrame, methods: tuple[str, ...]) -> pd.DataFrame:
    """One row per municipality and year: where two methods count a year, the one listed first."""
    order = jobs["method"].map({method: i for i, method in enumerate(methods)}).fillna(len(methods))
    ranked = jobs.assign(_order=order).sort_values(["municipality_code", "year", "_order"])
    return ranked.drop_duplicates(["municipality_code", "year"]).drop(columns="_order")


def job_indicators(jobs: pd.DataFrame, methods: tuple[str, ...]) -> pd.DataFrame:
    """Rows shaped as data/indicators.csv: employed in manufacturing and extraction, and its share of all.

    A missing cell at SCB stays missing (no value), never zero.
    """
    rows = one_per_year(jobs, methods)
    base = rows[["municipality_code", "year"]].reset_index(drop=True)
    parts = [base.assign(indicator=i, value=job_values(rows, i)) for i in JOBS_DERIVED]
    table = pd.concat(parts, ignore_index=True)[INDICATOR_COLUMNS]
    return table.assign(value_status="exact", year=table["year"].astype(int))
