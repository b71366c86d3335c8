"""Filters and aggregations on small hand-made frames."""

import math

import pandas as pd
import pytest

from core.data import catalogue, queries, statuses

MUNICIPALITIES = pd.DataFrame(
    {
        "municipality_code": ["2080", "2081", "2104", "2180"],
        "county_code": ["20", "20", "21", "21"],
        "name": ["Falun", "Borlänge", "Hofors", "Gävle"],
    }
)
COUNTIES = pd.DataFrame({"county_code": ["20", "21"], "name": ["Dalarna", "Gävleborg"]})


def indicator_rows(values: dict[str, float], indicator="x", year=2022) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "municipality_code": list(values),
            "indicator": indicator,
            "year": year,
            "value": list(values.values()),
            "value_status": "exact",
            "note": None,
        }
    )


def sites(**columns) -> pd.DataFrame:
    base = {
        "workplace_id": ["a", "b", "c"],
        "company": ["A", "B", "C"],
        "site": ["s", "t", "u"],
        "municipality_code": ["2081", "2081", "2104"],
        "focus_area": ["steel", "forest_bioeconomy", "steel"],
        "employees": pd.array([100, None, 50], dtype="Int64"),
        "employees_approx": [True, False, False],
        "status": ["active", "active", "active"],
    }
    return pd.DataFrame({**base, **columns})


def test_missing_municipalities_are_missing_not_zero():
    values = queries.indicator_values(indicator_rows({"2080": 5.0, "2104": 1.0}), MUNICIPALITIES, "x", 2022)
    assert len(values) == 4
    by_code = dict(zip(values["municipality_code"], values["value"], strict=True))
    assert by_code["2080"] == 5.0
    assert math.isnan(by_code["2081"])
    assert math.isnan(by_code["2180"])


def test_only_the_chosen_year_is_used():
    rows = pd.concat([indicator_rows({"2080": 5.0}, year=2021), indicator_rows({"2080": 7.0})])
    values = queries.indicator_values(rows, MUNICIPALITIES, "x", 2021)
    assert values.loc[values["municipality_code"].eq("2080"), "value"].item() == 5.0
    assert queries.indicator_years(rows, "x") == [2022, 2021]


def test_county_total_needs_every_municipality():
    values = queries.indicator_values(
        indicator_rows({"2080": 5.0, "2081": 2.0, "2104": 1.0}), MUNICIPALITIES, "x", 2022
    )
    totals = statuses.county_values(values, COUNTIES, additive=True).set_index("county_code")["value"]
    assert totals["20"] == 7.0
    assert math.isnan(totals["21"])  # Gävle has no value: no county total


def test_ratios_are_not_summed_to_counties():
    values = queries.indicator_values(indicator_rows({"2080": 5.0, "2081": 2.0}), MUNICIPALITIES, "x", 2022)
    totals = statuses.county_values(values, COUNTIES, additive=False)
    assert totals["value"].isna().all()


def test_register_values_count_sites_and_known_employees():
    table = statuses.register_values(sites(), MUNICIPALITIES)
    pivot = table.pivot(index="municipality_code", columns="indicator", values="value")
    assert pivot.loc["2081", "register_sites"] == 2
    assert pivot.loc["2081", "register_employees"] == 100
    assert math.isnan(pivot.loc["2180", "register_sites"])  # no site in our register: not zero


def status_of(table: pd.DataFrame, code: str, indicator: str) -> str:
    row = table[table["municipality_code"].eq(code) & table["indicator"].eq(indicator)]
    return row["value_status"].item()


def test_a_municipality_without_sites_is_not_in_the_register_and_a_rough_sum_is_approximate():
    table = statuses.register_values(sites(), MUNICIPALITIES)
    assert status_of(table, "2180", "register_sites") == statuses.NOT_IN_REGISTER
    assert status_of(table, "2180", "register_employees") == statuses.NOT_IN_REGISTER
    assert status_of(table, "2081", "register_employees") == "approximate"  # site a's figure is a midpoint
    assert status_of(table, "2081", "register_sites") == "exact"
    assert status_of(table, "2104", "register_employees") == "exact"


def register(indicator: str = "register_sites") -> pd.DataFrame:
    return queries.indicator_values(
        statuses.register_values(sites(), MUNICIPALITIES), MUNICIPALITIES, indicator, None
    )


def test_absence_from_the_register_enters_no_median_rank_or_count():
    values = register()
    comparison = queries.peer_comparison(values, "2104")
    assert comparison["county_median"] == 1.0  # Hofors alone: Gävle (not in the register) is no 0
    assert comparison["region_median"] == 1.5  # Borlänge 2, Hofors 1; Falun and Gävle left out
    assert comparison["covered"] == 2
    assert queries.ranks(values, "county_code") == [(None, 1), (1, 1), (1, 1), (None, 1)]


