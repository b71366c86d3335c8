"""Presenting and sharing in Chromium: first screen on a projector, talks by clicker keys and buttons,
the QR code of the view's link, embedded views and the printed municipality sheet."""

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import zxingcpp
from PIL import Image
from playwright.sync_api import expect
from pypdf import PdfReader

from core.text.i18n import text
from front.local import PAGES
from tests.e2e.conftest import Visit, phone_context
from tests.e2e.test_accessibility import AXE, BLOCKING, RUN_AXE, WCAG_AA

pytestmark = pytest.mark.e2e
SIZES = [(1920, 1080), (1024, 768)]
WAIT = 20_000  # ms for a condition the page's own script settles (measured sizes) on a loaded machine
STEP_WAIT = 60_000  # ms for a talk step: a new page may draw its figures for the first time
# What each page must show on the first screen in presentation mode (Data and Accessibility: their title).
MAIN = {
    "overview": [".ik-cards", "#ik-fig-overview_map .ik-canvas svg"],
    "map": ["#ik-fig-map_chart .ik-canvas svg"],
    "focus_areas": [".st-key-focus_ranking, #ik-fig-focus_ranking .ik-canvas svg"],
    "municipality": [".ik-cards"],
    "transition": ["#ik-fig-transition_trend .ik-canvas svg"],
    "compare": ["#ik-fig-compare_lines .ik-canvas svg"],
    "project": [".ik-cards", ".ik-table-frame"],  # the period, then the partners (scrolling in its frame)
    "data": ["[data-testid='stMain'] h1"],
    "accessibility": ["[data-testid='stMain'] h1"],
}
INSIDE_FIRST_SCREEN = """(selector) => {
  const box = document.querySelector(selector).getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
}"""
# The title's text (its box less the room kept for the controls) and every fixed control stay apart.
NOTHING_OVERLAPS = """() => {
  const title = document.querySelector("[data-testid='stMain'] h1");
  const box = title.getBoundingClientRect();
  const text = { left: box.left, top: box.top, bottom: box.bottom,
                 right: box.right - parseFloat(getComputedStyle(title).paddingRight) };
  const fixed = ".st-key-ik_bar > *, .st-key-map_view, .st-key-view_controls";
  const controls = [...document.querySelectorAll(fixed)]
    .map((node) => node.getBoundingClientRect()).filter((b) => b.width > 0);
  const clash = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  return controls.length >= 4 && !controls.some((c) => clash(c, text))
    && !controls.some((c, i) => controls.some((d, j) => i < j && clash(c, d)));
}"""


# Every figure in a column stays inside it (its legend does not run into the next column).
FIGURES_KEEP_TO_COLUMNS = """() => [...document.querySelectorAll("[data-testid='stColumn'] .ik-figure > *")]
  .filter((part) => part.getBoundingClientRect().width > 0)
  .every((part) => {
    const drawn = document.createRange();
    drawn.selectNodeContents(part);  // the text and drawing as laid out, also where they overflow the box
    const right = Math.max(part.getBoundingClientRect().right, drawn.getBoundingClientRect().right);
    return right <= part.closest("[data-testid='stColumn']").getBoundingClientRect().right + 1;
  })"""


@contextmanager
def screen(browser, size: tuple[int, int]) -> Iterator:
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    try:
        yield context
    finally:
        context.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("key", list(PAGES))
def test_presentation_mode_shows_the_main_figure_on_the_first_screen_without_overlaps(
    browser, app_url, key, size
):
    with screen(browser, size) as context:
        choice = "kommun=2104&" if key == "municipality" else ""
        page = Visit(context.new_page(), app_url).open(f"{PAGES[key]}?{choice}lang=sv&present=true")
        expect(page.locator("[data-testid='stException']")).to_have_count(0)
        expect(page.locator("[data-testid='stSidebar']")).to_be_hidden()
        for selector in MAIN[key]:
            expect(page.locator(selector).first).to_be_visible()
            page.wait_for_function(INSIDE_FIRST_SCREEN, arg=selector, timeout=WAIT)
        expect(page.get_by_role("button", name=text("frame.present_exit", "sv"))).to_be_visible()
        page.wait_for_function(NOTHING_OVERLAPS, timeout=WAIT)
        page.wait_for_function(FIGURES_KEEP_TO_COLUMNS, timeout=WAIT)


