"""Maps are self-contained SVG: every area linked with its card, missing data white, a county zooms in."""

import json
import re

import pandas as pd
import pytest

from components.shell.frame import FIGURE_SCRIPTS
from components.widgets.figure import figure_html
from core.config import load_config
from core.data import queries
from core.data.loading import load, load_geojson, load_meta
from core.svg.drawing import Drawing, Item
from core.text import format as fmt
from core.views import indicator_views, map_page, map_views, site_views
from core.views.map_page import MapChoice

CONFIG = load_config()
GEO = {name: load_geojson(name) for name in ("municipalities", "counties")}
MUNICIPALITIES = queries.municipalities_table(GEO["municipalities"])
LABELS = {area: area for area in CONFIG.focus_area_ids}
MAX_MAP_BYTES = 150_000
LINKS = map_views.Links(
    area=lambda code: f"municipality?kommun={code}", site=lambda code: f"site?kommun={code}"
)


TABLES = indicator_views.Tables(load("indicators"), load("workplaces"), MUNICIPALITIES)


def layer(indicator: str, year: int | None, lang: str = "sv") -> indicator_views.IndicatorLayer:
    catalogue = indicator_views.indicator_catalogue(load_meta("indicators"), load_meta("workplaces"), CONFIG)
    choice = MapChoice(indicator, year, focus_areas=CONFIG.focus_area_ids)
    return indicator_views.indicator_layer(TABLES, catalogue[indicator], choice, CONFIG, lang)


def draw(
    indicator: str, year: int | None, level: str = "municipality", county: str | None = None, lang: str = "sv"
) -> tuple[Drawing, pd.DataFrame]:
    choice = MapChoice(indicator, year, level, county, CONFIG.focus_area_ids)
    chosen = layer(indicator, year, lang)
    values = map_views.area_values(chosen, choice, CONFIG, lang)
    workplaces = queries.filter_workplaces(load("workplaces"), choice.selection)
    sites = site_views.site_labels(queries.active_sites(workplaces), LABELS, lang)
    parts = map_views.MapParts(values, chosen, GEO, sites, LABELS)
    return map_views.indicator_map(parts, choice, CONFIG, lang, LINKS), sites


def view(choice: MapChoice, lang: str = "sv") -> map_page.MapView:
    """The whole map page's view, as the section builds it."""
    catalogue = indicator_views.indicator_catalogue(load_meta("indicators"), load_meta("workplaces"), CONFIG)
    data = map_page.MapData(TABLES, GEO, load_meta("workplaces"))
    return map_page.map_view(choice, map_page.Screen(lang), data, CONFIG, catalogue)


def areas(drawing: Drawing) -> list[Item]:
    return [item for item in drawing.items if item.kind == "area"]


def links(drawing: Drawing) -> list[tuple[str, str]]:
    """(data-i, href) of every link drawn in the picture."""
    return re.findall(r'<a href="([^"]+)" data-i="(\d+)"', drawing.svg)


def test_map_is_a_self_contained_picture():
    drawing, _ = draw("firms_50pct_payroll", 2022)
    assert drawing.svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert not re.search(r'(?:href|src)="(?:https?:)?//', drawing.svg)  # no tiles, fonts or scripts
    assert len(drawing.svg.encode()) <= MAX_MAP_BYTES


def test_every_municipality_is_drawn_and_opens_its_profile():
    drawing, sites = draw("firms_50pct_payroll", 2022)
    hrefs = {item.href for item in areas(drawing)}
    assert hrefs == {f"municipality?kommun={code}" for code in MUNICIPALITIES["municipality_code"]}
    assert len(links(drawing)) == 41 + len(sites)
    assert [int(i) for _, i in links(drawing)] == list(range(len(drawing.items)))


def test_each_area_card_says_name_county_value_year_and_rank():
    drawing, _ = draw("firms_50pct_payroll", 2022, county="21")
    hofors = next(item for item in areas(drawing) if item.card[0] == "Hofors")
    assert hofors.card == (
        "Hofors",
        "Gävleborg",
        "Företag som betalar hälften av lönerna: 1 företag",
        "År: 2022",
        "Plats 10 av 10 i Gävleborg, räknat från högsta värdet",
    )
    assert 'aria-label="Hofors, Gävleborg, Företag som betalar hälften av lönerna: 1 företag' in drawing.svg


