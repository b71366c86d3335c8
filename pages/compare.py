"""Jämför över tid / Compare over time: municipalities' emissions side by side, the one page with plotly."""

import streamlit as st

from components.sections import compare as section
from components.shell import url_state
from components.shell.failures import data_section
from components.shell.frame import frame, presenting
from components.shell.i18n import t
from components.shell.present_menu import view_controls
from core.present.vocabulary import COMPARE_CHARTS
from core.transition_config import transition_settings

lang = frame("compare")
if not presenting():
    st.markdown(t("compare.intro"))
with data_section():
    names, sectors = section.names(), section.sectors(lang)
    with view_controls(presenting()):
        sector = url_state.select(
            t("compare.sector"), list(sectors), key="sector", default="industry", format_func=sectors.get
        )
        places = url_state.multiselect(
            t("compare.places"),
            list(names),
            key="places",
            default=section.default_places(sector),
            format_func=names.get,
            most=transition_settings().compare_most,
        )
        chart = url_state.segmented(  # the app's own picture first: plotly loads only when asked for
            t("compare.chart"), COMPARE_CHARTS, key="chart", format_func=lambda c: t(f"compare.chart.{c}")
        )
    section.explorer(places, sector, chart == "interactive")
