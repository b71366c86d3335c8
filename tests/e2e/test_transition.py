"""The transition in a real browser: a plant's card by hover, keyboard and tap; the pipeline; a profile."""

import re

import pytest
from playwright.sync_api import expect

from core.text.i18n import text
from tests.e2e.conftest import Visit, phone_context, scrolled_to

pytestmark = pytest.mark.e2e
MAP = "#ik-fig-transition_map"
SSAB = f"{MAP} .ik-canvas a[aria-label^='SSAB Tunnplåt i Borlänge,']"
IGGESUND = f"{MAP} .ik-canvas a[aria-label^='Iggesunds bruk,']"  # alone at its address: nothing lies on top


def test_hovering_a_plant_shows_its_card_with_operator_sector_years_and_change(visit):
    page = visit.open("/transition?lang=sv&county=21")
    plant = page.locator(IGGESUND)
    expect(plant).to_have_count(1)
    plant.locator("path").hover()
    tip = page.locator(f"{MAP} .ik-tip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("Iggesund Paperboard AB")
    expect(tip).to_contain_text("Massa och papper")
    expect(tip).to_contain_text("2013: 70 557 ton")
    expect(tip).to_contain_text("2022: 13 970 ton")
    expect(tip).to_contain_text("Förändring: -80 %")


def test_a_plant_is_reached_by_keyboard_and_its_card_opens_the_profile(visit):
    page = visit.open("/transition?lang=en&county=20")
    plant = page.locator(SSAB)
    plant.focus()
    tip = page.locator(f"{MAP} .ik-tip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("Steel")
    expect(tip).to_contain_text("2022: 225,699 tonnes")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/municipality\?.*kommun=2081"))


def test_tapping_a_plant_on_a_phone_shows_its_card(browser, app_url):
    with phone_context(browser) as context:
        page = scrolled_to(
            Visit(context.new_page(), app_url).open("/transition?lang=en&county=21"), "transition_map"
        )
        plant = page.locator(IGGESUND).locator("path")
        expect(plant).to_be_visible()
        plant.tap()
        tip = page.locator(f"{MAP} .ik-tip")
        expect(tip).to_be_visible()
        expect(tip).to_contain_text("Iggesund Paperboard AB")
        expect(page).to_have_url(re.compile(r"/transition\?"))  # the tap did not leave the page


def projects_table(page):
    """The projects' table, opened as a reader opens it."""
    page.get_by_text(text("transition.pipeline_table", "sv"), exact=True).click()
    return page.get_by_role("region", name="Omställningsprojekten")


def test_the_pipeline_follows_the_county_and_focus_area_chosen(visit):
    table = projects_table(visit.open("/transition?lang=sv"))
    expect(table.locator("tbody tr")).to_have_count(39)
    table = projects_table(visit.open("/transition?lang=sv&county=21&area=steel"))
    expect(table).to_contain_text("Hofors")
    expect(table).not_to_contain_text("Borlänge")
    expect(table).not_to_contain_text("Karlstad")


def test_borlanges_profile_shows_its_emissions_trend_and_ssab(visit):
    page = visit.open("/municipality?kommun=2081&lang=sv")
    expect(page.get_by_role("heading", name="Omställningen i Borlänge")).to_be_visible()
    scrolled_to(page, "local_trend")
    plants = page.get_by_role("region", name="Anläggningar i EU:s utsläppshandel")
    expect(plants).to_contain_text("SSAB Tunnplåt i Borlänge")
    expect(plants).to_contain_text("225 699")


def test_a_phone_draws_a_figure_as_the_reader_scrolls_to_it_and_every_figure_to_print(browser, app_url):
    """A long page's first view draws what it shows: a figure far below draws as the reader comes near it."""
    with phone_context(browser) as context:
        page = Visit(context.new_page(), app_url).open("/municipality?kommun=2081&lang=sv")
        expect(page.locator("#ik-fig-local_trend .ik-canvas svg")).to_have_count(0)  # screens below the first
        expect(page.locator("#ik-fig-municipality_locator .ik-canvas svg")).to_have_count(0)
        scrolled_to(page, "local_trend")
        expect(page.locator("#ik-fig-local_trend .ik-canvas a[data-i]").first).to_be_visible()
        page.emulate_media(media="print")
        expect(page.locator(".ik-figure:not(:has(.ik-canvas svg))")).to_have_count(0)


def test_a_closed_table_gets_its_rows_when_opened_from_the_keyboard(visit):
    """The plants' table comes with the map, closed; Enter on its summary opens it with every plant."""
    page = visit.open("/transition?lang=sv")
    label = text("transition.plants_heading", "sv")
    table = page.get_by_role("region", name=label)
    expect(table).to_have_count(0)  # closed: its rows are not on the page yet
    page.locator("summary").filter(has_text=label).focus()
    page.keyboard.press("Enter")
    expect(table).to_be_visible()
    expect(table).to_contain_text("Iggesunds bruk")
    expect(table.locator("tbody tr")).to_have_count(131)