def test_sites_are_drawn_over_the_areas_with_a_target_easy_to_hit():
    drawing, sites = draw("firms_50pct_payroll", 2022)
    kinds = [item.kind for item in drawing.items]
    assert kinds == ["area"] * 41 + ["site"] * len(sites)
    assert all(item.href.startswith("site?kommun=") for item in drawing.items[41:])
    radii = [
        float(r) for r in re.findall(r'class="ik-target" cx="[^"]+" cy="[^"]+" r="([^"]+)"', drawing.svg)
    ]
    assert len(radii) == len(sites) and min(radii) >= 8
    ssab = next(item for item in drawing.items[41:] if item.card[0].startswith("SSAB"))
    assert ssab.card[1] == "Borlänge" and "anställda" in ssab.card[3]


def test_municipalities_without_value_are_white_and_say_so():
    drawing, _ = draw("industrial_workplaces", 2019)
    missing = [item for item in areas(drawing) if "uppgift saknas" in item.name]
    assert len(missing) == 25  # only Värmland's 16 have the figure
    assert all("kommun=17" not in item.href for item in missing)
    white = re.findall(r'class="ik-area" d="[^"]+" fill="#FFFFFF"', drawing.svg)
    assert len(white) == 25
    assert "Uppgift saknas" in drawing.svg  # the legend explains white


def test_lakes_left_out_of_the_boundaries_are_drawn_as_water_not_as_missing_data():
    drawing, _ = draw("firms_50pct_payroll", 2022, county="20")
    lakes = re.findall(r'<path d="[^"]+" fill="url\(#ik-water\)" stroke="none"/>', drawing.svg)
    assert len(lakes) == 1  # Siljan, between Mora, Orsa, Rättvik and Leksand
    assert '<pattern id="ik-water"' in drawing.svg and ">Sjö</text>" in drawing.svg
    assert "Uppgift saknas" not in drawing.svg  # every municipality in Dalarna has a value
    assert len(links(drawing)) == len(drawing.items)  # water is not a link
    elsewhere, _ = draw("firms_50pct_payroll", 2022, county="17")
    assert "ik-water" not in elsewhere.svg and ">Sjö</text>" not in elsewhere.svg


def test_county_level_shows_totals_only_where_complete():
    chosen = layer("industrial_workplaces", 2019)
    choice = MapChoice("industrial_workplaces", 2019, "county")
    values = map_views.area_values(chosen, choice, CONFIG, "sv").set_index("county_code")
    assert values.loc["17", "value"] == 4880  # the sum of Värmland's 16 municipalities
    assert values[["value"]].loc[["20", "21"]].isna().all().item()
    assert values.loc["17", "card"][-1] == "Plats 1 av 1 i Norra Mellansverige, räknat från högsta värdet"


def width_of(drawing: Drawing, name: str) -> float:
    path = re.search(rf'aria-label="{name}[^"]*" role="link"><path class="ik-area" d="([^"]+)"', drawing.svg)
    xs = [float(x) for x in re.findall(r"[ML](-?[\d.]+),", path.group(1))]
    return max(xs) - min(xs)


def test_choosing_a_county_zooms_in_to_its_municipalities():
    region, _ = draw("firms_50pct_payroll", 2022)
    county, sites = draw("firms_50pct_payroll", 2022, county="21")
    assert {item.href[-4:-2] for item in areas(county)} == {"21"}
    assert len(areas(county)) == 10
    assert width_of(county, "Gävle") > 1.5 * width_of(region, "Gävle")  # Gävle drawn larger
    assert set(sites["county_code"]) == {"21"}


def test_every_municipality_has_a_name_placed_inside_it():
    drawing, _ = draw("firms_50pct_payroll", 2022, county="21")
    names = re.findall(r'<text class="ik-label"[^>]*data-room="(\d+)"[^>]*>([^<]+)</text>', drawing.svg)
    assert {name for _, name in names} == {item.card[0] for item in areas(drawing)}
    assert all(int(room) > 0 for room, _ in names)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_legend_shows_class_bounds_in_the_language(lang):
    drawing, _ = draw("tatort_population", 2020, lang=lang)
    largest = layer("tatort_population", 2020, lang).table["value"].max()
    steps = drawing.legend.scale.steps
    assert steps[-1][1].endswith(fmt.number(largest, lang))
    assert f">{steps[-1][1]}</text>" in drawing.svg


