"""The corrections from the independent check of the data package, each as its source gives it."""

import pandas as pd
import pytest

from core.data import loading, queries
from core.text import format as fmt

INDICATORS = loading.load("indicators")
KEY_FIGURES = loading.load("key_figures")
WORKPLACES = loading.load("workplaces").set_index("workplace_id")
MUNICIPALITIES = queries.municipalities_table(loading.load_geojson("municipalities"))
SHARE = "manufacturing_employment_share"


def share_in(name: str) -> float:
    code = MUNICIPALITIES.loc[MUNICIPALITIES["name"].eq(name), "municipality_code"].item()
    rows = INDICATORS[INDICATORS["indicator"].eq(SHARE) & INDICATORS["municipality_code"].eq(code)]
    return rows["value"].item()


def figure(figure_id: str, area: str = "20") -> pd.Series:
    row = queries.key_figure(KEY_FIGURES, figure_id, area)
    assert row is not None, figure_id
    return row


@pytest.mark.parametrize(("name", "share"), [("Ludvika", 35.7), ("Säter", 10.6), ("Avesta", 25.0)])
def test_manufacturing_share_is_read_to_a_tenth_from_region_dalarnas_charts(name, share):
    assert share_in(name) == pytest.approx(share)


def test_manufacturing_share_covers_every_dalarna_chart_and_links_each():
    rows = INDICATORS[INDICATORS["indicator"].eq(SHARE)]
    dalarna = MUNICIPALITIES[MUNICIPALITIES["county_code"].eq("20")]
    assert sorted(rows["municipality_code"]) == sorted(dalarna["municipality_code"])
    assert rows["source_url"].str.contains("/Figurer/andel_per_bransch_").all()
    assert rows["note"].str.contains("juli 2024").all()


def test_manufacturing_share_states_july_2024_as_its_reference_period():
    entry = loading.load_meta("indicators")["indicators"][SHARE]
    assert "juli 2024" in entry["definition"]["sv"] and "July 2024" in entry["definition"]["en"]
    assert entry["decimals"] == 1


@pytest.mark.parametrize("figure_id", ["tax_municipalities", "tax_regions", "tax_state", "tax_total"])
def test_tax_figures_say_they_were_published_2020_and_calculated_for_2018(figure_id):
    row = figure(figure_id, "NMS")
    definition = loading.load_meta("key_figures")["figures"][figure_id]["definition"]
    for text in (row["note_sv"], row["note_en"], definition["sv"], definition["en"]):
        assert "2020" in text and "2018" in text, text


@pytest.mark.parametrize(
    ("figure_id", "qualifier", "shown_sv", "shown_en"),
    [
        ("japanese_owned_manufacturing_employees", "about", "ca 3 300 personer", "about 3,300 people"),
        ("industry_jobs_direct_indirect", "just_over", "drygt 27 000 personer", "just over 27,000 people"),
        ("industry_jobs_incl_tax_financed", "nearly", "nästan 33 000 personer", "nearly 33,000 people"),
        ("industry_jobs_incl_tax_financed_share", "nearly", "nästan 47 %", "nearly 47%"),
    ],
)
def test_qualifiers_follow_the_sources_wording(figure_id, qualifier, shown_sv, shown_en):
    row = figure(figure_id)
    assert row["qualifier"] == qualifier
    unit = loading.load_meta("key_figures")["figures"][figure_id]["unit"]
    sv = fmt.quantity(row["value"], unit, "sv", 0, row["qualifier"]).replace("\u00a0", " ")
    assert (sv, fmt.quantity(row["value"], unit, "en", 0, row["qualifier"])) == (shown_sv, shown_en)


def test_ovako_hofors_has_ekonomifaktas_figure_with_year_and_source():
    site = WORKPLACES.loc["ovako-hofors"]
    assert (site["employees"], site["employees_year"], site["employees_approx"]) == (975, 2020, True)
    assert site["employees_source_url"].startswith("https://www.ekonomifakta.se/")
    assert "Hofors" in site["employees_source_url"] and "2020" in site["note_en"]


def test_holmen_iggesund_has_the_company_figure_from_2014():
    site = WORKPLACES.loc["holmen-iggesund"]
    assert (site["employees"], site["employees_year"]) == (850, 2014)
    assert "iggesund.com" in site["employees_source_url"] and "2014" in site["employees_source_url"]
