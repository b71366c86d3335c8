"""Every page renders in both languages, and choosing a county, focus area or municipality changes it."""

import json
import re
from html import unescape
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.config import load_config
from core.data.loading import load
from core.text.i18n import text

ROOT = Path(__file__).resolve().parents[2]
PAGES = {"overview": "app.py", **{p.stem: f"pages/{p.name}" for p in sorted((ROOT / "pages").glob("*.py"))}}
TIMEOUT = 90
SCRIPT = re.compile(r"<script\b.*?</script>", re.S)
LATER = re.compile(r'<details class="ik-details" data-ik-later="([^"]*)">(.*?)</details>', re.S)
HEAVY_CHARTS = (
    "plotly_chart",
    "deck_gl_json_chart",
    "vega_lite_chart",
)  # st.plotly_chart, st.map, st.bar_chart


def open_page(
    key: str, lang: str = "sv", state: dict | None = None, check: bool = True, **params: str
) -> AppTest:
    """The page in a session holding lang and state (as after an upload); check: it showed no exception."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.session_state["lang"] = lang
    for name, value in (state or {}).items():
        at.session_state[name] = value
    at.run()
    if key != "overview":
        at.switch_page(PAGES[key])
    if key != "overview" or params:
        at.query_params.update(params)
        at.run()
    if check:
        assert not at.exception, at.exception
    return at


def opened(markup: str) -> str:
    """The markup with every closed "show as a table" opened, as a click does (its rows come then)."""
    return LATER.sub(lambda m: f"<details>{m.group(2)}{unescape(m.group(1))}</details>", markup)


def markdown(at: AppTest) -> str:
    """The page's text: Markdown as written, HTML blocks without their tags."""
    shown = [SCRIPT.sub(" ", opened(element.value)) for element in at.html]  # a script's text is not read
    html = [unescape(re.sub(r"<[^>]+>", " ", block)) for block in shown]
    return "\n".join([element.value for element in at.markdown] + html)


CARD = re.compile(r'<p class="ik-card-label">([^<]+)</p><p class="ik-card-value">([^<]+)</p>')


def headings(at: AppTest) -> list[str]:
    """The page's section headings, whether Streamlit's elements or HTML ones (components/widgets/text.py)."""
    drawn = [unescape(m) for e in at.html for m in re.findall(r"<h[23][^>]*>([^<]*)</h[23]>", e.value)]
    return [element.value for element in [*at.header, *at.subheader]] + drawn


def metric_values(at: AppTest) -> dict[str, str]:
    """Label → value of every figure card on the page."""
    return {
        unescape(label): unescape(value)
        for element in at.html
        for label, value in CARD.findall(element.value)
    }


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("key", list(PAGES))
def test_page_renders_in_its_language(key, lang):
    at = open_page(key, lang)
    assert at.title[0].value == text(f"{key}.title", lang)
    other = "en" if lang == "sv" else "sv"
    if text(f"{key}.title", lang) != text(f"{key}.title", other):
        assert text(f"{key}.title", other) not in [t.value for t in at.title]
    # Figures are inline SVG: no element whose code is Plotly, deck.gl with MapLibre or Vega (megabytes each);
    # the compare-over-time explorer draws plotly's chart only when the reader asks for it (below).
    assert [kind for kind in HEAVY_CHARTS if at.get(kind)] == []


def test_the_explorer_draws_its_own_picture_first_and_plotly_when_asked():
    at = open_page("compare")
    drawn = [element.value for element in at.html if 'id="ik-fig-compare_lines"' in element.value]
    assert len(drawn) == 1 and "Borlänge" in drawn[0]  # the picture's lines and their names
    at.segmented_control(key="chart").set_value("interactive").run()
    assert [kind for kind in HEAVY_CHARTS if at.get(kind)] == ["plotly_chart"]
    assert not any('id="ik-fig-compare_lines"' in element.value for element in at.html)
    assert at.query_params["chart"] == "interactive"


