"""The interactive map in a real browser: cards on hover, focus and tap; keyboard; phone and projector fit."""

import re
from contextlib import contextmanager

import pytest
from playwright.sync_api import expect

from core.text.i18n import text
from tests.e2e.conftest import Visit, phone_context

pytestmark = pytest.mark.e2e
AREA = ".ik-canvas a[aria-label^='{name},']"
SIDEBAR_RIGHT = "document.querySelector('[data-testid=\"stSidebar\"]').getBoundingClientRect().right"


def area(page, name: str):
    return page.locator(AREA.format(name=name))


def test_hovering_an_area_shows_its_card_with_name_value_and_rank(visit):
    page = visit.open("/map?lang=sv&county=21")
    hofors = area(page, "Hofors")
    expect(hofors).to_have_count(1)
    hofors.locator("path").hover()
    tip = page.locator(".ik-tip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("Hofors")
    expect(tip).to_contain_text("Företag som betalar hälften av lönerna: 1 företag")
    expect(tip).to_contain_text("Plats 10 av 10 i Gävleborg")


def test_keyboard_reaches_the_map_in_one_tab_stop_moves_with_arrows_and_opens_with_enter(visit):
    page = visit.open("/map?lang=en&county=21")
    links = page.locator(".ik-canvas a[data-i]")
    expect(links.first).to_have_attribute("tabindex", "0")
    expect(page.locator(".ik-canvas a[data-i][tabindex='0']")).to_have_count(1)  # one tab stop
    links.first.focus()
    page.keyboard.press("ArrowDown")
    focused = page.locator(".ik-canvas a[data-i]:focus")
    expect(focused).to_have_count(1)
    expect(page.locator(".ik-canvas a[data-i][tabindex='0']")).to_have_count(1)
    expect(page.locator(".ik-tip")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator(".ik-tip")).to_be_hidden()
    area(page, "Ockelbo").focus()
    expect(page.locator(".ik-tip")).to_contain_text("Ockelbo")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/municipality\?.*kommun=2101"))
    expect(page.get_by_role("heading", name="Ockelbo in Gävleborg")).to_be_visible()


def test_a_skip_link_leads_past_the_map(visit):
    page = visit.open("/map?lang=sv")
    skip = page.locator(".ik-skip").first
    skip.focus()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("#ik-after-map_chart")).to_be_focused()


def test_tapping_an_area_on_a_phone_shows_its_card_and_the_card_opens_the_profile(browser, app_url):
    with phone_context(browser) as context:
        page = Visit(context.new_page(), app_url).open("/map?lang=en&county=20")
        falun = area(page, "Falun").locator("path")
        expect(falun).to_be_visible()
        falun.tap()
        tip = page.locator(".ik-tip")
        expect(tip).to_be_visible()
        expect(tip).to_contain_text("Falun")
        expect(page).to_have_url(re.compile(r"/map\?"))  # the tap did not leave the map
        tip.get_by_role("link").tap()
        expect(page).to_have_url(re.compile(r"kommun=2080"))
        expect(page.get_by_role("heading", name="Falun in Dalarna")).to_be_visible()


def test_on_a_phone_the_map_starts_on_the_first_screen(browser, app_url):
    with phone_context(browser) as context:
        page = Visit(context.new_page(), app_url).open("/map?lang=sv")
        canvas = page.locator(".ik-canvas svg")
        expect(canvas).to_be_visible()
        expect(canvas).to_be_in_viewport()
        top = canvas.evaluate("(svg) => svg.getBoundingClientRect().top")
        assert top < page.viewport_size["height"]


def test_every_profile_value_is_visible_on_a_phone_without_sideways_scrolling(browser, app_url):
    with phone_context(browser) as context:
        page = Visit(context.new_page(), app_url).open("/municipality?kommun=2104&lang=en")
        values = page.locator(".ik-card-value")
        expect(values.first).to_be_visible()
        boxes = values.evaluate_all("(cards) => cards.map(c => c.getBoundingClientRect().right)")
        assert len(boxes) >= 4 and max(boxes) <= page.viewport_size["width"]  # Hofors' four figures
        named = page.get_by_text("The sources have no figure for Hofors on:")  # the indicators it lacks
        expect(named).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


@pytest.mark.parametrize(("size", "smallest"), [((1920, 1080), 24), ((1024, 768), 18)])
def test_presentation_mode_fits_the_map_and_writes_large(browser, app_url, size, smallest):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    try:
        page = Visit(context.new_page(), app_url).open("/map?lang=sv&present=true")
        canvas = page.locator(".ik-canvas svg")
        expect(canvas).to_be_visible()
        bottom = canvas.evaluate("(svg) => svg.getBoundingClientRect().bottom")
        assert bottom <= size[1]
        legend = page.locator(".ik-legend li, .ik-legend p")
        expect(legend.first).to_be_visible()
        sizes = legend.evaluate_all("(nodes) => nodes.map(n => parseFloat(getComputedStyle(n).fontSize))")
        assert min(sizes) >= smallest
        names = page.locator(".ik-label:visible")
        expect(names.first).to_be_visible()
        # The names are fitted again whenever the drawing changes size (presentation mode sizes it to the
        # screen just after the page settles): wait until every shown name has its final size.
        page.wait_for_function(
            """(smallest) => [...document.querySelectorAll('.ik-label')]
                .filter((name) => getComputedStyle(name).display !== 'none')
                .every((name) => name.getBoundingClientRect().height >= smallest)""",
            arg=smallest,
        )
        heights = names.evaluate_all("(nodes) => nodes.map(n => n.getBoundingClientRect().height)")
        assert min(heights) >= smallest  # a name's box is at least its type size
        expect(page.locator(".ik-values li")).to_have_count(41)  # every value beside the map
    finally:
        context.close()


