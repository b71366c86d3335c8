"""Real Chromium against `streamlit run`: pages open by URL, maps draw, nothing leaves the machine."""

import pytest
from shapely.geometry import shape

from core.data import load_geojson
from core.i18n import text
from tests.e2e.conftest import Visit
from tools.browser import MAP_PAGES, PAGES

pytestmark = pytest.mark.e2e
CHART_PAGES = MAP_PAGES | {"focus_areas"}


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
    if key in CHART_PAGES:
        page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    if key in MAP_PAGES:
        page.wait_for_selector(".js-plotly-plot .maplibregl-canvas", timeout=30_000)
        drawn = page.evaluate("""() => [...document.querySelectorAll('.js-plotly-plot')]
            .some(p => (p.data || []).some(t => t.type === 'choroplethmap'))""")
        assert drawn
    assert visit.foreign == []


def test_map_draws_polygons_and_points(visit):
    page = visit.open("/map?lang=sv")
    page.wait_for_selector(".maplibregl-canvas", timeout=30_000)
    counts = page.evaluate("""() => {
        const plot = [...document.querySelectorAll('.js-plotly-plot')].find(p => p._fullLayout.map);
        const map = plot._fullLayout.map._subplot.map;
        const layers = map.getStyle().layers.map(l => l.id);
        const rendered = map.queryRenderedFeatures();
        return {polygons: rendered.filter(f => f.geometry.type.includes('Polygon')).length,
                points: rendered.filter(f => f.geometry.type === 'Point').length, layers: layers.length};
    }""")
    assert counts["polygons"] >= 41
    assert counts["points"] >= 10
    assert visit.foreign == []


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


def test_clicking_a_municipality_on_the_map_opens_its_profile(visit):
    gagnef = next(
        f
        for f in load_geojson("municipalities")["features"]
        if f["properties"]["municipality_code"] == "2026"
    )  # no site in the register
    lon, lat = shape(gagnef["geometry"]).representative_point().coords[0]
    page = visit.open("/map?lang=sv")
    page.wait_for_selector(".maplibregl-canvas", timeout=30_000)
    point = page.evaluate(
        """([lon, lat]) => {
        const plot = [...document.querySelectorAll('.js-plotly-plot')].find(p => p._fullLayout.map);
        const map = plot._fullLayout.map._subplot.map;
        const canvas = map.getCanvas().getBoundingClientRect();
        const p = map.project([lon, lat]);
        return {x: canvas.left + p.x, y: canvas.top + p.y};
    }""",
        [lon, lat],
    )
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function("location.pathname.endsWith('/municipality')", timeout=30_000)
    visit.settle()
    assert page.get_by_role("heading", name="Gagnef i Dalarna").is_visible()


PHONE_AGENT = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
)


def test_whole_region_fits_the_map_on_a_phone(browser, app_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, user_agent=PHONE_AGENT)
    try:
        visit = Visit(context.new_page(), app_url)
        page = visit.open("/map?lang=sv")
        page.wait_for_selector(".maplibregl-canvas", timeout=30_000)
        page.wait_for_timeout(1000)
        codes = page.evaluate("""() => {
            const plot = [...document.querySelectorAll('.js-plotly-plot')].find(p => p._fullLayout.map);
            const map = plot._fullLayout.map._subplot.map;
            const box = map.getCanvas().getBoundingClientRect();
            const inside = (lon, lat) => { const p = map.project([lon, lat]);
                return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height; };
            const features = plot.data.filter(t => t.type === 'choroplethmap')
                .flatMap(t => t.geojson.features);
            return features.filter(f => f.geometry.coordinates.flat(3).length &&
                f.geometry.coordinates.flat(Infinity).every((v, i, all) =>
                    i % 2 === 1 || inside(all[i], all[i + 1]))).length;
        }""")
        assert codes == 41
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
