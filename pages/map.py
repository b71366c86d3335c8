"""Karta / Map: an indicator per municipality or county, with the major industrial sites."""

import streamlit as st

from components.sections import map as section
from components.shell import datasets
from components.shell.device import is_phone, viewer_config
from components.shell.failures import data_section
from components.shell.frame import frame, presenting
from components.shell.i18n import t
from components.widgets import figures, filters, own_data
from components.widgets.tables import table_html
from core.svg.legend_html import values_html
from core.text.i18n import bilingual
from core.views import indicator_views
from core.views.map_page import Screen

lang = frame("map", title=False)
config = viewer_config()
compact = is_phone() or presenting()
head = st.empty()
head.title(t("map.title"))
with data_section():
    catalogue = section.catalogue()
    if compact:
        label = t("map.change_view") if presenting() else None
        choice = filters.map_controls(catalogue, datasets.indicators(), config, compact=True, label=label)
        stage = st.container()
    else:
        controls, stage = st.columns([1, 2], gap="large")
        with controls:
            choice = filters.map_controls(catalogue, datasets.indicators(), config, compact=False)
    info = catalogue[choice.indicator]
    screen = Screen(lang, is_phone(), presenting())
    view = section.build(choice, screen, own_data.rows("workplaces"))
    if presenting():
        head.title(view.heading)
    with stage:
        if not compact:
            st.subheader(view.heading)
        figures.show_figure(
            view.drawing,
            key="map_chart",
            summary=view.summary,
            metas=[
                {**info, "years": choice.year},
                datasets.meta("workplaces"),
                datasets.meta(indicator_views.PLURAL[choice.level]),
            ],
            table=view.table,
            aside=values_html(view.ranking, view.heading) if presenting() else "",
            export=view.export,
        )
        figures.lead(
            bilingual(info.get("title"), lang),
            bilingual(info.get("definition"), lang),
            [
                t("map.coverage", covered=view.covered, total=view.total),
                t("map.click_hint") if choice.level == "municipality" else t("map.county_click_hint"),
                *([t("map.county_hint")] if choice.level == "county" else []),
            ],
        )
        label = t("map.sites_table", count=view.sites)
        sites = table_html(view.sites_table, label) + figures.sources_html([datasets.meta("workplaces")])
        st.html(figures.details_html(label, sites))
