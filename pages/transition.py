"""Omställningen / The transition: industry's emissions over time and by place, its plants and projects."""

import streamlit as st

from components.sections import transition as section
from components.shell import datasets, url_state
from components.shell.device import is_phone, viewer_config
from components.shell.failures import data_section
from components.shell.frame import frame, presenting
from components.shell.i18n import t
from components.shell.present_menu import view_controls
from components.widgets import figures, filters
from components.widgets.cards import card_row
from components.widgets.tables import table_html
from components.widgets.text import joined, paragraphs, paragraphs_html, section_heading
from core.views.transition_map import MODES

lang = frame("transition")
config = viewer_config()
if not presenting():
    paragraphs(t("transition.intro"))

section_heading(t("transition.trend_heading"))
with data_section():
    trend = section.region_trend(lang, is_phone())
    figures.show_view(trend, key="transition_trend", metas=[datasets.meta("emissions")])

with view_controls(presenting()):
    county = filters.county_select(config, key="county")
    area = filters.focus_area_select(config, key="area")
    mode = url_state.segmented(
        t("transition.mode"),
        list(MODES),
        key="show",
        format_func=lambda m: t(f"transition.mode.{m}"),
        as_pills=True,
    )

section_heading(t("transition.map_heading"))
with data_section():
    shown = section.emissions_map(mode, county, area, lang, is_phone(), presenting())
    metas = [datasets.meta(name) for name in ("emissions", "ets_plants", "ets_emissions")]
    label = t("transition.plants_heading")
    plants = table_html(section.plants_table(county, area, lang), label)
    plants += figures.sources_html([datasets.meta("ets_plants")])
    figures.show_view(shown, key="transition_map", metas=metas, after=figures.details_html(label, plants))

section_heading(t("transition.pipeline_heading"), intro=t("transition.pipeline_intro"))
with data_section():
    cards, projects = section.pipeline(county, area, lang)
    card_row(cards)
    metas = [datasets.meta("transition_projects"), datasets.meta("municipalities")]
    shown_figures = section.pipeline_figures(county, area, lang, is_phone(), presenting())
    table = figures.details_html(
        t("transition.pipeline_table"), table_html(projects, t("transition.pipeline_heading"))
    )
    table += figures.sources_html([datasets.meta("transition_projects")])
    for i, (key, drawing, summary) in enumerate(shown_figures, start=1):  # the table after the last
        after = table if i == len(shown_figures) else ""
        figures.show_figure(drawing, key=key, summary=summary, metas=metas, after=after)

section_heading(t("transition.grants_heading"))
with data_section():
    sentence, grants = section.grants(county, lang)
    label = t("transition.grants_table")
    st.html(
        joined(
            paragraphs_html(sentence),
            figures.details_html(label, table_html(grants, label))
            + figures.sources_html([datasets.meta("grants")]),
        )
    )
