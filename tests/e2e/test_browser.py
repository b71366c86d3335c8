"""Real Chromium against `streamlit run`: pages open by URL, maps draw, nothing leaves the machine."""

from pathlib import Path

import pytest

from core.text.i18n import text
from tests.e2e.conftest import Visit
from tools.browser import MAP_PAGES, PAGES

pytestmark = pytest.mark.e2e
PLOTLY_PAGES = {"focus_areas", "municipality"}
MAP_DRAWN = """() => [...document.querySelectorAll('img.ik-map')]
    .some(img => img.complete && img.naturalWidth > 0)"""


def wait_for_map(page) -> None:
    page.wait_for_function(MAP_DRAWN, timeout=30_000)


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("key", list(PAGES))
def test_page_opens_by_url_with_frame_and_charts(visit, key, lang):
    page = visit.open(f"{PAGES[key]}?lang={lang}")
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.get_by_role("heading", name=text(f"{key}.title", lang)).first.is_visible()
    assert page.get_by_text("Page not found").count() == 0
    sidebar = page.locator("[data-testid='stSidebar']")
    assert sidebar.get_by_text(text("nav.map", lang), exact=True).count() == 1
    assert page.evaluate("document.documentElement.lang") == lang
    if key in MAP_PAGES:
        wait_for_map(page)
    if key in PLOTLY_PAGES:
        page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    else:
        assert page.locator(".js-plotly-plot").count() == 0
    assert visit.foreign == []


def test_map_page_loads_no_plotly_or_maplibre(visit):
    page = visit.open("/map?lang=sv")
    wait_for_map(page)
    scripts = page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)")
    assert not [name for name in scripts if "PlotlyChart" in name or "maplibre" in name.lower()]


def test_map_draws_every_municipality_and_the_sites_as_links(visit):
    page = visit.open("/map?lang=sv")
    wait_for_map(page)
    shapes = page.evaluate("""() => [...document.querySelectorAll('map area')].map(a => a.shape)""")
    assert shapes.count("poly") >= 41
    assert shapes.count("circle") >= 10
    assert visit.foreign == []


def test_map_and_its_table_can_be_saved_for_slides(visit):
    page = visit.open("/map?lang=sv")
    wait_for_map(page)
    with page.expect_download() as saved:
        page.get_by_role("link", name=text("chart.download_svg", "sv")).click()
    assert saved.value.suggested_filename == "map_chart.svg"
    picture = Path(saved.value.path()).read_text(encoding="utf-8")
    assert picture.startswith("<svg") and "<title>Karta: " in picture
    page.get_by_text(text("chart.table", "sv"), exact=True).first.click()
    with page.expect_download() as saved:
        page.get_by_role("link", name=text("chart.download_csv", "sv")).click()
    table = Path(saved.value.path()).read_text(encoding="utf-8").splitlines()
    assert saved.value.suggested_filename == "map_chart.csv"
    assert len(table) == 42 and any(row.startswith("Hofors") for row in table)


# Finds a point on the drawn picture that the browser hit-tests to the area whose link ends with `code`.
POINT_ON_AREA = """(code) => {
    const img = document.querySelector('img.ik-map');
    const box = img.getBoundingClientRect();
    for (let y = box.top + 2; y < box.bottom; y += 3) {
        for (let x = box.left + 2; x < box.right; x += 3) {
            const hit = document.elementFromPoint(x, y);
            if (hit && hit.tagName === 'AREA' && hit.getAttribute('href').includes('kommun=' + code)
                && hit.shape === 'poly') return {x, y};
        }
    }
    return null;
}"""


def test_clicking_a_municipality_on_the_map_opens_its_profile(visit):
    page = visit.open("/map?lang=sv")
    wait_for_map(page)
    page.locator("img.ik-map").scroll_into_view_if_needed()
    point = page.evaluate(POINT_ON_AREA, "2026")  # Gagnef: no site in the register
    assert point is not None
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function("location.pathname.endsWith('/municipality')", timeout=30_000)
    visit.settle()
    assert page.get_by_role("heading", name="Gagnef i Dalarna").is_visible()
    assert "lang=sv" in page.url


def test_language_switch_survives_navigation_and_reload(visit):
    page = visit.open("/?lang=sv")
    page.locator("[data-testid='stSidebar']").get_by_role("radio", name="English").click()
    visit.settle()
    assert page.get_by_role("heading", name=text("overview.title", "en")).is_visible()
    page.locator("[data-testid='stSidebar']").get_by_role("link", name=text("nav.map", "en")).click()
    visit.settle()
    assert page.get_by_role("heading", name=text("map.title", "en")).is_visible()
    assert "lang=en" in page.url
    page.reload()
    visit.settle()
    assert page.get_by_role("heading", name=text("map.title", "en")).is_visible()
    assert page.evaluate("document.documentElement.lang") == "en"


def test_deep_link_opens_a_municipality_profile(visit):
    page = visit.open("/municipality?kommun=2104&lang=en")
    assert page.get_by_role("heading", name="Hofors in Gävleborg").is_visible()


PHONE_AGENT = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
)


def test_whole_region_fits_the_map_on_a_phone(browser, app_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, user_agent=PHONE_AGENT)
    try:
        visit = Visit(context.new_page(), app_url)
        page = visit.open("/map?lang=sv")
        wait_for_map(page)
        fit = page.evaluate("""() => {
            const img = document.querySelector('img.ik-map');
            const inside = [...document.querySelectorAll('map area[shape=poly]')].filter(a => {
                const v = a.coords.split(',').map(Number);
                const limit = i => (i % 2 ? img.clientHeight : img.clientWidth);
                return v.every((value, i) => value >= 0 && value <= limit(i));
            });
            return {areas: inside.length, width: img.getBoundingClientRect().right, page: innerWidth};
        }""")
        assert fit["areas"] == 41
        assert fit["width"] <= fit["page"]
        assert visit.foreign == []
    finally:
        context.close()


def test_presentation_link_opens_a_clean_full_screen_view(visit):
    page = visit.open("/map?lang=sv&present=true&county=20")
    assert not page.locator("[data-testid='stSidebar']").is_visible()
    assert page.get_by_role("button", name=text("frame.present_exit", "sv")).is_visible()
    font_size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert font_size > 16
    page.get_by_role("button", name=text("frame.present_exit", "sv")).click()
    visit.settle()
    assert page.locator("[data-testid='stSidebar']").is_visible()
