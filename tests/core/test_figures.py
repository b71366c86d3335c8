"""Figures use offline map traces, mark missing data, and follow the language's number format."""

import json

import pandas as pd
import pytest

from core import figures, map_views, queries, site_views, viewport, views
from core.config import load_config
from core.data import load, load_geojson

CONFIG = load_config()
GEO = {name: load_geojson(name) for name in ("municipalities", "counties")}
MUNICIPALITIES = queries.municipalities_table(GEO["municipalities"])
LABELS = {area: area for area in CONFIG.focus_area_ids}
MAX_FIGURE_BYTES = 150_000


def layer_values(indicator: str, year: int | None, level: str = "municipality") -> pd.DataFrame:
    catalogue = views.indicator_catalogue(
        {
            "indicators": {
                indicator: {"title": {"sv": "x", "en": "x"}, "unit": "firms", "decimals": 0, "source": "s"}
            }
        },
        {"source": "s", "source_url": "u", "license": "l", "license_url": "", "years": []},
        CONFIG,
    )
    layer = views.indicator_layer(
        load("indicators"),
        load("workplaces"),
        MUNICIPALITIES,
        catalogue[indicator],
        indicator,
        year,
        queries.Selection(None, CONFIG.focus_area_ids),
        CONFIG,
        "sv",
    )
    return map_views.area_values(layer, level, views.counties_table(CONFIG), CONFIG, indicator, "sv")


def build(values: pd.DataFrame, level: str = "municipality", county: str | None = None):
    sites = site_views.site_labels(queries.active_sites(load("workplaces")), LABELS, "sv")
    return map_views.indicator_map(values, level, GEO, sites, county, CONFIG, LABELS, "antal", ", ")


def test_map_uses_offline_traces_on_a_blank_style():
    figure = build(layer_values("firms_50pct_payroll", 2022))
    spec = figure.to_plotly_json()
    assert {trace["type"] for trace in spec["data"]} == {"choroplethmap", "scattermap"}
    assert spec["layout"]["map"]["style"] == "white-bg"
    assert "geo" not in spec["layout"]


def test_municipalities_without_value_are_drawn_as_no_data():
    figure = build(layer_values("industrial_workplaces", 2019))
    no_data = next(t for t in figure.data if t.name == "no-data")
    with_values = next(t for t in figure.data if t.name == "values")
    assert len(no_data.locations) == 25 and len(with_values.locations) == 16
    assert all(code.startswith("17") for code in with_values.locations)
    assert all("uppgift saknas" in text for text in no_data.text)


def test_county_level_shows_totals_only_where_complete():
    values = layer_values("industrial_workplaces", 2019, level="county").set_index("county_code")
    assert values.loc["17", "value"] == 4880  # the sum of Värmland's 16 municipalities
    assert values[["value"]].loc[["20", "21"]].isna().all().item()


def test_choosing_a_county_zooms_in():
    region = viewport.fit_view(viewport.bounds(GEO["counties"]), CONFIG.map, CONFIG.map.height)
    county = viewport.fit_view(
        viewport.bounds(GEO["counties"], "county_code", {"21"}), CONFIG.map, CONFIG.map.height
    )
    assert county["zoom"] > region["zoom"]


def test_map_figure_stays_small():
    figure = build(layer_values("firms_50pct_payroll", 2022))
    assert len(figure.to_json()) <= MAX_FIGURE_BYTES


@pytest.mark.parametrize(("lang", "separators"), [("sv", ", "), ("en", ".,")])
def test_bar_chart_number_format_follows_the_language(lang, separators):
    sites = site_views.site_labels(queries.ranked_sites(load("workplaces")), LABELS, lang)
    figure = figures.ranked_bars(sites, CONFIG.focus_areas, LABELS, "Anställda", separators)
    spec = json.loads(figure.to_json())
    assert spec["layout"]["separators"] == separators
    patterns = {trace["marker"]["pattern"]["shape"] for trace in spec["data"]}
    assert len(patterns) == len(spec["data"])  # focus areas differ by pattern, not by colour alone


@pytest.mark.parametrize(
    ("lang", "first", "last"), [("sv", "jan. 2022", "okt. 2023"), ("en", "Jan 2022", "Oct 2023")]
)
def test_timeline_axis_speaks_the_readers_language(lang, first, last):
    from core import format as fmt

    start, end = pd.Timestamp("2022-02-01"), pd.Timestamp("2023-10-31")
    empty = pd.DataFrame({"date": pd.Series([], dtype="datetime64[ns]"), "lane": [], "hover": []})
    figure = figures.timeline(empty, start, end, "period", ", ", fmt.quarter_ticks(start, end, lang))
    labels = figure.layout.xaxis.ticktext
    assert (labels[0], labels[-1]) == (first, last)
