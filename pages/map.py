"""Karta / Map: an indicator per municipality or county, with the major industrial sites."""

import streamlit as st

from components import charts, datasets, filters, map_chart
from components.device import is_phone, viewer_config
from components.frame import frame
from components.i18n import t
from core import views
from core.i18n import bilingual

lang = frame("map")
config = viewer_config()
catalogue = map_chart.catalogue()
choice = filters.map_controls(catalogue, datasets.load("indicators"), config)
info = catalogue[choice.indicator]
view = map_chart.build(
    choice.indicator, choice.year, choice.level, choice.county, choice.focus_areas, lang, is_phone()
)
state = charts.show(
    view.figure,
    key="map_chart",
    selectable=choice.level == "municipality",
    summary=view.summary,
    metas=[
        {**info, "years": choice.year},
        datasets.meta("workplaces"),
        datasets.meta(views.PLURAL[choice.level]),
    ],
    table=view.table,
)
st.markdown(f"**{view.title}.** {bilingual(info.get('definition'), lang)}")
st.caption(t("map.coverage", covered=view.covered, total=view.total))
st.caption(t("map.click_hint") if choice.level == "municipality" else t("map.county_hint"))

clicked = charts.selected_location(state)
if clicked:
    st.switch_page("pages/municipality.py", query_params={"kommun": clicked, "lang": lang})

with st.expander(t("map.sites_table", count=view.sites), icon=":material/factory:"):
    st.dataframe(view.sites_table, hide_index=True)
    charts.source_notes([datasets.meta("workplaces")])