def test_overview_cards_show_region_figures_with_source():
    at = open_page("overview")
    values = metric_values(at)
    assert values[next(label for label in values if "anställda" in label.lower())].startswith("ca 53")
    assert any("mdr kr" in value for value in values.values())
    assert "Hofors" in markdown(at)  # the most dependent municipality, from the data


def test_overview_in_english_uses_english_number_format():
    values = metric_values(open_page("overview", "en"))
    assert any("53,000" in value for value in values.values())


def test_map_county_choice_limits_the_summary_to_that_county():
    everywhere = markdown(open_page("map"))
    at = open_page("map")
    at.pills(key="county").set_value("17").run()
    in_varmland = markdown(at)
    assert in_varmland != everywhere
    assert "av 16 områden" in in_varmland
    assert "av 41 områden" in everywhere


def test_map_indicator_choice_changes_the_map_summary():
    at = open_page("map")
    at.pills(key="indicator").set_value("industrial_workplaces").run()
    assert not at.exception
    assert "16 av 41" in markdown(at)  # only Värmland has this indicator
    assert at.query_params["indicator"] == "industrial_workplaces"


def test_focus_area_choice_changes_the_cards():
    at = open_page("focus_areas")
    all_sites = metric_values(at)["Arbetsplatser i registret"]
    at.selectbox(key="area").set_value("steel").run()
    steel_sites = metric_values(at)["Arbetsplatser i registret"]
    assert int(steel_sites) < int(all_sites)


def test_municipality_choice_changes_the_profile():
    at = open_page("municipality")
    at.selectbox(key="kommun").set_value("2104").run()
    assert any("Hofors" in header for header in headings(at))
    assert not at.exception


def test_data_page_search_filters_rows():
    at = open_page("data")
    at.pills(key="dataset").set_value("workplaces").run()
    count = re.compile(r"(\d+) av (\d+) rader")
    before = count.findall(markdown(at))
    at.text_input(key="data_search").input("Hofors").run()
    after = count.findall(markdown(at))
    assert before[0][0] == before[0][1] != after[0][0]
    assert after[0][0] in ("1", "2")


def test_municipality_link_opens_that_municipality():
    at = open_page("municipality", "en", kommun="2104")
    assert "Hofors in Gävleborg" in headings(at)


def test_map_link_with_county_and_indicator_opens_that_view():
    at = open_page("map", "sv", county="17", indicator="industrial_workplaces")
    assert at.pills(key="county").value == "17"
    assert "16 av 16 områden" in markdown(at)


def test_choice_is_written_back_to_the_url():
    at = open_page("focus_areas")
    at.selectbox(key="area").set_value("forest_bioeconomy").run()
    assert at.query_params["area"] == "forest_bioeconomy"


def test_a_profile_names_once_the_figures_its_sources_lack_instead_of_empty_cards():
    at = open_page("municipality", "sv", kommun="2181")  # Sandviken: several sources cover other counties
    cards = metric_values(at)
    assert cards["Företag som betalar hälften av lönerna"] == "8 företag"
    assert "uppgift saknas" not in " ".join(cards.values())
    missing = "Källorna har ingen uppgift för Sandviken om: Arbetsställen i industrinäringar (Värmland);"
    assert missing in markdown(at)
    dalarna = metric_values(open_page("municipality", "sv", kommun="2081"))  # Borlänge has the Dalarna figure
    assert "Andel sysselsatta i tillverkning och utvinning" in dalarna


def test_a_municipality_without_sites_says_so():
    at = open_page("municipality", "sv", kommun="2101")  # Ockelbo
    assert "Registret har ingen stor industriarbetsplats i kommunen." in markdown(at)


