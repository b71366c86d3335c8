"""Kommun / Municipality profile: indicators against county and region, sites, activities."""

from html import escape

import streamlit as st

from components.sections import municipality as section
from components.sections import municipality_figures as section_figures
from components.sections import municipality_jobs, municipality_transition
from components.shell import datasets, url_state
from components.shell.device import viewer_config
from components.shell.failures import data_section
from components.shell.frame import frame, presenting
from components.shell.i18n import t
from components.shell.present_menu import view_controls
from components.widgets import figures
from components.widgets.cards import card_row
from components.widgets.text import heading
from core.data import queries
from core.text.i18n import bilingual

lang = frame("municipality")
config = viewer_config()
with data_section():
    municipalities = queries.municipalities_table(datasets.geojson("municipalities"))
    names = dict(zip(municipalities["municipality_code"], municipalities["name"], strict=True))
    county_names = {c.code: c.name for c in config.counties}
    with view_controls(presenting()):
        code = url_state.select(
            t("municipality.choose"),
            list(names),
            key="kommun",
            default=config.default_municipality,
            format_func=lambda c: f"{names[c]} ({county_names[c[:2]]})",
        )
    county_name = county_names[code[:2]]
    heading(t("municipality.heading", name=names[code], county=county_name), level=2)

    with data_section():  # cards, their note and sources in one element: each costs the browser work
        catalogue = section_figures.catalogue()
        indicator_sources = (catalogue[i] for i in datasets.meta("indicators")["indicators"])
        profile = section_figures.key_figures(code, lang)
        missing = f'<p class="ik-missing ik-flush">{escape(profile.missing)}</p>' if profile.missing else ""
        help_note = f'<p class="ik-note ik-flush">{escape(t("municipality.profile_help"))}</p>'
        sources = figures.sources_html([*indicator_sources, datasets.meta("workplaces")])
        card_row(profile.cards, missing, help_note, sources)

    with data_section():
        municipality_jobs.panel(code, names[code])

    with data_section():
        municipality_transition.panel(code, names[code])

    with st.container(key="noprint_compare"):  # a printed sheet keeps figures, map, sites and sources
        heading(t("municipality.compare_heading"))
        with data_section():
            catalogue = section_figures.catalogue()
            chosen = url_state.select(
                t("municipality.compare"),
                section_figures.comparable(code),
                key="compare",
                format_func=lambda i: bilingual(catalogue[i]["title"], lang),
            )
            section.peer_chart(chosen, code, county_name)
    with data_section():
        section.local_panel(datasets.load("workplaces"), code, names, county_name)
