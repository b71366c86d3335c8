"""Real Chromium: each page speaks its own language about licences, shows no internal id, cites in full."""

import re
from collections import Counter
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from core.data import loading, queries
from core.text.i18n import text
from front.local import PAGES, READY
from tests.e2e.conftest import Visit
from tests.visible_text import FOREIGN_LICENCE_WORDS, ids_in

pytestmark = pytest.mark.e2e
TIMEOUT = 60_000
BOM = b"\xef\xbb\xbf"


def settled(visit: Visit, path: str, key: str, lang: str) -> Page:
    """Open a page and wait, through Playwright's assertions, until its script has run to the end."""
    page = visit.page
    page.goto(f"{visit.app_url}{path}")
    heading = page.get_by_role("heading", name=text(f"{key}.title", lang), exact=True).first
    expect(heading).to_be_visible(timeout=TIMEOUT)
    expect(page.locator(READY)).to_have_count(1, timeout=TIMEOUT)
    return page


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("key", list(PAGES))
def test_page_shows_no_internal_id_and_only_its_own_licence_words(visit, key, lang):
    page = settled(visit, f"{PAGES[key]}?lang={lang}", key, lang)
    app = page.locator("[data-testid='stApp']")
    if key == "data":  # its rows are the published file as it is, in the languages its sources wrote
        rows = page.get_by_role("region", name=text("data.table_heading", lang), exact=True)
        expect(rows).to_be_visible(timeout=TIMEOUT)
        rows.evaluate("region => { region.hidden = true; }")
    expect(app).not_to_contain_text(FOREIGN_LICENCE_WORDS[lang], use_inner_text=True)
    shown = Counter(ids_in(app.inner_text()))
    # The Data page's data dictionary may name a file's columns, as code, in its own column.
    dictionary = Counter(page.locator(".ik-table code").all_inner_texts())
    assert shown - dictionary == Counter()
    assert visit.foreign == []


def test_a_cards_short_source_opens_the_full_citation_on_the_data_page(visit):
    row = queries.key_figure(loading.load("key_figures"), "industry_employees", "NMS")
    page = settled(visit, "/?lang=en", "overview", "en")
    source = page.locator(".ik-card-note a").first
    expect(source).to_have_text(row["source_short_en"])
    source.click()
    expect(page).to_have_url(re.compile(r"/data\?dataset=key_figures&lang=en#sources$"), timeout=TIMEOUT)
    expect(page.get_by_role("heading", name=text("data.citations_heading", "en"))).to_be_in_viewport(
        timeout=TIMEOUT
    )
    expect(page.get_by_role("link", name=row["source"]).first).to_be_visible()


def test_the_data_page_saves_a_dataset_as_csv_and_for_excel(visit):
    page = settled(visit, "/data?dataset=key_figures&lang=sv", "data", "sv")
    with page.expect_download() as saved:
        page.get_by_role("button", name=text("data.download_csv", "sv")).click()
    assert saved.value.suggested_filename == "key_figures.csv"
    assert Path(saved.value.path()).read_bytes().startswith(b"figure_id,area_code,")
    with page.expect_download() as saved:
        page.get_by_role("button", name=text("data.download_excel", "sv")).click()
    assert saved.value.suggested_filename == "key_figures_excel.csv"
    excel = Path(saved.value.path()).read_bytes()
    assert excel.startswith(BOM) and excel.decode("utf-8-sig").startswith("figure_id;area_code;")
    assert ";28,4;" in excel.decode("utf-8-sig")  # tax total, with a Swedish decimal comma
