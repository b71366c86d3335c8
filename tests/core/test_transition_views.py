"""What the transition's views show: the region's line, the map and its plants, the pipeline, the cards."""

import math
import re
from datetime import date

import pandas as pd
import pytest

from core.charts.pipeline_chart import stack, year_of
from core.charts.series import TrendStyle
from core.config import load_config
from core.data import derived, queries
from core.data.loading import load, load_geojson, load_meta
from core.transition_config import transition_settings
from core.views import (
    emission_trends,
    local_transition,
    pipeline_timeline,
    pipeline_views,
    recent_views,
    transition_map,
)
from core.views.map_scales import change_classes
from core.views.trend_views import Line, Measure, change_sentence, trend_view

EMISSIONS = load("emissions")
SETTINGS = transition_settings()
CONFIG = load_config()
COUNTIES = {county.code: county.name for county in CONFIG.counties}
STYLE = TrendStyle(640, 200, 13)


def test_the_region_line_is_the_three_counties_summed_and_keeps_the_missing_years_out():
    region, *counties = emission_trends.region_lines(EMISSIONS, COUNTIES, SETTINGS, "sv")
    by_year = region.table.set_index("year")["value"]
    county_sum = sum(c.table.set_index("year")["value"][2005] for c in counties)
    assert by_year[2005] == pytest.approx(county_sum)
    assert round(by_year[2005]) == 2_156_062 and round(by_year[2024]) == 966_624
    assert not set(range(2016, 2020)) & set(by_year.index)


def test_the_trend_sentence_states_the_fall_since_the_base_year_and_the_gap():
    lines = emission_trends.region_lines(EMISSIONS, COUNTIES, SETTINGS, "sv")
    meta = load_meta("emissions")
    view = trend_view(lines, meta, "T", emission_trends.measure(meta), STYLE, "sv", 2005)
    assert "minskade från 2 156 062 ton 2005 till 966 624 ton 2024 (−55 %)" in view.summary.replace(
        "\xa0", " "
    )
    assert "glapp" in view.summary
    assert view.table.shape == (len({*EMISSIONS["year"], 2016, 2017, 2018, 2019}), 1 + 4)