def test_data_page_shows_a_long_datasets_first_rows_and_says_so():
    at = open_page("data", "sv", dataset="emissions")
    total = len(load("emissions"))
    most = load_config().data_rows_shown
    assert total > most
    table = next(element.value for element in at.html if 'aria-label="Tabell"' in element.value)
    assert len(re.findall(r"<tr>", table)) == most  # data rows: the header row has a style
    assert f"{total} av {total} rader. De första {most} visas här" in markdown(at)
    at.text_input(key="data_search").input("Hofors").run()
    found = int(re.search(rf"(\d+) av {total} rader", markdown(at)).group(1))
    assert 0 < found < most and "De första" not in markdown(at)
    table = next(element.value for element in at.html if 'aria-label="Tabell"' in element.value)
    assert len(re.findall(r"<tr>", table)) == found


def test_data_page_shows_coverage_per_indicator():
    at = open_page("data", "en", dataset="indicators")
    assert "Coverage per indicator" in headings(at)
    page = markdown(at)
    assert "41 of 41 municipalities" in page
    assert "15 of 41 municipalities" in page  # manufacturing share: every Dalarna chart read


def test_data_page_gives_a_datasets_source_licence_and_years_in_a_table():
    at = open_page("data", "sv", dataset="workplaces")
    table = next(element.value for element in at.html if 'aria-label="Om datamängden"' in element.value)
    assert "ik-table-whole" in table  # a few long rows, shown whole rather than in a scrolling frame
    facts = dict(re.findall(r"<tr>\s*<td>(.*?)</td>\s*<td>(.*?)</td>", table, re.S))
    assert {"Källa", "Licens", "År", "Hämtad"} <= facts.keys()
    assert facts["År"] and facts["År"] != "–"


def test_site_status_is_shown_in_the_readers_language():
    at = open_page("municipality", "sv", kommun="2081")  # Borlänge: SSAB active, Kvarnsveden closed
    table = next(element.value for element in at.html if "<th>Fokusområde</th>" in element.value)
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)  # data rows: the header row has a style
    assert {re.findall(r"<td>(.*?)</td>", row)[-1] for row in rows} == {"I drift", "Nedlagd"}


FIGURE_DATA = re.compile(r'<script type="application/json" id="ik-data-[^"]+">(.*?)</script>', re.S)


def map_links(at: AppTest) -> list[str]:
    """Every link drawn in the page's map pictures."""
    pictures = [json.loads(data)["svg"] for element in at.html for data in FIGURE_DATA.findall(element.value)]
    return [unescape(href) for svg in pictures for href in re.findall(r'<a href="([^"]+)" data-i=', svg)]


def test_map_areas_and_sites_are_links_to_profiles():
    links = map_links(open_page("map", "en"))
    municipalities = {link for link in links if link.startswith("municipality?kommun=")}
    assert len({link.split("kommun=")[1][:4] for link in municipalities}) == 41
    assert all("lang=en" in link for link in links)


def test_county_level_links_zoom_the_map_to_that_county():
    links = map_links(open_page("map", "sv", level="county", indicator="industrial_workplaces"))
    counties = [link for link in links if link.startswith("map?")]
    assert len(counties) == 3
    assert all("indicator=industrial_workplaces" in link and "county=" in link for link in counties)


def test_presentation_mode_is_kept_by_links_and_left_with_one_click():
    at = open_page("map", "sv", present="true")
    assert all("present=true" in link for link in map_links(at))
    at.button(key="present_exit").click().run()
    assert "present" not in at.query_params
    assert not any("present=true" in link for link in map_links(at))


FIGURE = re.compile(r'<script type="application/json" id="ik-data-([^"]+)">(.*?)</script>', re.S)


def figures(at: AppTest) -> dict[str, dict]:
    """Every inline SVG figure on the page by its key: the data its script draws."""
    return {key: json.loads(data) for element in at.html for key, data in FIGURE.findall(element.value)}


def bar_names(figure: dict) -> list[str]:
    """The accessible name of every bar, top to bottom."""
    return [unescape(name) for name in re.findall(r'<a[^>]* aria-label="([^"]+)"', figure["svg"])]


