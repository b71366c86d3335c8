"""Översikt / Overview: the region's industry in one screen."""

import streamlit as st

from components import datasets, kpis, overview
from components.device import viewer_config
from components.focus import focus_cards
from components.frame import frame, presenting
from components.i18n import t
from core.data import queries
from core.views import cards

lang = frame("overview")
config = viewer_config()
key_figures = datasets.load("key_figures")
workplaces = datasets.load("workplaces")

if not presenting():
    st.markdown(t("overview.intro"))
kpis.card_row(
    cards.headline_cards(
        key_figures,
        datasets.meta("key_figures")["figures"],
        config.headline_figures,
        config.region_code,
        lang,
    )
)

if not presenting():  # on a projector the sites map comes first, these sentences beside it
    st.subheader(t("overview.in_short"))
    overview.in_short()

left, right = st.columns([3, 2])
with left:
    st.subheader(t("overview.map_heading"))
    overview.sites_map()
with right:
    if presenting():
        st.subheader(t("overview.in_short"))
        overview.in_short()
    st.subheader(t("overview.project_heading"))
    st.markdown(t("overview.project_text"))
    st.page_link("pages/project.py", label=t("overview.project_link"), icon=":material/arrow_forward:")
    st.page_link("pages/map.py", label=t("overview.map_link"), icon=":material/arrow_forward:")

st.subheader(t("overview.focus_heading"))
focus_cards(config, queries.focus_area_summary(workplaces, ["focus_area"]))
st.caption(t("focus.register_caveat"))
