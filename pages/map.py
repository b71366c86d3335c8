"""Karta / Map: an indicator per municipality or county, with the major industrial sites."""

import streamlit as st

from components import charts, datasets, filters
from components.device import viewer_config
from components.frame import frame
from components.i18n import t
from core import format as fmt
from core import map_views, queries, site_views, summaries, views
from core.i18n import bilingual

lang = frame("map")
config = viewer_config()
geo = {name: datasets.geojson(name) for name in ("municipalities", "counties")}
municipalities = queries.municipalities_table(geo["municipalities"])
workplaces = datasets.load("workplaces")
catalogue = views.indicator_catalogue(datasets.meta("indicators"), datasets.meta("workplaces"), config)

choice = filters.map_controls(catalogue, datasets.load("indicators"), config)
indicator, year, level, county = choice.indicator, choice.year, choice.level, choice.county
info = catalogue[indicator]
selection = queries.Selection(county, choice.focus_areas)
layer = views.indicator_layer(
    datasets.load("indicators"), workplaces, municipalities, info, indicator, year, selection, config, lang
)
values = map_views.area_values(layer, level, views.counties_table(config), config, indicator, lang)
focus_labels = {area: t(f"focus.{area}") for area in config.focus_area_ids}
sites = site_views.site_labels(
    queries.active_sites(queries.filter_workplaces(workplaces, selection)), focus_labels, lang
)
figure = map_views.indicator_map(
    values,
    level,
    geo,
    sites,
    county,
    config,
    focus_labels,
    colorbar=fmt.unit_label(info["unit"], lang),
    separators=fmt.separators(lang),
)
shown = views.in_county(values, county)
state = charts.show(
    figure,
    key="map_chart",
    selectable=level == "municipality",
    summary=summaries.extremes_summary(shown, layer.title, info["unit"], info["decimals"], lang),
    metas=[{**info, "years": year}, datasets.meta("workplaces"), datasets.meta(views.PLURAL[level])],
    table=views.values_table(shown, layer.title, lang),
)
st.markdown(f"**{layer.title}.** {bilingual(info.get('definition'), lang)}")
st.caption(t("map.coverage", covered=int(shown["value"].notna().sum()), total=len(shown)))
st.caption(t("map.click_hint") if level == "municipality" else t("map.county_hint"))

clicked = charts.selected_location(state)
if clicked:
    st.switch_page("pages/municipality.py", query_params={"kommun": clicked, "lang": lang})

with st.expander(t("map.sites_table", count=len(sites)), icon=":material/factory:"):
    st.dataframe(
        site_views.sites_table(sites, focus_labels, datasets.meta("workplaces"), lang), hide_index=True
    )
    charts.source_notes([datasets.meta("workplaces")])