def test_dependency_map_gives_the_strongest_colour_to_the_fewest_firms():
    drawing, _ = draw("firms_50pct_payroll", 2022)
    steps = drawing.legend.scale.steps
    assert steps[0][0] == CONFIG.map.choropleth_scale[-1]  # strongest colour for the lowest class
    assert steps[0][1].startswith("1–")
    assert "beroende" in drawing.legend.scale.note
    other, _ = draw("tatort_population", 2020)
    assert other.legend.scale.steps[-1][0] == CONFIG.map.choropleth_scale[-1]


def test_figure_carries_the_picture_its_cards_and_a_script_the_sanitiser_keeps():
    drawing, _ = draw("firms_50pct_payroll", 2022)
    markup = figure_html(drawing, "map_chart", ["Källa: X"], 15)
    payload = re.search(r'<script type="application/json" id="ik-data-map_chart">(.*?)</script>', markup)
    assert payload and "<" not in payload.group(1)  # a "<" would make the sanitiser drop the script
    data = json.loads(payload.group(1))
    assert data["svg"] == drawing.svg and len(data["items"]) == len(drawing.items)
    assert data["items"][0]["card"] == list(drawing.items[0].card)
    scripts = re.findall(r"<script>(.*?)</script>", markup + FIGURE_SCRIPTS, re.S)
    assert len(scripts) == 4  # the figure's own, and the code for every figure on the page
    assert not any(re.search(r"<[/\w!]", script) for script in scripts)  # nor in the scripts
    assert 'href="#ik-after-map_chart"' in markup and 'id="ik-after-map_chart"' in markup


def test_map_view_composes_heading_summary_and_links_from_one_choice():
    shown = view(MapChoice("firms_50pct_payroll", 2022, "county", None, CONFIG.focus_area_ids))
    assert shown.heading.startswith(shown.title) and "2022" in shown.heading
    assert shown.total == 3
    assert all(
        item.href.startswith("map?indicator=firms_50pct_payroll&year=2022&county=")
        for item in areas(shown.drawing)
    )


def test_a_municipality_without_a_site_in_our_register_is_no_zero_on_the_map():
    shown = view(MapChoice("register_employees", None, "municipality", "17", CONFIG.focus_area_ids))
    kil = next(item for item in areas(shown.drawing) if item.card[0] == "Kil")
    assert kil.card[2].endswith(": Ingen arbetsplats i vårt register")
    assert "Ingen arbetsplats i vårt register" in shown.drawing.svg  # the legend says what white means
    assert "Kil" not in shown.summary and " 0 personer" not in shown.summary
    assert "har ingen arbetsplats i vårt register och räknas inte med" in shown.summary
    assert all(name != "Kil" for name, _, _ in shown.ranking)
    assert shown.covered < shown.total


def test_approximate_values_say_ca_in_cards_summary_and_values():
    shown = view(MapChoice("manufacturing_employment_share", 2024, focus_areas=CONFIG.focus_area_ids))
    assert "högst i Ludvika (ca 35,7" in shown.summary
    assert all(value.startswith("ca ") for _, value, _ in shown.ranking)
    ludvika = next(item for item in areas(shown.drawing) if item.card[0] == "Ludvika")
    assert ": ca " in ludvika.card[2]


def test_a_county_alone_is_named_with_its_value_never_compared_with_itself():
    shown = view(MapChoice("industrial_workplaces", 2019, "county", None, CONFIG.focus_area_ids))
    assert "Värmland" in shown.summary and "lägst" not in shown.summary and "högst" not in shown.summary


def always_named(drawing: Drawing) -> set[str]:
    return set(re.findall(r'<text class="ik-label"[^>]*data-rank="2"[^>]*>([^<]+)</text>', drawing.svg))


def test_the_county_seats_and_a_chosen_countys_municipalities_are_always_named():
    """config.yaml map.county_seats on the region's map; on a county's own map every municipality drawn."""
    region, _ = draw("firms_50pct_payroll", 2022)
    assert CONFIG.map.county_seats == ("2080", "2180", "1780")
    assert always_named(region) == {"Falun", "Gävle", "Karlstad"}
    gavleborg, _ = draw("firms_50pct_payroll", 2022, county="21")
    names = set(MUNICIPALITIES.loc[MUNICIPALITIES["county_code"].eq("21"), "name"])
    assert always_named(gavleborg) == names and {"Gävle", "Söderhamn"} <= names
    counties, _ = draw("register_sites", None, level="county")
    assert always_named(counties) == set()
    first = set(re.findall(r'<text class="ik-label"[^>]*data-rank="1"[^>]*>([^<]+)</text>', region.svg))
    assert {"Hofors", "Sandviken", "Borlänge"} <= first  # a site of the register: named before the others
