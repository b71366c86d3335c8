"""Real Chromium against `streamlit run`: pages open by URL, maps draw, nothing leaves the machine."""

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from core.data import queries
from core.data.loading import load, load_meta
from core.text.i18n import focus_labels, text
from core.views import site_views
from front.local import MAP_PAGES, PAGES
from tests.e2e.conftest import Visit, phone_context

pytestmark = pytest.mark.e2e
FIGURE = ".ik-figure-map .ik-canvas svg"


def wait_for_map(page) -> None:
    """The page's first map, scrolled into view (a figure draws when it comes within a screen of it)."""
    page.locator(".ik-figure-map").first.scroll_into_view_if_needed(timeout=30_000)
    expect(page.locator(FIGURE).first).to_be_visible(timeout=30_000)


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("key", list(PAGES))
def test_page_opens_by_url_with_frame_and_charts(visit, key, lang):
    page = visit.open(f"{PAGES[key]}?lang={lang}")
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    expect(page.get_by_role("heading", name=text(f"{key}.title", lang)).first).to_be_visible()
    expect(page.get_by_text("Page not found")).to_have_count(0)
    sidebar = page.locator("[data-testid='stSidebar']")
    expect(sidebar.get_by_text(text("nav.map", lang), exact=True)).to_have_count(1)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    if key in MAP_PAGES:
        wait_for_map(page)
    # Every chart is server-drawn SVG; plotly only on the explorer, when asked for (below).
    expect(page.locator(".js-plotly-plot")).to_have_count(0, timeout=30_000)
    assert visit.foreign == []


def test_the_explorer_loads_plotly_only_for_its_interactive_chart(visit):
    page = visit.open("/compare?lang=sv")
    expect(page.locator("#ik-fig-compare_lines .ik-canvas svg")).to_be_visible(timeout=30_000)
    assert plotly_scripts(page) == []
    page.get_by_role("radio", name=text("compare.chart.interactive", "sv"), exact=True).click()
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=30_000)
    expect(page).to_have_url(re.compile(r"chart=interactive"))
    assert visit.foreign == []


def plotly_scripts(page) -> list[str]:
    names = page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)")
    return [name for name in names if "PlotlyChart" in name or "plotly" in name.lower()]


def top_site_value(lang: str) -> str:
    """What the ranking writes after its longest bar, from the register."""
    ranked = queries.ranked_sites(load("workplaces"))
    return site_views.site_labels(ranked, focus_labels(lang), lang)["bar_text"].iloc[0]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_focus_area_bars_show_their_values_without_plotly(visit, lang):
    page = visit.open(f"/focus_areas?lang={lang}")
    ranking = page.locator("#ik-fig-focus_ranking svg")
    expect(ranking.get_by_text(top_site_value(lang), exact=True)).to_be_visible()
    expect(page.locator("#ik-fig-focus_counties svg .ik-bar").first).to_be_visible()
    assert plotly_scripts(page) == []
    assert visit.foreign == []


def test_pointing_at_a_bar_shows_its_card_with_a_link_to_the_profile(visit):
    page = visit.open("/focus_areas?lang=en")
    figure = page.locator("#ik-fig-focus_ranking")
    figure.locator(".ik-bar").first.hover()
    card = figure.locator(".ik-tip")
    expect(card).to_be_visible()
    largest = queries.ranked_sites(load("workplaces"))["company"].iloc[0]
    expect(card.locator(".ik-tip-heading")).to_have_text(largest)
    expect(card.locator("a.ik-tip-link")).to_have_text(text("figure.open_profile", "en"))


def test_a_chart_without_values_says_so_and_the_page_keeps_working(visit):
    errors: list[str] = []
    visit.page.on("pageerror", lambda error: errors.append(str(error)))
    page = visit.open("/focus_areas?lang=sv&area=forest_bioeconomy&county=17")  # no employee figures
    ranking = page.locator("#ik-fig-focus_ranking svg")
    expect(ranking.get_by_text(text("charts.empty", "sv"))).to_be_visible()
    ranking.click()  # nothing to open, nothing breaks
    expect(page.locator("#ik-fig-focus_counties svg .ik-bar").first).to_be_visible()
    assert errors == []


def test_map_draws_every_municipality_and_the_sites_as_links(visit):
    page = visit.open("/map?lang=sv")
    wait_for_map(page)
    expect(page.locator(".ik-canvas a[data-i] .ik-area")).to_have_count(41)
    expect(page.locator(".ik-canvas a[data-i] .ik-site")).to_have_count(19)
    assert visit.foreign == []


