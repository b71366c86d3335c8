"""Fokusområden / Focus areas: the register's sites and employees per focus area and county."""

import streamlit as st

from components.sections import focus_areas as section
from components.shell import datasets, url_state
from components.shell.device import is_phone
from components.shell.failures import data_section
from components.shell.frame import frame, presenting
from components.shell.i18n import t
from components.shell.present_menu import view_controls
from components.widgets import figures, filters
from components.widgets.cards import card_row
from components.widgets.text import section_heading
from core.config import load_config
from core.data import queries
from core.views import site_views

lang = frame("focus_areas")
config = load_config()

with view_controls(presenting()):
    left, right = st.columns(2)
    with left:
        area = filters.focus_area_select(config, key="area")
    with right:
        county = filters.county_select(config, key="county")
if not presenting():  # on a projector the ranking comes first, the caveat under it
    st.info(t("focus.register_caveat"))
if area and not presenting():
    st.markdown(
        t(f"focus.{area}.description")
        + " "
        + t("focus.sni", codes=", ".join(next(a.sni for a in config.focus_areas if a.id == area)))
    )

cards = None if presenting() else st.container()  # on a projector the ranking first, the cards under it
section_heading(t("focus.ranking_heading"))
with data_section():
    (drawing, summary, table, export), missing = section.ranking(area, county, lang)
    figures.show_figure(
        drawing,
        key="focus_ranking",
        summary=summary,
        metas=[datasets.meta("workplaces")],
        table=table,
        export=export,
    )
    if missing:
        st.caption(t("focus.without_figure", names=", ".join(missing)))
    if presenting():
        st.caption(t("focus.register_caveat"))

with cards or st.container(), data_section():
    selection = queries.Selection(county, (area,) if area else config.focus_area_ids)
    sites = queries.active_sites(queries.filter_workplaces(datasets.load("workplaces"), selection))
    card_row(site_views.register_cards(sites, datasets.meta("workplaces"), lang))

section_heading(t("focus.county_heading"))
measure = url_state.segmented(
    t("focus.measure"), ["employees", "sites"], key="measure", format_func=lambda m: t(f"focus.measure.{m}")
)
with data_section():
    drawing, summary, table, export = section.by_county(area, measure, lang)
    figures.show_figure(
        drawing,
        key="focus_counties",
        metas=[datasets.meta("workplaces")],
        summary=summary,
        table=table,
        export=export,
    )

section_heading(t("focus.emissions_heading"))
with data_section():
    drawing, summary, table, export = section.emissions_by_county(area, lang, is_phone())
    metas = [datasets.meta("ets_plants"), datasets.meta("ets_emissions")]
    figures.show_figure(
        drawing, key="focus_emissions", metas=metas, summary=summary, table=table, export=export
    )
