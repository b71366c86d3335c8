"""Snapshots (page defaults, linked views, frames) hold what the app draws, with no script but their own."""

import json
import re
from html import unescape

import pytest

from core.data.package import data_version
from core.text.i18n import text
from core.text.markdown import markdown_html
from front.page import STREAMLIT_STATIC
from front.snapshots import PAGES, render, render_frame
from front.views import View, linked_views, view_of
from tests.app.test_pages import metric_values, open_page

CARD = re.compile(r'<p class="ik-card-label">([^<]+)</p><p class="ik-card-value">([^<]+)</p>')


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_has_a_snapshot_with_its_title_and_none_of_the_apps_scripts(page, lang):
    snapshot = render(page, lang, data_version())
    # One heading, the page's title (the map's is its own heading, which names the view only when presenting).
    assert re.findall(r"<h1\b[^>]*>(.*?)</h1>", snapshot) == [text(f"{page}.title", lang)]
    assert f'lang="{lang}"' in snapshot and f'data-version="{data_version()}"' in snapshot
    scripts = re.findall(r"<script[^>]*>", snapshot)  # the one that removes it, and the list of its code
    assert scripts == ["<script>", '<script type="application/json" id="ik-page-code">']  # none of the app's
    assert not re.search(r' id="ik-(fig|after)-', snapshot)  # the app's figure script finds its own by id


def test_the_overview_snapshot_shows_the_same_figures_as_the_app():
    snapshot = render("overview", "sv", "x")
    app = metric_values(open_page("overview", "sv"))
    assert dict(CARD.findall(snapshot)) == app
    assert snapshot.count('class="ik-area"') == 3  # the counties, drawn inline, not waiting for a script
    assert "Dalarnas län" in snapshot


def test_the_map_snapshot_draws_the_default_map_with_its_legend():
    snapshot = render("map", "en", "x")
    assert snapshot.count('class="ik-area"') == 41
    assert "number of firms" in snapshot and "Firms paying half of the payroll, 2022" in snapshot
    assert "Hofors, Gävleborg" in snapshot  # every area keeps its name and value for screen readers


def test_a_snapshot_leaves_out_what_it_never_shows():
    """Closed tables, names the app's script fits and legends drawn for downloads cost bytes, not pixels."""
    snapshot = render("transition", "sv", "x")
    table = text("chart.table", "sv")
    assert f'<details class="ik-details"><summary>{table}</summary></details>' in snapshot
    plants = text("transition.plants_heading", "sv")
    assert f'<details class="ik-details"><summary>{plants}</summary></details>' in snapshot
    assert 'class="ik-labels"' not in snapshot and 'class="ik-legend-band"' not in snapshot
    assert snapshot.count("<svg") >= 4  # the pictures stay
    app = "".join(element.value for element in open_page("transition", "sv").html)
    assert "ik-labels" in app  # the app still has them (in its figures' data)
    assert "<table" not in snapshot and "<table" not in app  # every table closed until opened
    assert "&lt;table" in app and "&lt;table" not in snapshot  # the app's put in when opened


def test_a_snapshot_lists_the_code_of_its_pages_own_kinds_of_element():
    listed = re.search(
        r'<script type="application/json" id="ik-page-code">(.*?)</script>', render("data", "sv", "x")
    )
    files = json.loads(listed.group(1))
    for kind in ("ButtonGroup", "TextInput", "DownloadButton"):  # the choices, the search, the files
        assert any(
            name.startswith(f"{kind}.") and (STREAMLIT_STATIC / "static" / "js" / name).is_file()
            for name in files
        )
    overview = re.search(r'id="ik-page-code">(.*?)</script>', render("overview", "sv", "x"))
    assert not any(name.startswith("TextInput.") for name in json.loads(overview.group(1)))


def test_markdown_becomes_plain_escaped_html():
    shown = markdown_html("- **Hofors** <b>x</b>\n- [Data](data?lang=sv)\n\nEtt stycke.")
    assert shown == (
        "<ul><li><strong>Hofors</strong> &lt;b&gt;x&lt;/b&gt;</li>"
        '<li><a href="data?lang=sv">Data</a></li></ul><p>Ett stycke.</p>'
    )


@pytest.mark.parametrize(("code", "lang"), [("2081", "sv"), ("2104", "en"), ("1780", "sv")])
def test_a_profiles_snapshot_shows_the_same_figures_as_the_app(code, lang):
    snapshot = render("municipality", lang, "x", (("kommun", code),))
    app = open_page("municipality", lang, kommun=code)
    cards = {unescape(label): unescape(value) for label, value in CARD.findall(snapshot)}
    assert cards and cards == metric_values(app)
    assert re.findall(r"<h1\b[^>]*>(.*?)</h1>", snapshot) == [app.title[0].value]


def test_a_frame_has_the_pages_title_and_menu_and_no_figure():
    frame = render_frame("municipality", "en", "x")
    assert re.findall(r"<h1\b[^>]*>(.*?)</h1>", frame) == [text("municipality.title", "en")]
    assert text("nav.map", "en") in frame and 'data-version="x"' in frame
    assert 'class="ik-card' not in frame and 'class="ik-figure' not in frame and "<svg" not in frame


def test_every_profile_and_talk_view_gets_a_snapshot_named_as_nginx_names_it():
    views = linked_views()
    assert sum(view.page == "municipality" for view in views) == 41
    assert View("map", (("county", "21"),)) in views and View("transition", (("show", "level"),)) in views
    talk = View("map", (("indicator", "firms_50pct_payroll"), ("year", "2022"), ("county", "21")))
    assert talk in views
    assert talk.file_name("en") == "map.indicator-firms_50pct_payroll.year-2022.county-21.en.html"
    # A link's order and its frame parameters do not change the name; a view nginx cannot name gets none.
    assert view_of("/map?county=21&year=2022&indicator=firms_50pct_payroll&lang=en&present=true") == talk
    assert view_of("/municipality?kommun=2081&compare=x") is None
    assert view_of("/municipality?kommun=2081&kommun=2104") is None