def test_map_picture_can_be_saved_for_slides_with_its_title_and_sources(visit):
    page = visit.open("/map?lang=sv")
    wait_for_map(page)
    with page.expect_download() as saved:
        page.get_by_role("button", name=text("figure.download_svg", "sv")).click()
    assert saved.value.suggested_filename == "map_chart.svg"
    picture = Path(saved.value.path()).read_text(encoding="utf-8")
    assert picture.startswith("<svg") and "Företag som betalar hälften av lönerna" in picture
    assert "Källa: Region Värmland" in picture and "Uppgift saknas" not in picture
    with page.expect_download() as saved:
        page.get_by_role("button", name=text("figure.download_png", "sv")).click()
    assert saved.value.suggested_filename == "map_chart.png"
    assert Path(saved.value.path()).read_bytes().startswith(b"\x89PNG")
    with page.expect_download() as saved:
        page.get_by_role("button", name=text("figure.download_csv", "sv")).first.click()
    assert saved.value.suggested_filename == "foretag-som-betalar-halften-av-lonerna_alla-lan_2022.csv"
    rows = list(csv.reader(io.StringIO(Path(saved.value.path()).read_text(encoding="utf-8"))))
    assert rows[0][:6] == ["Kod", "Namn", "Län", "Mått", "År", "Värde"]
    assert rows[0][-3:] == ["Enhet", "Källa", "Licens"]
    assert "Ungefärligt värde" in rows[0]  # approximate values are flagged in a column of their own
    assert len(rows) == 42 and rows[1][:2] == [
        "2104",
        "Hofors",
    ]  # the most dependent first, as beside the map
    assert rows[1][5] == "1"  # a number, not "1 företag"
    with page.expect_download() as saved:
        page.get_by_role("button", name=text("figure.download_excel", "sv")).first.click()
    excel = Path(saved.value.path()).read_bytes()
    assert saved.value.suggested_filename.endswith("_excel.csv")
    assert excel.startswith(b"\xef\xbb\xbf") and b";" in excel.splitlines()[0]


def test_clicking_a_municipality_on_the_map_opens_its_profile(visit):
    page = visit.open("/map?lang=sv")
    wait_for_map(page)
    page.locator(".ik-canvas a[aria-label^='Gagnef,'] path").click()  # Gagnef: no site in the register
    expect(page).to_have_url(re.compile(r"/municipality\?.*kommun=2026.*lang=sv"))
    expect(page.get_by_role("heading", name="Gagnef i Dalarna")).to_be_visible()


def test_language_switch_survives_navigation_and_reload(visit):
    page = visit.open("/?lang=sv")
    page.get_by_role("button", name="English", exact=True).click()
    expect(page.get_by_role("heading", name=text("overview.title", "en"))).to_be_visible()
    page.locator("[data-testid='stSidebar']").get_by_role("link", name=text("nav.map", "en")).click()
    expect(page.get_by_role("heading", name=text("map.title", "en"))).to_be_visible()
    expect(page).to_have_url(re.compile("lang=en"))
    page.reload()
    expect(page.get_by_role("heading", name=text("map.title", "en"))).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_deep_link_opens_a_municipality_profile(visit):
    page = visit.open("/municipality?kommun=2104&lang=en")
    expect(page.get_by_role("heading", name="Hofors in Gävleborg")).to_be_visible()


def test_whole_region_fits_the_map_on_a_phone(browser, app_url):
    with phone_context(browser) as context:
        visit = Visit(context.new_page(), app_url)
        page = visit.open("/map?lang=sv")
        wait_for_map(page)
        areas = page.locator(".ik-canvas .ik-area")
        expect(areas).to_have_count(41)
        rights = areas.evaluate_all("(paths) => paths.map(p => p.getBoundingClientRect().right)")
        assert max(rights) <= page.viewport_size["width"]
        assert visit.foreign == []


def test_presentation_link_opens_a_clean_full_screen_view(visit):
    page = visit.open("/map?lang=sv&present=true&county=20")
    expect(page.locator("[data-testid='stSidebar']")).to_be_hidden()
    leave = page.get_by_role("button", name=text("frame.present_exit", "sv"))
    expect(leave).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Dalarna")
    leave.click()
    expect(page.locator("[data-testid='stSidebar']")).to_be_visible()
    expect(page).not_to_have_url(re.compile("present="))


@pytest.mark.parametrize(("lang", "words"), [("sv", "Sidan finns inte."), ("en", "Page not found.")])
def test_an_unknown_path_answers_in_the_readers_language(visit, lang, words):
    """/nonexistent: the app's own notice with a way back, not Streamlit's English dialog."""
    page = visit.open("/nonexistent" + ("?lang=en" if lang == "en" else ""))
    notice = page.locator(".ik-notfound")
    expect(notice).to_contain_text(words)
    expect(notice.get_by_role("link", name=text("notfound.link", lang))).to_be_visible()
    expect(page.locator("[data-testid='stDialog']")).to_have_count(0)
    expect(page.locator("html")).to_have_attribute("lang", lang)


def test_the_menu_offers_print_without_made_with_streamlit(visit):
    page = visit.open("/map")
    page.get_by_test_id("stMainMenuButton").click()
    menu = page.get_by_test_id("stMainMenuPopover")
    expect(menu.get_by_test_id("stMainMenuItem-print")).to_be_visible()
    expect(menu.get_by_text("Made with Streamlit")).to_be_hidden()


def test_the_profiles_sites_show_their_employees_without_scrolling_sideways(visit):
    """At 1366 px the sites table sits in half the page: its employee column comes right after the site."""
    visit.page.set_viewport_size({"width": 1366, "height": 900})
    page = visit.open("/municipality?kommun=2081")
    table = page.locator("[data-testid='stColumn'] .ik-table").first
    title = load_meta("workplaces")["columns"]["employees"]["title"]["sv"]
    header = table.get_by_role("columnheader", name=title, exact=True)
    header.scroll_into_view_if_needed()
    expect(header).to_be_in_viewport(ratio=1)
    expect(table.get_by_role("cell", name="ca 1 825", exact=True)).to_be_in_viewport(ratio=1)
