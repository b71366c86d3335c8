"""Karta / Map: an indicator per municipality or county, with the major industrial sites."""

import streamlit as st

from components import charts, datasets, filters, map_chart
from components.device import is_phone, viewer_config
from components.failures import data_section
from components.frame import frame, presenting
from components.i18n import t
from components.tables import table_html
from core.text.i18n import bilingual
from core.views import indicator_views

lang = frame("map")
config = viewer_config()
with data_section():
    catalogue = map_chart.catalogue()
    choice = filters.map_controls(catalogue, datasets.load("indicators"), config)
    info = catalogue[choice.indicator]
    view = map_chart.build(
        choice.indicator,
        choice.year,
        choice.level,
        choice.county,
        choice.focus_areas,
        lang,
        is_phone(),
        presenting(),
    )
    charts.lead(
        f"{view.title}.",
        bilingual(info.get("definition"), lang),
        [
            t("map.coverage", covered=view.covered, total=view.total),
            t("map.click_hint") if choice.level == "municipality" else t("map.county_click_hint"),
        ],
    )
    charts.show_map(
        view.drawing,
        key="map_chart",
        summary=view.summary,
        metas=[
            {**info, "years": choice.year},
            datasets.meta("workplaces"),
            datasets.meta(indicator_views.PLURAL[choice.level]),
        ],
        table=view.table,
    )
    if choice.level == "county":
        st.caption(t("map.county_hint"))

    with st.expander(t("map.sites_table", count=view.sites), icon=":material/factory:"):
        st.html(
            table_html(view.sites_table, t("map.sites_table", count=view.sites))
            + charts.sources_html([datasets.meta("workplaces")])
        )