def test_focus_area_charts_are_drawn_inline_without_plotly():
    at = open_page("focus_areas", "en")
    assert at.get("plotly_chart") == []
    shown = figures(at)
    assert {"focus_ranking", "focus_counties"} <= set(shown)
    assert bar_names(shown["focus_ranking"])[0].startswith("Hitachi Energy, Ludvika: about 3,225 (2023)")
    assert "Dalarna, Steel: " in " ".join(bar_names(shown["focus_counties"]))


def test_focus_area_choice_redraws_the_ranking():
    everything = figures(open_page("focus_areas", "sv"))["focus_ranking"]["items"]
    forest = figures(open_page("focus_areas", "sv", area="forest_bioeconomy"))["focus_ranking"]["items"]
    assert 0 < len(forest) < len(everything)
    assert {item["card"][2] for item in forest} == {text("focus.forest_bioeconomy", "sv")}


def test_profile_compares_the_municipality_in_an_inline_chart_without_plotly():
    at = open_page("municipality", "sv", kommun="2104")
    assert at.get("plotly_chart") == []
    chart = figures(at)["municipality_peers"]
    assert "Hofors: 1 företag" in bar_names(chart)
    assert re.search(r'font-weight="700"[^>]*>Hofors<', chart["svg"])
    assert all(
        "kommun=" in link and "compare=" in link for link in re.findall(r'href="([^"]+)"', chart["svg"])
    )


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_accessibility_statement_gives_a_feedback_route_and_review_date(lang: str) -> None:
    """The statement links to the coordinator's page as data/project.csv gives it, and dates the review."""
    at = open_page("accessibility", lang)
    body = " ".join(block.value for block in at.markdown)
    project = (ROOT / "data/project.csv").read_text(encoding="utf-8").splitlines()[1]
    url = project.rsplit(",", 1)[1]
    assert f"]({url})" in body
    assert "{" not in body
    assert "6 december 2026" in body.lower()


@pytest.mark.parametrize(("lang", "words"), [("sv", "Sidan finns inte"), ("en", "Page not found")])
def test_an_unknown_path_says_so_in_the_readers_language(lang: str, words: str) -> None:
    """?notfound=1 (the served app's redirect of /nonexistent) shows a notice linking to the overview."""
    at = open_page("overview", lang, notfound="1")
    notice = "".join(block.value for block in at.html if "ik-notfound" in block.value)
    assert words in notice and f'href="./?lang={lang}"' in notice
    assert "notfound=" not in notice.split("href=")[1].split(">")[0]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_profile_text_comes_with_its_figures_in_one_element_each(lang: str) -> None:
    """Fewer elements for the browser to draw, the same words: each figure holds its summary, sources and
    table, the cards their note and sources, and the transition's tables their headings and sources."""
    at = open_page("municipality", lang, kommun="2081")
    blocks = {unescape(re.sub(r"<[^>]+>", " ", element.value)): element.value for element in at.html}
    source = f"{text('data.fact.source', lang)}:"
    drawn = [block for block, markup in blocks.items() if 'class="ik-figure' in markup]
    assert len(drawn) == 3  # the emissions trend, the comparison in the county, the locator map
    assert all(source in block for block in drawn)
    assert sum(text("chart.table", lang) in block for block in drawn) == 2  # the locator map has no table
    cards = next(block for block in blocks if text("municipality.profile_help", lang) in block)
    assert source in cards
    tables = next(block for block in blocks if text("local.sectors", lang) in block)
    assert text("transition.plants_heading", lang) in tables
    assert text("transition.pipeline_heading", lang) in tables
    assert source in tables
    assert not at.caption and not at.markdown  # the note and the tables' headings are in those elements


@pytest.mark.parametrize("key", list(PAGES))
def test_a_page_gets_the_figures_code_if_and_only_if_it_draws_a_figure(key):
    shown = [element.value for element in open_page(key).html]
    draws = any(".push([" in value and "ikFigureQueue" in value for value in shown)
    has_code = any("window.ikFigureRun = " in value for value in shown)
    assert has_code == draws
    assert draws == (key not in ("data", "accessibility"))  # pages with figures keep them