def test_change_classes_put_a_fall_in_blue_and_a_rise_in_red_around_a_neutral_middle():
    classes = change_classes(SETTINGS)
    assert classes.colour_of(-60) == SETTINGS.change_scale[0]
    assert classes.colour_of(0) == SETTINGS.change_scale[len(SETTINGS.change_scale) // 2]
    assert classes.colour_of(80) == SETTINGS.change_scale[-1]


def plants():
    return pipeline_views.plants_with_emissions(
        load("ets_plants"), load("ets_emissions"), SETTINGS.plant_years
    )


def test_the_plants_with_emissions_are_drawn_with_their_cards_and_the_rest_are_counted_in_the_note():
    geo = {"municipalities": load_geojson("municipalities")}
    drawing, values = transition_map.emissions_map(
        EMISSIONS, plants(), geo, CONFIG, SETTINGS, ("level", None), "sv", lambda code: f"m?k={code}"
    )
    emitting = plants()[plants()["lat"].notna() & plants()["value_now"].gt(0)]
    sites = [item for item in drawing.items if item.kind == "site"]
    assert len(sites) == len(emitting) == 76
    assert len(values) == 41
    ssab = next(item for item in sites if item.card[0] == "SSAB Tunnplåt i Borlänge")
    assert "2022: 225\xa0699 ton" in ssab.card and ssab.href == "m?k=2081"
    assert "76 av 131" in drawing.legend.note  # the plants without emissions that year are in the table
    zero = plants()[plants()["value_now"].eq(0)].iloc[0]["name"]
    assert zero not in [item.card[0] for item in sites]


def test_a_plant_with_no_figure_in_a_year_says_so_in_its_card():
    row = plants().assign(value_then=float("nan")).iloc[[0]]
    card = transition_map.plant_marks(
        row.assign(lat=60.0, lon=15.0, value_now=10.0),
        SETTINGS,
        {row.iloc[0]["sector"]: "#000000"},
        "sv",
        lambda code: None,
    )[0].card
    assert "2013: uppgift saknas" in card


def test_a_county_shows_only_its_municipalities_and_plants():
    geo = {"municipalities": load_geojson("municipalities")}
    drawing, values = transition_map.emissions_map(
        EMISSIONS, plants(), geo, CONFIG, SETTINGS, ("change", "21"), "en", lambda code: None
    )
    assert set(values["county_code"]) == {"21"} and len(values) == 10
    in_county = transition_map.drawn_plants(plants()[plants()["county_code"].eq("21")])
    assert sum(item.kind == "site" for item in drawing.items) == len(in_county)


def test_the_pipeline_is_ordered_by_status_and_labels_old_news_without_changing_the_status():
    projects = load("transition_projects")
    table = pipeline_views.pipeline_table(projects, {}, date(2026, 12, 6), 24, "en")
    statuses = table["Status"].str.split(" \\(").str[0].tolist()
    order = ["Announced", "Decided", "Under construction", "Commissioning", "In operation"]
    assert [s for s in dict.fromkeys(statuses) if s in order] == [s for s in order if s in statuses]
    news = table["Latest news"]
    assert news.str.startswith("No news since").sum() == 19
    assert not table.loc[news.str.startswith("No news since"), "Status"].str.startswith("In operation").any()


def test_status_cards_count_every_project_once():
    cards = pipeline_views.status_cards(load("transition_projects"), "sv")
    assert sum(int(card.value) for card in cards) == 39


def test_a_municipality_without_grants_says_so_instead_of_zero():
    card = local_transition.grant_card(load("grants"), load_meta("grants"), "2104", "sv")
    assert card.value == "Inga stöd under perioden"
    assert "2025-01-01" in card.provenance


def test_derived_indicators_keep_a_missing_start_missing():
    rows = derived.emission_indicators(EMISSIONS, 2005)
    change = rows[rows["indicator"].eq(derived.CHANGE)].set_index("municipality_code")["value"]
    expected = EMISSIONS.query("area_code == '2104' and sector == 'industry' and year in (2005, 2024)")
    then, now = expected.sort_values("year")["emissions_t"]
    assert change["2104"] == pytest.approx((now - then) / then * 100)
    assert len(change) == 41 and not any(math.isinf(v) for v in change.dropna())


def test_the_newest_jobs_figure_is_manufacturing_and_extraction_summed():
    jobs = recent_views.industry_jobs(load("jobs_region"))
    assert jobs.set_index("year")["value"][2021] == 828 + 53_922
    cards = recent_views.recent_cards(EMISSIONS, load("jobs_region"), 2005, "sv")
    assert cards[0].label == "Sysselsatta i tillverkning och utvinning 2021"


def test_the_municipalities_table_has_every_code_once():
    table = queries.municipalities_table(load_geojson("municipalities"))
    assert table["municipality_code"].is_unique and isinstance(table, pd.DataFrame)


def test_plants_count_towards_the_focus_area_of_their_sector_and_energy_towards_none():
    summary = pipeline_views.focus_area_emissions(plants(), CONFIG.ets_sectors, None)
    assert set(summary["focus_area"]) <= {"steel", "forest_bioeconomy", "other_industry"}
    steel = plants()[plants()["sector"].eq("steel")]
    assert summary.query("focus_area == 'steel'")["tonnes"].sum() == steel["value_now"].sum()
    heat = plants()[plants()["sector"].eq("heat_power")]["value_now"].sum()
    assert summary["tonnes"].sum() == pytest.approx(plants()["value_now"].sum() - heat)


def test_choosing_a_focus_area_keeps_the_plants_whose_sector_counts_towards_it():
    steel = pipeline_views.plants_in(plants(), CONFIG.ets_sectors, "20", "steel")
    assert set(steel["sector"]) == {"steel"} and set(steel["county_code"]) == {"20"}
    assert "SSAB Tunnplåt i Borlänge" in set(steel["name"])
    assert len(pipeline_views.plants_in(plants(), CONFIG.ets_sectors, None, None)) == 131


def test_the_timeline_has_every_dated_project_in_its_status_lane_and_old_news_as_a_ring():
    projects = load("transition_projects")
    drawing = pipeline_timeline.pipeline_timeline(projects, {}, date(2026, 12, 6), SETTINGS, 720, 13, "en")
    dated = projects["status_date"].notna().sum()
    assert len(drawing.items) == dated == 37
    assert drawing.svg.count('fill="#FFFFFF" stroke=') == 19  # the projects without news for two years
    assert "2 projects without a date" in drawing.legend.note


def test_marks_with_close_dates_are_stacked_and_vague_dates_sit_mid_period():
    assert stack([10.0, 12.0, 40.0, 41.0, 42.0]) == [0, 1, 0, 1, 2]
    assert 2017.4 < year_of("2017") < 2017.6 and year_of("2022-01") == pytest.approx(2022.0 + 14 / 365)


def test_every_project_stands_in_its_municipality_on_the_map_apart_from_the_others_there():
    projects, geo = load("transition_projects"), load_geojson("municipalities")
    drawing = pipeline_timeline.pipeline_map(
        projects, geo, {}, date(2026, 12, 6), SETTINGS, CONFIG, "sv", lambda code: f"m?k={code}"
    )
    sites = [item for item in drawing.items if item.kind == "site"]
    assert len(sites) == 39
    assert sum(item.href == "m?k=2081" for item in sites) == len(
        projects.query("municipality_code == '2081'")
    )
    points = re.findall(r'class="ik-target" cx="([\d.]+)" cy="([\d.]+)"', drawing.svg)
    assert len(set(points)) == len(points)  # no two projects on the same spot


def test_a_change_too_small_to_show_at_the_shown_decimals_is_called_unchanged():
    line = Line("2104", "Hofors", "#000", pd.DataFrame({"year": [2016, 2021], "value": [37.52, 37.49]}))
    sentence = change_sentence(
        line, 2016, Measure("percent", "jobs.share_fell", "jobs.share_rose", decimals=1), "sv"
    )
    assert "oförändrat, 37,5 % år 2016 och 37,5 % år 2021" in sentence.replace("\xa0", " ")
    assert "minskade" not in sentence


def test_the_plants_card_counts_plants_in_words_a_reader_cannot_take_for_one_number():
    plants = pipeline_views.plants_with_emissions(
        load("ets_plants"), load("ets_emissions"), SETTINGS.plant_years
    )
    per_place = plants.groupby("municipality_code").size()
    many, one = per_place[per_place > 1].index[0], per_place[per_place == 1].index[0]
    assert re.match(
        r"\d+ plants, [\d,]+ tonnes$", local_transition.plant_card(plants, many, 2022, "en").value
    )
    assert local_transition.plant_card(plants, one, 2022, "sv").value.startswith("1 anläggning, ")