def test_the_pages_menu_keeps_presentation_mode_and_the_language(visit):
    page = visit.open("/project?lang=en&present=true")
    open_menu(page, "present.pages", "en")
    page.locator("[data-testid='stPopoverBody']").get_by_role("link", name=text("nav.map", "en")).click()
    expect(page).to_have_url(re.compile(r"/map\?.*(lang=en.*present=true|present=true.*lang=en)"))
    expect(page.locator("[data-testid='stSidebar']")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_contain_text("All three counties")


def test_stepping_through_the_talk_with_a_clickers_keys_and_the_buttons(browser, app_url):
    with screen(browser, (1024, 768)) as context:
        visit = Visit(context.new_page(), app_url)
        page = visit.open("/?lang=sv")
        count, heading = page.locator(".ik-talk-count"), page.get_by_role("heading", level=1)

        def at(step: int) -> None:
            expect(count).to_have_text(f"{step} / 7", timeout=STEP_WAIT)
            expect(page.locator(".st-key-talk_bar")).to_have_count(1, timeout=STEP_WAIT)
            visit.settle()  # the step's page has run to its end, its buttons are there

        def click(button: str) -> None:
            bar = page.locator(".st-key-talk_bar")
            target = bar.get_by_role("button", name=text(button, "sv"), exact=True)
            expect(target).to_be_enabled(timeout=STEP_WAIT)
            target.click()

        start = text("present.talk_start", "sv", title="Industrin i Norra Mellansverige")
        page.locator("[data-testid='stSidebar']").get_by_role("button", name=start).click()
        at(1)
        expect(page.locator(".ik-talk-title")).to_contain_text("Industrin i tre län")
        page.keyboard.press("PageDown")
        at(2)
        expect(page).to_have_url(re.compile(r"/map\?.*step=2"))
        expect(heading).to_contain_text("2022 · Alla tre län")
        page.keyboard.press("ArrowRight")
        at(3)
        expect(heading).to_contain_text("2022 · Gävleborg")
        expect(page.locator(".ik-talk-note")).to_contain_text("I Hofors betalar ett enda företag")
        page.locator(".ik-canvas a[aria-label^='Hofors,']").focus()
        page.keyboard.press("ArrowRight")  # in the map the arrows move between areas, not the talk
        expect(page.locator(".ik-canvas a[data-i]:focus")).not_to_have_attribute(
            "aria-label", re.compile("^Hofors,")
        )
        expect(count).to_have_text("3 / 7")
        page.locator(".ik-talk-note").click()  # focus leaves the map
        page.keyboard.press(" ")
        at(4)
        expect(page).to_have_url(re.compile(r"/focus_areas\?.*step=4"))
        page.keyboard.press("PageUp")
        at(3)
        expect(page).to_have_url(re.compile(r"/map\?.*county=21"))
        click("present.next")
        at(4)
        expect(heading).to_have_text(text("focus_areas.title", "sv"))
        click("present.previous")
        at(3)
        expect(heading).to_contain_text("Gävleborg")


def open_menu(page, key: str, lang: str) -> None:
    """Open a popover of the top-right bar by its name (its label may be hidden beside its icon)."""
    page.locator(".st-key-ik_bar").get_by_role("button", name=text(key, lang)).click()


def decoded(locator) -> list[str]:
    """The texts of the QR codes in a screenshot of the element."""
    image = Image.open(io.BytesIO(locator.screenshot()))
    return [result.text for result in zxingcpp.read_barcodes(image)]


def test_the_share_popover_gives_the_views_link_as_text_qr_code_and_clipboard_copy(browser, app_url):
    with screen(browser, (1366, 900)) as context:
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url)
        page = Visit(context.new_page(), app_url).open("/map?lang=sv&county=21")
        open_menu(page, "present.share", "sv")
        expected = (
            f"{app_url}/map?county=21&indicator=firms_50pct_payroll&year=2022&level=municipality&lang=sv"
        )
        expect(page.locator("#ik-share-link")).to_have_text(expected)
        qr = page.locator(".ik-qr")
        expect(qr).to_be_visible()
        assert decoded(qr) == [expected]
        page.get_by_role("button", name=text("present.copy_link", "sv")).click()
        expect(page.locator(".ik-copy-status").first).to_have_text(text("present.copied", "sv"))
        assert page.evaluate("navigator.clipboard.readText()") == expected
        citation = page.locator("#ik-share-cite")
        expect(citation).to_contain_text(
            "Industrikartan – Karta: Företag som betalar hälften av lönerna · 2022"
        )
        expect(citation).to_contain_text(expected)
        expect(citation).to_contain_text(re.compile(r"Dataversion: [0-9a-f]{12}\.$"))
        expect(page.locator("#ik-share-embed")).to_contain_text(
            '<iframe src="' + expected.replace("&", "&amp;") + "&amp;embed=true"
        )
        page.keyboard.press("Escape")
        page.locator(".st-key-county").get_by_role("radio", name="Dalarna").click()
        expect(page).to_have_url(re.compile("county=20"))
        open_menu(page, "present.share", "sv")
        expect(page.locator("#ik-share-link")).to_contain_text("county=20")  # the link follows the view


