"""Översikt / Overview: the region's industry in one screen."""

import streamlit as st

from components.sections import overview as section
from components.sections import overview_recent as recent
from components.sections.overview import focus_cards
from components.shell import datasets
from components.shell.device import viewer_config
from components.shell.failures import data_section
from components.shell.frame import frame, presenting
from components.shell.i18n import t
from components.widgets.text import note, paragraphs, section_heading
from core.data import queries
from core.data.catalogue import CITATIONS_ANCHOR
from core.present.links import href

lang = frame("overview")
config = viewer_config()

if not presenting():
    paragraphs(t("overview.intro"))
    section_heading(t("recent.heading"))
with data_section():
    recent.cards()
if not presenting():
    st.page_link("pages/transition.py", label=t("recent.transition_link"))
# On a projector the newest figures and the sites map make the first screen; the older figures come after.
headline = None if presenting() else st.container()
# The sentences come under the figures; on a projector beside the sites map, so both fit the first screen.
in_short = None if presenting() else st.container()
left, right = st.columns([3, 2])
with left:
    section_heading(t("overview.map_heading"))
    with data_section():
        section.sites_map()
with right:
    in_short = in_short or st.container()
    section_heading(t("overview.project_heading"), intro=t("overview.project_text"))
    st.page_link("pages/project.py", label=t("overview.project_link"))
    st.page_link("pages/map.py", label=t("overview.map_link"))

with in_short:
    section_heading(t("overview.in_short"))
    with data_section():
        section.in_short()

with headline or st.container():
    section_heading(t("overview.headline_heading"))
    with data_section():
        section.headline_cards(href("data", lang, presenting(), dataset="key_figures") + CITATIONS_ANCHOR)

with data_section():
    recent.jobs_trend()

section_heading(t("overview.focus_heading"))
with data_section():
    focus_cards(config, queries.focus_area_summary(datasets.load("workplaces"), ["focus_area"]))
note(t("focus.register_caveat"))