def test_on_a_phone_the_menu_opens_from_a_word_and_closes_after_a_choice(browser, app_url):
    with phone_context(browser) as context:
        page = Visit(context.new_page(), app_url).open("/?lang=en")
        page.get_by_role("button", name=text("frame.menu", "en"), exact=True).tap()
        sidebar = page.locator("[data-testid='stSidebar']")
        page.wait_for_function(f"{SIDEBAR_RIGHT} > 100")  # the menu slid in
        sidebar.get_by_role("link", name=text("nav.map", "en")).tap()
        expect(page.get_by_role("heading", name=text("map.title", "en"))).to_be_visible()
        page.wait_for_function(f"{SIDEBAR_RIGHT} <= 0")  # and out again by itself
        expect(page.locator(".ik-canvas svg")).to_be_visible()


def test_on_a_phone_the_maps_choices_close_after_a_choice(browser, app_url):
    """/map?lang=en at 390 px: picking a county folds the choices, so the map they changed is in sight."""
    with phone_context(browser) as context:
        page = Visit(context.new_page(), app_url).open("/map?lang=en")
        page.locator(".st-key-map_view [data-testid='stPopoverButton']").tap()
        choices = page.get_by_test_id("stPopoverBody")
        expect(choices).to_be_visible()
        choices.locator(".st-key-county").get_by_role("radio", name="Gävleborg").tap()
        expect(page).to_have_url(re.compile(r"county=21"))
        expect(choices).to_have_count(0)
        expect(area(page, "Gävle")).to_be_in_viewport()
        # Several-at-once pills (focus areas) leave the panel open for the next one.
        page.locator(".st-key-map_view [data-testid='stPopoverButton']").tap()
        expect(choices).to_be_visible()
        choices.locator(".st-key-focus button[aria-pressed]").first.tap()
        expect(choices).to_be_visible()


def drawn_name(page, name: str):
    """A name drawn on the page's indicator map (hidden names have display: none)."""
    return page.locator(".ik-figure-map .ik-label").filter(has_text=re.compile(f"^{name}$"))


@contextmanager
def _desktop(browser, width: int, height: int):
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        yield context
    finally:
        context.close()


@pytest.mark.parametrize("phone", [False, True])
def test_the_county_seats_and_a_chosen_countys_municipalities_are_named(browser, app_url, phone):
    """1366 and 390 px: Falun, Gävle and Karlstad on the region; Gävleborg chosen, Söderhamn too."""
    with phone_context(browser) if phone else _desktop(browser, 1366, 900) as context:
        visit = Visit(context.new_page(), app_url)
        page = visit.open("/map?lang=sv")
        for name in ("Gävle", "Falun", "Karlstad"):
            expect(drawn_name(page, name)).to_be_visible()
        page = visit.open("/map?lang=sv&county=21")
        for name in ("Gävle", "Söderhamn", "Sandviken", "Hofors"):
            expect(drawn_name(page, name)).to_be_visible()


def test_presentation_at_1024_keeps_the_names_people_look_for(browser, app_url):
    """At 1024×768: Hofors and Borlänge on the region's map, Sandviken on Gävleborg's (the talk's step)."""
    with _desktop(browser, 1024, 768) as context:
        visit = Visit(context.new_page(), app_url)
        page = visit.open("/map?lang=sv&present=true")
        for name in ("Hofors", "Borlänge", "Falun", "Gävle", "Karlstad"):
            expect(drawn_name(page, name)).to_be_visible()
        page = visit.open("/map?indicator=firms_50pct_payroll&year=2022&county=21&lang=sv&present=true")
        for name in ("Hofors", "Sandviken", "Gävle", "Söderhamn"):
            expect(drawn_name(page, name)).to_be_visible()


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1366, 768), (1366, 900)])
def test_presentation_below_1920_fits_title_map_legend_and_values(browser, app_url, size):
    """On a projector the map's title wraps rather than being cut, and legend and values sit on the screen."""
    with _desktop(browser, *size) as context:
        page = Visit(context.new_page(), app_url).open("/map?lang=sv&present=true")
        title = page.locator("[data-testid='stMain'] h1").first
        expect(title).to_contain_text("Alla tre län")  # the whole title, not "…, 202…"
        for part in (title, page.locator(".ik-figure-map .ik-legend"), page.locator(".ik-values")):
            expect(part).to_be_in_viewport(ratio=1)
        expect(page.locator(".ik-figure-map .ik-canvas svg")).to_be_in_viewport(ratio=1)
        clipped = page.locator(".ik-values .ik-value").evaluate_all(
            "(values) => values.filter((v) => v.scrollWidth > v.clientWidth + 1).length"
        )
        assert clipped == 0