def test_on_a_projector_the_qr_code_is_large_enough_to_scan_from_the_seats(browser, app_url):
    with screen(browser, (1920, 1080)) as context:
        page = Visit(context.new_page(), app_url).open("/municipality?kommun=2104&lang=en&present=true")
        open_menu(page, "present.share", "en")
        qr = page.locator(".ik-qr")
        expect(qr).to_be_visible()
        page.wait_for_function("() => document.querySelector('.ik-qr').getBoundingClientRect().width >= 500")
        assert decoded(qr) == [f"{app_url}/municipality?kommun=2104&compare=firms_50pct_payroll&lang=en"]


def test_the_share_popover_fits_a_phone(browser, app_url):
    with phone_context(browser) as context:
        page = Visit(context.new_page(), app_url).open("/?lang=en")
        page.locator(".st-key-ik_bar").get_by_role("button", name=text("present.share", "en")).tap()
        link = page.locator("#ik-share-link")
        expect(link).to_have_text(f"{app_url}/?lang=en")
        expect(page.locator(".ik-qr")).to_be_in_viewport()
        page.wait_for_function(
            "() => document.querySelector('.ik-share').getBoundingClientRect().right <= window.innerWidth"
        )


@pytest.mark.parametrize("key", list(PAGES))
def test_an_embedded_view_shows_the_page_without_the_side_menu(visit, key):
    page = visit.open(f"{PAGES[key]}?lang=en&embed=true")
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    expect(page.get_by_role("heading", name=text(f"{key}.title", "en")).first).to_be_visible()
    expect(page.locator("[data-testid='stSidebar']")).to_be_hidden()
    expect(page.locator("[data-testid='stSidebarCollapsedControl']")).to_have_count(0)


def test_a_printed_municipality_profile_is_one_clean_a4_page(visit):
    page = visit.open("/municipality?kommun=2081&lang=sv")
    page.emulate_media(media="print")  # draws the figures not yet drawn, far below the first screen
    for chrome in (
        "[data-testid='stSidebar']",
        ".st-key-ik_bar",
        "[data-testid='stSelectbox']",
        "[data-testid='stExpander']",
        ".ik-saves",
        ".st-key-noprint_compare",
    ):
        expect(page.locator(chrome).first).to_be_hidden()
    for kept in (".ik-cards", "#ik-fig-municipality_locator .ik-canvas svg"):
        expect(page.locator(kept).first).to_be_visible()
    expect(page.locator(".st-key-noprint_transition")).to_be_hidden()  # the transition is on screen
    sites = page.locator(".ik-table").filter(has_text="SSAB").filter(has_text="Fokusområde")
    expect(sites).to_be_visible()  # the register's sites
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    millimetres = [float(side) / 72 * 25.4 for side in (box.width, box.height)]  # PDF points to mm
    assert millimetres == pytest.approx([210, 297], abs=1)  # A4
    printed = reader.pages[0].extract_text()
    assert "Borlänge i Dalarna" in printed and "Källa:" in printed and "SSAB" in printed
    assert text("present.share", "sv") not in printed


@pytest.mark.parametrize(
    ("path", "menu"),
    [("/map?lang=sv&county=21", "present.share"), ("/?lang=en&present=true&talk=industrin&step=2", None)],
    ids=["share popover", "talk step"],
)
def test_the_share_popover_and_a_talk_step_have_no_serious_axe_violation(visit, path, menu):
    page = visit.open(path)
    if menu:
        open_menu(page, menu, "sv")
        expect(page.locator(".ik-qr")).to_be_visible()
    else:
        expect(page.locator(".ik-talk-count")).to_have_text("2 / 7", timeout=STEP_WAIT)
        visit.settle()
    page.add_script_tag(path=str(AXE))
    blocking = [v for v in page.evaluate(RUN_AXE, WCAG_AA) if v["impact"] in BLOCKING]
    assert blocking == [], blocking
