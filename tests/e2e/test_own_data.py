"""A partner's uploaded activity shows on the timeline and map in that browser session, nowhere else."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from core.data.loading import load
from core.text.i18n import text
from tests.e2e.conftest import Visit, scrolled_to

pytestmark = pytest.mark.e2e
TITLE = "Testverkstad om cirkulära affärsmodeller"
FILE = (
    "activity_id;date;title_sv;title_en;organiser;partner_id;county_code;municipality_code;focus_area;"
    "activity_type;relation;description_sv;description_en;source;source_url\r\n"
    f"testverkstad-borlange-2023;2023-03-15;{TITLE};Test workshop;Dalarna Science Park;dalarna-science-park;"
    "20;2081;steel;event;project;;;Dalarna Science Park;https://www.dalarnasciencepark.se/\r\n"
)
TIMELINE = "#ik-fig-project_timeline svg a[data-i]"  # marks a reader can point at, named by their card
PROJECT_MAP = "#ik-fig-project_map svg a[data-i]"


def published_dated_activities() -> int:
    """The published activities with a date: the timeline's marks before anyone uploads."""
    return int(load("activities")["date"].notna().sum())


def test_an_uploaded_activity_is_shown_in_that_session_only(browser, app_url, tmp_path: Path):
    upload = tmp_path / "aktiviteter.csv"
    upload.write_bytes(FILE.encode("cp1252"))  # as Excel in Swedish saves "CSV (semikolonavgränsad)"
    mine_context = browser.new_context(viewport={"width": 1366, "height": 900})
    theirs_context = browser.new_context(viewport={"width": 1366, "height": 900})
    try:
        theirs = Visit(theirs_context.new_page(), app_url)
        theirs.open("/project?lang=sv")  # another visitor, on the project page at the same time
        mine = Visit(mine_context.new_page(), app_url)
        page = mine.open("/data?lang=sv&section=upload&kind=activities")
        page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(upload))
        expect(page.get_by_text("Lästa rader: 1. Kan visas: 1. Att rätta: 0.")).to_be_visible(timeout=30_000)

        page.locator("[data-testid='stSidebar']").get_by_role("link", name=text("nav.project", "sv")).click()
        expect(page.get_by_role("heading", name=text("project.title", "sv"))).to_be_visible(timeout=30_000)
        expect(
            scrolled_to(page, "project_timeline").locator(f"{TIMELINE}[aria-label*='{TITLE}']")
        ).to_have_count(1)
        expect(
            scrolled_to(page, "project_map").locator(f"{PROJECT_MAP}[aria-label*='{TITLE}']")
        ).to_have_count(1)
        expect(page.get_by_role("cell", name=text("own.label", "sv"))).to_have_count(1)

        other = theirs.page
        other.get_by_role("button", name="English").click()  # a rerun of that session
        expect(other.get_by_role("heading", name=text("project.title", "en"))).to_be_visible(timeout=30_000)
        scrolled_to(other, "project_timeline")
        expect(other.locator(f"{TIMELINE}[aria-label*='{TITLE}']")).to_have_count(0)
        expect(other.locator(TIMELINE)).to_have_count(published_dated_activities())
        expect(
            scrolled_to(other, "project_map").locator(f"{PROJECT_MAP}[aria-label*='{TITLE}']")
        ).to_have_count(0)
        expect(other.get_by_role("cell", name=text("own.label", "en"))).to_have_count(0)
        assert mine.foreign == [] and theirs.foreign == []
    finally:
        mine_context.close()
        theirs_context.close()


def test_upload_problems_and_a_project_page_with_own_rows_pass_axe(visit, tmp_path: Path):
    from tests.e2e.test_accessibility import AXE, BLOCKING, RUN_AXE, WCAG_AA

    upload = tmp_path / "fel.csv"
    upload.write_text(FILE + "trasig;i mars;;;;;;9999;;;;;;;www.example.org\r\n", encoding="utf-8-sig")
    page = visit.open("/data?lang=en&section=upload&kind=activities")
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(upload))
    expect(page.get_by_role("columnheader", name="How to fix it")).to_be_visible(timeout=30_000)
    page.locator("[data-testid='stSidebar']").get_by_role("link", name=text("nav.project", "en")).click()
    expect(page.get_by_role("heading", name=text("project.title", "en"))).to_be_visible(timeout=30_000)
    expect(
        scrolled_to(page, "project_timeline").locator(f"{TIMELINE}[aria-label*='Test workshop']")
    ).to_have_count(1)
    for path in ("project", "data"):
        if path == "data":
            page.locator("[data-testid='stSidebar']").get_by_role("link", name=text("nav.data", "en")).click()
            expect(page.get_by_role("columnheader", name="How to fix it")).to_be_visible(timeout=30_000)
        visit.draw_all()
        page.add_script_tag(path=str(AXE))
        blocking = [v for v in page.evaluate(RUN_AXE, WCAG_AA) if v["impact"] in BLOCKING]
        assert blocking == [], (path, blocking)
