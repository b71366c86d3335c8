"""Plain-language sentences generated from the data: chart captions and text alternatives."""

from __future__ import annotations

import pandas as pd

from core.text import format as fmt
from core.text.i18n import text


def _absent_note(values: pd.DataFrame, lang: str) -> str:
    absent = int(values.get("value_status", pd.Series(dtype=str)).eq("not_in_register").sum())
    return " " + text("summary.not_in_register", lang, count=absent) if absent else ""


def extremes_summary(values: pd.DataFrame, title: str, unit: str, decimals: int, lang: str) -> str:
    """Highest and lowest area for an indicator, and how many areas have a value.

    Areas without a value (missing, or with no site in our register) take no part; one area alone is only
    named with its value, never compared with itself; approximate values say 'ca'.
    """
    known = values[values["value"].notna()].sort_values("value")
    if known.empty:
        return text("summary.no_values", lang, title=title) + _absent_note(values, lang)

    def shown(row: pd.Series) -> str:
        return fmt.shown_value(row["value"], row.get("value_status"), unit, lang, decimals)

    low, high = known.iloc[0], known.iloc[-1]
    if len(known) == 1:
        sentence = text("summary.single", lang, title=title, name=high["name"], value=shown(high))
        return sentence + _absent_note(values, lang)
    return text(
        "summary.extremes",
        lang,
        title=title,
        high_name=high["name"],
        high=shown(high),
        low_name=low["name"],
        low=shown(low),
        covered=len(known),
        total=len(values),
    ) + _absent_note(values, lang)


def ranking_summary(ranked: pd.DataFrame, total_sites: int, lang: str) -> str:
    """The largest site in the selection and how many sites have an employee figure."""
    if ranked.empty:
        return text("summary.no_sites_with_figure", lang, total=total_sites)
    top = ranked.iloc[0]
    return text(
        "summary.ranking",
        lang,
        company=top["company"],
        site=top["site"],
        employees=fmt.number(top["employees"], lang),
        year=int(top["employees_year"]),
        with_figure=len(ranked),
        total=total_sites,
    )


def peer_summary(name: str, comparison: dict, county_name: str, unit: str, decimals: int, lang: str) -> str:
    """A municipality's value against the median of its county and of the region."""
    status = comparison.get("status", "exact")
    if status == "not_in_register":
        return text("summary.peer_not_in_register", lang, name=name)
    if comparison["value"] is None:
        return text("summary.peer_missing", lang, name=name)
    return text(
        "summary.peer",
        lang,
        name=name,
        value=fmt.shown_value(comparison["value"], status, unit, lang, decimals),
        county=county_name,
        county_median=fmt.quantity(comparison["county_median"], unit, lang, decimals),
        region_median=fmt.quantity(comparison["region_median"], unit, lang, decimals),
        county_rank=comparison["county_rank"],
        county_count=comparison["county_count"],
        region_rank=comparison["region_rank"],
        region_count=comparison["covered"],
    )


def dependency_sentence(values: pd.DataFrame, threshold: int, lang: str) -> str:
    """How many municipalities depend on fewer than `threshold` firms for half the payroll."""
    known = values[values["value"].notna()]
    few = known[known["value"] < threshold]
    most = known.sort_values("value").iloc[0]
    return text(
        "summary.dependency_one" if most["value"] == 1 else "summary.dependency",
        lang,
        count=len(few),
        total=len(known),
        threshold=threshold,
        name=most["name"],
        firms=fmt.number(most["value"], lang),
    )


def largest_site_sentence(ranked: pd.DataFrame, sites: int, lang: str) -> str:
    """How many major sites the register holds and which is the largest."""
    top = ranked.iloc[0]
    return text(
        "summary.largest_site",
        lang,
        sites=sites,
        company=top["company"],
        site=top["site"],
        employees=fmt.number(top["employees"], lang),
        year=int(top["employees_year"]),
    )


def industry_sentence(employees: pd.Series, workplaces: pd.Series, revenue: pd.Series, lang: str) -> str:
    """The region's industry in one sentence, from the key figures."""
    return text(
        "summary.industry",
        lang,
        year=int(employees["year"]),
        employees=fmt.quantity(employees["value"], "persons", lang, 0, employees["qualifier"]),
        workplaces=fmt.quantity(workplaces["value"], "workplaces", lang, 0, workplaces["qualifier"]),
        revenue=fmt.quantity(revenue["value"], "SEK_bn", lang, 0, revenue["qualifier"]),
    )


def county_summary(summary: pd.DataFrame, measure: str, county_names: dict[str, str], lang: str) -> str:
    """Which county has the most of the measure, and the total per county."""
    totals = summary.groupby("county_code")[measure].sum().reindex(list(county_names)).fillna(0)
    if totals.sum() == 0:
        return text("summary.no_sites", lang)
    parts = ", ".join(f"{county_names[code]} {fmt.number(value, lang)}" for code, value in totals.items())
    return text(f"summary.county_{measure}", lang, top=county_names[totals.idxmax()], parts=parts)
