"""Maps are self-contained pictures: every area drawn and linked, missing data white, a county zooms in."""

import base64
import re

import pandas as pd
import pytest

from components.image_map import image_map
from core.config import load_config
from core.data import queries
from core.data.loading import load, load_geojson, load_meta
from core.maps import map_views
from core.maps.map_layers import colour_at
from core.maps.svg_map import Drawing
from core.text import format as fmt
from core.views import indicator_views, site_views

CONFIG = load_config()
GEO = {name: load_geojson(name) for name in ("municipalities", "counties")}
MUNICIPALITIES = queries.municipalities_table(GEO["municipalities"])
LABELS = {area: area for area in CONFIG.focus_area_ids}
MAX_MAP_BYTES = 150_000
LINKS = map_views.Links(
    area=lambda code: f"municipality?kommun={code}", site=lambda code: f"site?kommun={code}"
)


def layer(indicator: str, year: int | None, lang: str = "sv") -> indicator_views.IndicatorLayer:
    catalogue = indicator_views.indicator_catalogue(load_meta("indicators"), load_meta("workplaces"), CONFIG)
    return indicator_views.indicator_layer(
        load("indicators"),
        load("workplaces"),
        MUNICIPALITIES,
        catalogue[indicator],
        indicator,
        year,
        queries.Selection(None, CONFIG.focus_area_ids),
        CONFIG,
        lang,
    )


def draw(
    indicator: str, year: int | None, level: str = "municipality", county: str | None = None, lang: str = "sv"
) -> tuple[Drawing, pd.DataFrame]:
    chosen = layer(indicator, year, lang)
    values = map_views.area_values(
        chosen, level, indicator_views.counties_table(CONFIG), CONFIG, indicator, lang
    )
    selection = queries.Selection(county, CONFIG.focus_area_ids)
    workplaces = queries.filter_workplaces(load("workplaces"), selection)
    sites = site_views.site_labels(queries.active_sites(workplaces), LABELS, lang)
    drawing = map_views.indicator_map(values, chosen, level, GEO, sites, county, CONFIG, LABELS, lang, LINKS)
    return drawing, sites


def polygons(drawing: Drawing) -> list:
    return [spot for spot in drawing.hotspots if spot.shape == "poly"]


def test_map_is_a_self_contained_picture():
    drawing, _ = draw("firms_50pct_payroll", 2022)
    assert drawing.svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert not re.search(r'(?:href|src)="(?:https?:)?//', drawing.svg)  # no tiles, fonts or scripts
    assert len(drawing.svg.encode()) <= MAX_MAP_BYTES


def test_every_municipality_is_drawn_and_opens_its_profile():
    drawing, sites = draw("firms_50pct_payroll", 2022)
    hrefs = {spot.href for spot in polygons(drawing)}
    assert hrefs == {f"municipality?kommun={code}" for code in MUNICIPALITIES["municipality_code"]}
    assert drawing.svg.count("<path") >= 41 + len(sites) + len(CONFIG.focus_area_ids)


def test_sites_are_clickable_before_the_areas_under_them():
    drawing, sites = draw("firms_50pct_payroll", 2022)
    shapes = [spot.shape for spot in drawing.hotspots]
    assert shapes[: len(sites)] == ["circle"] * len(sites)
    assert all(spot.href.startswith("site?kommun=") for spot in drawing.hotspots[: len(sites)])
    assert all(spot.coords[2] >= 8 for spot in drawing.hotspots[: len(sites)])  # easy to hit


def test_municipalities_without_value_are_white_and_say_so():
    drawing, _ = draw("industrial_workplaces", 2019)
    missing = [spot for spot in polygons(drawing) if "uppgift saknas" in spot.label]
    assert len(missing) == 25  # only Värmland's 16 have the figure
    assert all("kommun=17" not in spot.href for spot in missing)
    white = re.findall(r'<path d="[^"]+" fill="#FFFFFF" fill-rule', drawing.svg)
    assert len(white) == 25
    assert "Uppgift saknas" in drawing.svg  # the legend explains white


def test_lakes_left_out_of_the_boundaries_are_drawn_as_water_not_as_missing_data():
    drawing, _ = draw("firms_50pct_payroll", 2022, county="20")
    lakes = re.findall(r'<path d="[^"]+" fill="url\(#ik-water\)" stroke="none"/>', drawing.svg)
    assert len(lakes) == 1  # Siljan, between Mora, Orsa, Rättvik and Leksand
    assert '<pattern id="ik-water"' in drawing.svg and ">Sjö</text>" in drawing.svg
    assert "Uppgift saknas" not in drawing.svg  # every municipality in Dalarna has a value
    assert all(spot.href for spot in drawing.hotspots)  # water is not a link
    elsewhere, _ = draw("firms_50pct_payroll", 2022, county="17")
    assert "ik-water" not in elsewhere.svg and ">Sjö</text>" not in elsewhere.svg


def test_county_level_shows_totals_only_where_complete():
    chosen = layer("industrial_workplaces", 2019)
    values = map_views.area_values(
        chosen, "county", indicator_views.counties_table(CONFIG), CONFIG, "industrial_workplaces", "sv"
    ).set_index("county_code")
    assert values.loc["17", "value"] == 4880  # the sum of Värmland's 16 municipalities
    assert values[["value"]].loc[["20", "21"]].isna().all().item()


def width_of(drawing: Drawing, code: str) -> int:
    spot = next(spot for spot in polygons(drawing) if spot.href.endswith(code))
    xs = spot.coords[0::2]
    return max(xs) - min(xs)


def test_choosing_a_county_zooms_in_to_its_municipalities():
    region, _ = draw("firms_50pct_payroll", 2022)
    county, sites = draw("firms_50pct_payroll", 2022, county="21")
    assert {spot.href[-4:-2] for spot in polygons(county)} == {"21"}
    assert len(polygons(county)) == 10
    assert width_of(county, "2180") > 1.5 * width_of(region, "2180")  # Gävle drawn larger
    assert set(sites["county_code"]) == {"21"}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_legend_numbers_follow_the_language(lang):
    drawing, _ = draw("tatort_population", 2020, lang=lang)
    largest = layer("tatort_population", 2020, lang).table["value"].max()
    assert f">{fmt.number(largest, lang)}</text>" in drawing.svg


def test_colour_scale_runs_from_its_first_to_its_last_colour():
    scale = CONFIG.map.choropleth_scale
    assert colour_at(scale, 0.0) == scale[0].upper()
    assert colour_at(scale, 1.0) == scale[-1].upper()
    colours = [colour_at(scale, share / 10) for share in range(11)]
    darkness = [sum(int(colour[i : i + 2], 16) for i in (1, 3, 5)) for colour in colours]
    assert darkness == sorted(darkness, reverse=True)


def test_image_map_links_every_hotspot_and_carries_the_picture():
    drawing, _ = draw("firms_50pct_payroll", 2022)
    markup = image_map(drawing, "map_chart", "Ladda ned kartan (SVG)")
    area = r'<area shape="(poly|circle)" coords="[\d,]+" href="[^"]+" alt="[^"]+"'
    areas = re.findall(area, markup)
    assert len(areas) == len(drawing.hotspots)
    assert 'usemap="#ik-map-map_chart"' in markup and '<map name="ik-map-map_chart">' in markup
    data = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', markup).group(1)
    assert base64.b64decode(data).decode() == drawing.svg
    assert re.search(r'<a class="ik-download" download="map_chart.svg" id="(ik-save-map_chart)">', markup)
    assert 'getElementById("ik-save-map_chart").href = img.src' in markup  # saves the picture shown
