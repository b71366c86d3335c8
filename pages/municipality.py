"""Kommun / Municipality profile: indicators against county and region, sites, activities."""

import streamlit as st

from components import charts, datasets
from components.frame import frame
from components.i18n import t
from core import figures, map_views, project_views, queries, site_views, summaries, views
from core import format as fmt
from core.config import load_config
from core.i18n import bilingual

lang = frame("municipality")
config = load_config()
geo = datasets.geojson("municipalities")
municipalities = queries.municipalities_table(geo)
names = dict(zip(municipalities["municipality_code"], municipalities["name"], strict=True))
county_names = {c.code: c.name for c in config.counties}
indicators = datasets.load("indicators")
workplaces = datasets.load("workplaces")
catalogue = views.indicator_catalogue(datasets.meta("indicators"), datasets.meta("workplaces"), config)
focus_labels = {area: t(f"focus.{area}") for area in config.focus_area_ids}

code = st.selectbox(t("municipality.choose"), list(names), key="kommun", bind="query-params",
                    index=list(names).index(config.default_municipality),
                    format_func=lambda c: f"{names[c]} ({county_names[c[:2]]})")
county_name = county_names[code[:2]]
st.header(t("municipality.heading", name=names[code], county=county_name))

profile = views.profile_table(indicators, workplaces, municipalities, catalogue, code, config, lang)
st.dataframe(profile, hide_index=True, key="municipality_profile")
st.caption(t("municipality.profile_help"))
charts.source_notes([datasets.meta("indicators"), datasets.meta("workplaces")])

available = views.indicators_with_value(indicators, code)
chosen = st.selectbox(t("municipality.compare"), available, key="compare", bind="query-params",
                      format_func=lambda i: bilingual(catalogue[i]["title"], lang))
info = catalogue[chosen]
year = queries.indicator_years(indicators, chosen)[0]
values = views.with_value_text(views.in_county(queries.indicator_values(
    indicators, municipalities, chosen, year), code[:2]), info["unit"], int(info["decimals"]), lang)
figure = figures.peer_bars(values, code, fmt.unit_label(info["unit"], lang), fmt.separators(lang))
comparison = queries.peer_comparison(queries.indicator_values(indicators, municipalities, chosen, year),
                                     code)
charts.show(figure, key="municipality_peers", metas=[{**info, "years": year}],
            summary=summaries.peer_summary(names[code], comparison, county_name, info["unit"],
                                           int(info["decimals"]), lang),
            table=views.values_table(values, bilingual(info["title"], lang), lang))

left, right = st.columns([2, 3])
local_sites = site_views.site_labels(site_views.in_municipality(workplaces, code), focus_labels, lang)
with left:
    st.subheader(t("municipality.locator"))
    charts.show(map_views.locator_map(geo, code, queries.active_sites(local_sites), config,
                                      focus_labels, figures.HIGHLIGHT, fmt.separators(lang)),
                key="municipality_locator", metas=[datasets.meta("municipalities")],
                summary=t("municipality.locator_summary", name=names[code], county=county_name))
with right:
    st.subheader(t("municipality.sites", count=len(local_sites)))
    if len(local_sites):
        st.dataframe(site_views.sites_table(local_sites, focus_labels, datasets.meta("workplaces"), lang),
                     hide_index=True, key="municipality_sites")
    else:
        st.markdown(t("municipality.no_sites"))
    st.subheader(t("municipality.activities"))
    local = project_views.activities_table(project_views.activities_near(datasets.load("activities"), code),
                                   focus_labels, lang)
    if len(local):
        st.dataframe(local, hide_index=True, key="municipality_activities")
    else:
        st.markdown(t("municipality.no_activities"))
    charts.source_notes([datasets.meta("workplaces"), datasets.meta("activities")])
