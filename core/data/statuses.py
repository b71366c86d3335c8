"""Exact, approximate or not in our register: each value's status.

The register's values and the county totals here keep absence from the register from turning into zero.
"""

from __future__ import annotations

import pandas as pd

from core.data.queries import active_sites
from core.text.i18n import text

NOT_IN_REGISTER = "not_in_register"  # value_status of a municipality with no site in our register
STATUS_COLUMNS = ("approximate", "status")  # of an indicator's exported values


def _any_true(flags: pd.Series) -> bool:
    return bool(flags.fillna(False).astype(bool).any())


def register_values(workplaces: pd.DataFrame, municipalities: pd.DataFrame) -> pd.DataFrame:
    """Sites in our register and their known employees per municipality, as indicators.

    A municipality with no site in the register has no value (status not_in_register), never 0: the
    register is a selection, so absence from it says nothing about the municipality's industry. One whose
    sites all lack a figure has missing employees; a sum with any approximate figure is approximate.
    """
    grouped = (
        active_sites(workplaces)
        .groupby("municipality_code")
        .agg(
            register_sites=("workplace_id", "size"),
            register_employees=("employees", lambda counts: counts.sum(min_count=1)),
            approximate=("employees_approx", _any_true),
        )
    )
    table = municipalities[["municipality_code"]].join(grouped, on="municipality_code")
    absent = table["register_sites"].isna()
    rough = table["approximate"].fillna(False).astype(bool)
    rows = [
        table[["municipality_code"]].assign(
            indicator=name,
            value=table[name].astype(float),
            value_status=absent.map({True: NOT_IN_REGISTER, False: "exact"}).where(
                ~(rough & (name == "register_employees")), "approximate"
            ),
        )
        for name in ("register_sites", "register_employees")
    ]
    return pd.concat(rows, ignore_index=True)


def statuses(values: pd.DataFrame) -> pd.Series:
    """Each row's value_status: exact, approximate or not_in_register (exact where none is given)."""
    if "value_status" not in values:
        return pd.Series("exact", index=values.index)
    return values["value_status"].fillna("exact")


def county_values(values: pd.DataFrame, counties: pd.DataFrame, additive: bool) -> pd.DataFrame:
    """County totals of an additive indicator; missing when any municipality lacks a value.

    A municipality not in our register adds nothing but leaves the total complete; a county with no site
    in the register is itself not_in_register, and a total with an approximate part is approximate.
    """
    status = statuses(values)
    by_county = values["county_code"]
    absent = status.eq(NOT_IN_REGISTER)
    complete = (values["value"].notna() | absent).groupby(by_county).all()
    totals = values.groupby("county_code")["value"].sum(min_count=1).where(complete & additive)
    rough = status.eq("approximate").groupby(by_county).any()
    county_status = rough.map({True: "approximate", False: "exact"}).where(
        ~absent.groupby(by_county).all(), NOT_IN_REGISTER
    )
    table = pd.DataFrame({"value": totals, "value_status": county_status})
    return counties.merge(table, left_on="county_code", right_index=True, how="left")


def status_columns(rows: pd.DataFrame, lang: str) -> dict[str, list[str]]:
    """Approximate (yes/no, empty without a value) and status (exact, approximate, not in our register)."""
    status = statuses(rows)
    known = rows["value"].notna()
    missing = text("value.status.missing", lang)
    return {
        "approximate": [
            text("value.yes" if s == "approximate" else "value.no", lang) if k else ""
            for s, k in zip(status, known, strict=True)
        ],
        "status": [
            text(f"value.status.{s}", lang) if k or s == "not_in_register" else missing
            for s, k in zip(status, known, strict=True)
        ],
    }
