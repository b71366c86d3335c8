"""Fokusområden / Focus areas: the register's sites and employees per focus area and county."""

import streamlit as st

from components import charts, datasets, filters, kpis, url_state
from components.frame import frame
from components.i18n import t
from core import figures, queries, site_views, summaries
from core import format as fmt
from core.config import load_config

lang = frame("focus_areas")
config = load_config()
workplaces = datasets.load("workplaces")
meta = datasets.meta("workplaces")
focus_labels = {area: t(f"focus.{area}") for area in config.focus_area_ids}

left, right = st.columns(2)
with left:
    area = filters.focus_area_select(config, key="area")
with right:
    county = filters.county_select(config, key="county")
st.info(t("focus.register_caveat"), icon=":material/info:")
if area:
    st.markdown(
        t(f"focus.{area}.description")
        + " "
        + t("focus.sni", codes=", ".join(next(a.sni for a in config.focus_areas if a.id == area)))
    )

selection = queries.Selection(county, (area,) if area else config.focus_area_ids)
sites = queries.active_sites(queries.filter_workplaces(workplaces, selection))
kpis.card_row(site_views.register_cards(sites, meta, lang))

st.subheader(t("focus.ranking_heading"))
ranked = site_views.site_labels(queries.ranked_sites(sites), focus_labels, lang)
figure = figures.ranked_bars(
    ranked, config.focus_areas, focus_labels, t("focus.employees_axis"), fmt.separators(lang)
)
charts.show(
    figure,
    key="focus_ranking",
    summary=summaries.ranking_summary(ranked, len(sites), lang),
    metas=[meta],
    table=site_views.sites_table(site_views.site_labels(sites, focus_labels, lang), focus_labels, meta, lang),
)
missing = site_views.sites_without_figure(sites)
if missing:
    st.caption(t("focus.without_figure", names=", ".join(missing)))

st.subheader(t("focus.county_heading"))
measure = url_state.segmented(
    t("focus.measure"), ["employees", "sites"], key="measure", format_func=lambda m: t(f"focus.measure.{m}")
)
all_counties = queries.filter_workplaces(workplaces, queries.Selection(None, selection.focus_areas))
summary = queries.focus_area_summary(all_counties, ["county_code", "focus_area"])
county_names = {c.code: c.name for c in config.counties}
figure = figures.stacked_county_bars(
    summary,
    measure,
    config.focus_areas,
    focus_labels,
    county_names,
    t(f"focus.measure.{measure}"),
    fmt.separators(lang),
)
charts.show(
    figure,
    key="focus_counties",
    metas=[meta],
    summary=summaries.county_summary(summary, measure, county_names, lang),
    table=site_views.county_table(summary, county_names, focus_labels, lang),
)
