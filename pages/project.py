"""Projektet / The project: Focus Industry Spets, its partners and activities."""

import streamlit as st

from components import charts, datasets, filters, kpis
from components.device import viewer_config
from components.frame import frame, presenting
from components.i18n import t
from components.present_menu import view_controls
from core.charts import figures
from core.data import queries
from core.maps import map_views
from core.text import format as fmt
from core.text.i18n import focus_labels
from core.views import project_views

lang = frame("project")
config = viewer_config()
project = datasets.load("project").iloc[0]
partners = datasets.load("partners")
activities = datasets.load("activities")
labels = focus_labels(lang)

if not presenting():
    st.markdown(t("project.intro"))
kpis.card_row(project_views.project_cards(project, partners, lang))
charts.source_notes([datasets.meta("project")])

with view_controls(presenting()):
    st.subheader(t("project.filters"))
    columns = st.columns(3)
    with columns[0]:
        partner = filters.partner_select(partners, key="partner")
    with columns[1]:
        county = filters.county_select(config, key="county")
    with columns[2]:
        area = filters.focus_area_select(config, key="area")

st.subheader(t("project.partners_heading"))
chosen_partners = queries.filter_partners(partners, county, area)
st.dataframe(
    project_views.partners_table(chosen_partners, config, labels, lang),
    hide_index=True,
    key="project_partners",
)
charts.source_notes([datasets.meta("partners")])

st.subheader(t("project.activities_heading"))
chosen = queries.filter_activities(activities, partner, county, area)
st.caption(t("project.activities_caveat"))
timeline = project_views.timeline_rows(chosen, lang)
figure = figures.timeline(
    timeline,
    project["start_date"],
    project["end_date"],
    t("project.period_band"),
    fmt.separators(lang),
    fmt.quarter_ticks(project["start_date"], project["end_date"], lang),
)
charts.show(
    figure,
    key="project_timeline",
    metas=[datasets.meta("activities")],
    summary=project_views.timeline_summary(chosen, project, lang),
    table=project_views.activities_table(chosen, labels, lang),
)

st.subheader(t("project.map_heading"))
places = project_views.activity_places(
    chosen, datasets.geojson("municipalities"), datasets.geojson("counties"), lang
)
charts.show_map(
    map_views.activity_map(datasets.geojson("counties"), places, config, lang),
    key="project_map",
    metas=[datasets.meta("activities"), datasets.meta("counties")],
    summary=t("project.map_summary", placed=len(places), total=len(chosen)),
)