def test_a_comparison_says_not_in_the_register_rather_than_no_figure():
    from core.text.summaries import peer_summary

    values = register()
    assert queries.peer_comparison(values, "2180")["status"] == statuses.NOT_IN_REGISTER
    assert queries.peer_comparison(values, "2104")["status"] == "exact"
    sentence = peer_summary(
        "Gävle", queries.peer_comparison(values, "2180"), "Gävleborg", "workplaces", 0, "sv"
    )
    assert "vårt register" in sentence and "uppgift saknas" not in sentence
    english = peer_summary(
        "Gävle", queries.peer_comparison(values, "2180"), "Gävleborg", "workplaces", 0, "en"
    )
    assert "our register" in english and "no figure" not in english


def test_county_totals_of_the_register_skip_absence_and_keep_its_status():
    values = register("register_employees")
    totals = statuses.county_values(values, COUNTIES, additive=True).set_index("county_code")
    assert totals.loc["20", "value"] == 100.0 and totals.loc["20", "value_status"] == "approximate"
    assert totals.loc["21", "value"] == 50.0 and totals.loc["21", "value_status"] == "exact"
    empty = register().assign(value=float("nan"), value_status=statuses.NOT_IN_REGISTER)
    alone = statuses.county_values(empty, COUNTIES, additive=True)
    assert alone["value"].isna().all() and set(alone["value_status"]) == {statuses.NOT_IN_REGISTER}


def test_sites_without_any_figure_give_missing_employees_not_zero():
    table = statuses.register_values(
        sites(employees=pd.array([100, None, None], dtype="Int64")), MUNICIPALITIES
    )
    pivot = table.pivot(index="municipality_code", columns="indicator", values="value")
    assert pivot.loc["2104", "register_sites"] == 1
    assert math.isnan(pivot.loc["2104", "register_employees"])
    assert math.isnan(pivot.loc["2180", "register_employees"])  # no sites at all: not in the register


def test_closed_sites_are_not_counted():
    table = statuses.register_values(sites(status=["active", "closed", "closed"]), MUNICIPALITIES)
    pivot = table.pivot(index="municipality_code", columns="indicator", values="value")
    assert pivot.loc["2081", "register_sites"] == 1
    assert math.isnan(pivot.loc["2104", "register_sites"])  # its only site is closed


@pytest.mark.parametrize(
    ("county", "areas", "expected"),
    [
        (None, ("steel",), {"a", "c"}),
        ("21", ("steel", "forest_bioeconomy"), {"c"}),
        ("20", ("forest_bioeconomy",), {"b"}),
        ("21", ("forest_bioeconomy",), set()),
    ],
)
def test_filter_workplaces(county, areas, expected):
    chosen = queries.filter_workplaces(sites(), queries.Selection(county, areas))
    assert set(chosen["workplace_id"]) == expected


def test_peer_comparison_ranks_highest_first_in_the_county_and_the_region():
    values = queries.indicator_values(
        indicator_rows({"2080": 5.0, "2081": 2.0, "2104": 1.0, "2180": 9.0}), MUNICIPALITIES, "x", 2022
    )
    result = queries.peer_comparison(values, "2081")
    assert result == {
        "value": 2.0,
        "status": "exact",
        "county_median": 3.5,
        "region_median": 3.5,
        "county_rank": 2,  # Falun (5) first in Dalarna, then Borlänge (2)
        "county_count": 2,
        "region_rank": 3,  # after Gävle (9) and Falun (5)
        "covered": 4,
    }


def test_ties_share_the_better_rank():
    values = queries.indicator_values(
        indicator_rows({"2080": 5.0, "2081": 5.0, "2104": 1.0}), MUNICIPALITIES, "x", 2022
    )
    assert queries.peer_comparison(values, "2081")["region_rank"] == 1
    assert queries.peer_comparison(values, "2104")["region_rank"] == 3


def test_peer_comparison_of_a_municipality_without_value():
    values = queries.indicator_values(indicator_rows({"2080": 5.0}), MUNICIPALITIES, "x", 2022)
    assert queries.peer_comparison(values, "2104")["value"] is None


def test_ranked_sites_skip_missing_figures():
    assert list(queries.ranked_sites(sites())["workplace_id"]) == ["a", "c"]


def test_focus_area_summary_counts_sites_with_and_without_figures():
    summary = queries.focus_area_summary(sites(), ["focus_area"]).set_index("focus_area")
    assert summary.loc["steel", "sites"] == 2
    assert summary.loc["steel", "employees"] == 150
    assert summary.loc["forest_bioeconomy", "sites_with_figure"] == 0


def test_catalogue_search_is_case_insensitive():
    frame = pd.DataFrame({"company": ["SSAB", "Ovako"], "site": ["Borlänge", "Hofors"]})
    assert list(catalogue.search(frame, "borl")["company"]) == ["SSAB"]
    assert len(catalogue.search(frame, "  ")) == 2


def test_coverage_counts_municipalities_with_a_value_per_year():
    rows = pd.concat(
        [indicator_rows({"2080": 5.0, "2081": float("nan")}), indicator_rows({"2104": 1.0}, year=2021)]
    )
    table = queries.coverage(rows, MUNICIPALITIES).set_index("year")
    assert table.loc[2022, "covered"] == 1  # a missing value does not count
    assert table.loc[2021, "covered"] == 1
    assert (table["total"] == 4).all()
