"""Real Chromium against `streamlit run`: pages open by URL, maps draw, nothing leaves the machine."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from core.text.i18n import text
from tests.e2e.conftest import Visit, phone_context
from tools.browser import MAP_PAGES, PAGES

pytestmark = pytest.mark.e2e
PLOTLY_PAGES = {"focus_areas", "municipality"}
FIGURE = ".ik-canvas svg"


def wait_for_map(page) -> None:
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
    if key in PLOTLY_PAGES:
        expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=30_000)
    else:
        expect(page.locator(".js-plotly-plot")).to_have_count(0)
    assert visit.foreign == []


def test_map_page_loads_no_plotly_or_maplibre(visit):
    page = visit.open("/map?lang=sv")
    wait_for_map(page)
    scripts = page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)")
    assert not [name for name in scripts if "PlotlyChart" in name or "maplibre" in name.lower()]


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
    page.get_by_text(text("chart.table", "sv"), exact=True).first.click()
    with page.expect_download() as saved:
        page.get_by_role("link", name=text("chart.download_csv", "sv")).click()
    table = Path(saved.value.path()).read_text(encoding="utf-8").splitlines()
    assert len(table) == 42 and any(row.startswith("Hofors") for row in table)


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
