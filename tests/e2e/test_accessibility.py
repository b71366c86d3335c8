"""axe-core finds no serious or critical WCAG 2.1 AA violation, and the keyboard alone works."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from core.data import queries
from core.data.loading import load
from core.text.i18n import text
from front.local import PAGES

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}
MAX_TABS = 80

RUN_AXE = """async (tags) => {
    const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
    return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
}"""


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("path", list(PAGES.values()))
def test_no_serious_or_critical_axe_violation(visit, path, lang):
    visit.open(f"{path}?lang={lang}")
    page = visit.draw_all()  # the figures below the first screen are checked too
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(RUN_AXE, WCAG_AA)
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert blocking == [], blocking


def tab_until(page, predicate: str, limit: int = MAX_TABS) -> bool:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate):
            return True
    return False


def test_navigation_works_with_the_keyboard(visit):
    page = visit.open("/?lang=sv")
    label = text("nav.map", "sv")
    on_link = (
        f"document.activeElement.tagName === 'A' && document.activeElement.innerText.includes({label!r})"
    )
    assert tab_until(page, on_link)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/map(\?|$)"))
    expect(page.get_by_role("heading", name=text("map.title", "sv"))).to_be_visible()


def test_a_filter_works_with_the_keyboard(visit):
    page = visit.open("/focus_areas?lang=sv")
    card = page.locator(".ik-card-value").first
    before = card.inner_text()
    label = text("filter.focus_area", "sv")
    in_select = (
        f"document.activeElement.closest('[data-testid=\"stSelectbox\"]')"
        f"?.innerText.includes({label!r}) ?? false"
    )
    assert tab_until(page, in_select)
    page.keyboard.type(text("focus.steel", "sv"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("area=steel"))
    expect(card).not_to_have_text(before)


def test_map_municipality_opens_with_the_keyboard(visit):
    page = visit.open("/map?lang=en&county=20")
    on_map = "document.activeElement.closest('.ik-canvas') !== null"
    assert tab_until(page, on_map, limit=120)
    for _ in range(30):  # arrow keys move within the map until Gagnef has the focus
        if page.evaluate("document.activeElement.getAttribute('aria-label') || ''").startswith("Gagnef"):
            break
        page.keyboard.press("ArrowRight" if _ % 2 else "ArrowDown")
    else:
        page.locator(".ik-canvas a[aria-label^='Gagnef,']").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Gagnef in Dalarna")).to_be_visible()


def test_map_filter_works_with_the_keyboard(visit):
    page = visit.open("/map?lang=sv")
    focused = "(document.activeElement.innerText || '').trim()"
    assert tab_until(page, f"{focused} === {text('filter.all_counties', 'sv')!r}")
    for _ in range(4):  # the county buttons are one group: arrow keys move within it
        if page.evaluate(focused) == "Dalarna":
            break
        page.keyboard.press("ArrowRight")
    assert page.evaluate(focused) == "Dalarna"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("county=20"))
    expect(page.get_by_text("15 av 15 områden har ett värde", exact=False)).to_be_visible()


def test_a_bar_opens_its_municipality_with_the_keyboard(visit):
    page = visit.open("/focus_areas?lang=en")
    on_bar = "document.activeElement.matches('#ik-fig-focus_ranking a[data-i]')"
    assert tab_until(page, on_bar)
    card = page.locator("#ik-fig-focus_ranking .ik-tip")
    expect(card).to_be_visible()  # focus shows the card, as pointing does
    page.keyboard.press("ArrowDown")
    expect(page.locator("#ik-fig-focus_ranking a[data-i='1']")).to_be_focused()
    page.keyboard.press("Enter")
    second = queries.ranked_sites(load("workplaces"))["municipality_code"].iloc[1]
    expect(page).to_have_url(re.compile(rf"/municipality\?kommun={second}&lang=en"), timeout=30_000)
