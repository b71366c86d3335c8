"""Översikt / Overview: the region's industry in one screen."""

import streamlit as st

from components import charts, datasets, kpis, overview
from components.device import viewer_config
from components.focus import focus_cards
from components.frame import frame
from components.i18n import t
from core import cards, map_views, queries, site_views, summaries
from core import format as fmt

lang = frame("overview")
config = viewer_config()
key_figures = datasets.load("key_figures")
workplaces = datasets.load("workplaces")
indicators = datasets.load("indicators")
municipalities = queries.municipalities_table(datasets.geojson("municipalities"))
focus_labels = {area: t(f"focus.{area}") for area in config.focus_area_ids}

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

st.subheader(t("overview.in_short"))
overview.in_short(key_figures, indicators, municipalities, workplaces, config)

left, right = st.columns([3, 2])
with left:
    st.subheader(t("overview.map_heading"))
    sites = site_views.site_labels(queries.active_sites(workplaces), focus_labels, lang)
    figure = map_views.overview_map(
        datasets.geojson("counties"), sites, config, focus_labels, fmt.separators(lang)
    )
    charts.show(
        figure,
        key="overview_map",
        summary=summaries.ranking_summary(queries.ranked_sites(sites), len(sites), lang),
        metas=[datasets.meta("workplaces"), datasets.meta("counties")],
        table=site_views.sites_table(sites, focus_labels, datasets.meta("workplaces"), lang),
    )
with right:
    st.subheader(t("overview.project_heading"))
    st.markdown(t("overview.project_text"))
    st.page_link("pages/project.py", label=t("overview.project_link"), icon=":material/arrow_forward:")
    st.page_link("pages/map.py", label=t("overview.map_link"), icon=":material/arrow_forward:")

st.subheader(t("overview.focus_heading"))
focus_cards(config, queries.focus_area_summary(workplaces, ["focus_area"]))
st.caption(t("focus.register_caveat"))
