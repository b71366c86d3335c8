"""Projektet / The project: what Focus Industry Spets set out to do, its partners and its activities."""

import streamlit as st

from components.sections import project as section
from components.shell import datasets
from components.shell.device import viewer_config
from components.shell.failures import data_section
from components.shell.frame import frame, presenting
from components.shell.i18n import t
from components.shell.present_menu import view_controls
from components.widgets import figures, filters, own_data
from components.widgets.cards import card_row
from components.widgets.tables import table_html
from components.widgets.text import heading, paragraphs, section_heading
from core.data import queries
from core.text.i18n import focus_labels
from core.views import project_views

lang = frame("project")
config = viewer_config()
labels = focus_labels(lang)

if not presenting():
    paragraphs(t("project.intro"))
    st.page_link("pages/transition.py", label=t("project.transition_link"))
with data_section():
    project = datasets.load("project").iloc[0]
    cards = project_views.project_cards(project, datasets.load("partners"), datasets.meta("project"), lang)
    card_row(cards)
    figures.source_notes([datasets.meta("project")])

aims = None if presenting() else st.container()  # on a projector after the partners: both then fit
with view_controls(presenting()):
    section_heading(t("project.filters"))
    columns = st.columns(3)
    partner = None
    with columns[0], data_section():
        partner = filters.partner_select(datasets.load("partners"), key="partner")
    with columns[1]:
        county = filters.county_select(config, key="county")
    with columns[2]:
        area = filters.focus_area_select(config, key="area")

section_heading(t("project.partners_heading"))
with data_section():
    chosen_partners = project_views.partners_table(
        queries.filter_partners(datasets.load("partners"), county, area), config, labels, lang
    )
    st.html(
        table_html(chosen_partners, t("project.partners_heading"))
        + figures.sources_html([datasets.meta("partners")])
    )

with aims or st.container():
    section_heading(t("project.aims_heading"))
    with data_section():
        section.aims()

section_heading(t("project.activities_heading"))
with data_section():
    activities = queries.with_own(datasets.load("activities"), own_data.rows("activities"))
    chosen = queries.filter_activities(activities, partner, county, area)
    with data_section():
        section.timeline(chosen, datasets.load("project").iloc[0])
    section.by_relation(chosen, labels)
    heading(t("project.map_heading"))
    section.places(chosen)
