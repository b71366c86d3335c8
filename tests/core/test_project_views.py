"""The project page views: aims from the press texts, activities apart by relation, own rows marked."""

import re

import pandas as pd

from core.config import load_config
from core.data import queries
from core.data.loading import load, load_geojson, load_meta
from core.project_config import project_settings
from core.text.i18n import focus_labels
from core.views import activity_views, map_views, project_views, site_views
from core.views.activity_map import activity_map

CONFIG = load_config()
SETTINGS = project_settings()
GEO = {name: load_geojson(name) for name in ("municipalities", "counties")}


def own_activity(**changes) -> pd.DataFrame:
    row = (
        load("activities")
        .iloc[[2]]
        .assign(
            activity_id="egen-kurs",
            date=pd.Timestamp("2023-03-15"),
            title_sv="<b>Egen</b> kurs",
            relation="project",
        )
    )
    return row.assign(**changes)


def test_aims_name_purpose_goals_means_and_who_leads_each_focus_area():
    markup = project_views.aims_html(load("project_aims"), load("partners"), focus_labels("sv"), "sv")
    assert "små och medelstora industriföretag" in markup
    lists = re.findall(r"<ul>(.*?)</ul>", markup)
    assert [item.count("<li>") for item in lists] == [4, 3, 3]  # aims, means, focus areas
    assert "<strong>Skoglig bioekonomi</strong>: samordnas av Paper Province" in markup
    assert "<strong>Stål</strong>" in markup and "<strong>Avancerad tillverkning</strong>" in markup


def test_aims_cite_both_press_texts():
    sources = project_views.aims_sources(load("project_aims"), load_meta("project_aims"))
    urls = {source["source_url"] for source in sources}
    assert any("sandbackasciencepark.se" in url for url in urls)
    assert any("paperprovince.com" in url for url in urls)


def test_related_initiatives_are_kept_apart_from_the_projects_own():
    own_project, others = activity_views.split_by_relation(
        queries.with_own(load("activities"), own_activity())
    )
    published = load("activities")
    project_ids = published.loc[published["relation"].eq("project"), "activity_id"].tolist()
    assert list(own_project["activity_id"]) == [*project_ids, "egen-kurs"]
    assert set(others["relation"]) == {"focus_industry", "related", "predecessor"}


def test_tables_say_which_rows_are_the_visitors_own():
    both = queries.with_own(load("activities"), own_activity())
    table = activity_views.activities_table(both, focus_labels("en"), "en")
    assert list(table["Origin"]) == ["Published"] * len(load("activities")) + ["Your data"]
    assert "Origin" not in activity_views.activities_table(load("activities"), focus_labels("en"), "en")


def test_activity_map_marks_the_visitors_rows_with_a_ring_and_keeps_titles_as_text():
    both = queries.with_own(load("activities"), own_activity(municipality_code="2081"))
    places = activity_views.activity_places(both, GEO["municipalities"], GEO["counties"], "sv")
    drawing = activity_map(GEO["counties"], places, CONFIG, activity_views.lanes(SETTINGS, "sv"), "sv")
    assert len(places) == 3  # course in Malung-Sälen, Industry Day in Sandviken, the visitor's in Borlänge
    assert [key.label for key in drawing.legend.keys] == ["Närliggande initiativ", "Dina data"]
    assert drawing.legend.keys[1].outline_width > 0  # the key shows the ring the visitor's rows have
    own = next(item for item in drawing.items if item.card[0].startswith("<b>Egen"))
    assert own.card[:4] == ("<b>Egen</b> kurs", "15 mars 2023", "Projektaktivitet", "Dina data")
    assert "<b>Egen" not in drawing.svg  # text from data never becomes markup


def test_site_map_rings_the_visitors_sites_and_names_them_in_the_legend():
    own = load("workplaces").iloc[[0]].assign(workplace_id="egen-plats", company="<i>Eget</i> AB")
    sites = site_views.site_labels(
        queries.active_sites(queries.with_own(load("workplaces"), own)), focus_labels("sv"), "sv"
    )
    links = map_views.Links(area=lambda code: None, site=lambda code: f"municipality?kommun={code}")
    drawing = map_views.overview_map(GEO["counties"], sites, CONFIG, focus_labels("sv"), "sv", links)
    assert drawing.legend.keys[-1].label == "Dina data"
    rings = re.findall(
        rf'class="ik-site"[^>]*stroke="{SETTINGS.own_outline}" stroke-width="3.0"', drawing.svg
    )
    assert len(rings) == 1  # only the visitor's site
    card = next(item.card for item in drawing.items if "Eget" in item.card[0])
    assert card[:2] == ("<i>Eget</i> AB", "Dina data")
    assert "<i>Eget" not in drawing.svg
    table = site_views.sites_table(sites, focus_labels("sv"), load_meta("workplaces"), "sv")
    assert list(table["Ursprung"]).count("Dina data") == 1


def test_what_the_sources_do_not_say_is_said_once():
    from core.data.loading import load
    from core.text.i18n import focus_labels
    from core.views import activity_views, project_views

    html = project_views.aims_html(load("project_aims"), load("partners"), focus_labels("sv"), "sv")
    assert html.count("Källorna anger ingen part som leder") == 1
    assert "Stål och Avancerad tillverkning" in html
    activities = load("activities")
    table = activity_views.activities_table(activities, focus_labels("sv"), "sv")
    assert "datum saknas" not in set(table.iloc[:, 0])
    undated = int(activities["date"].isna().sum())
    assert (
        activity_views.undated_note(activities, "sv")
        == f"{undated} av aktiviteterna saknar datum: källorna anger inget."
    )
