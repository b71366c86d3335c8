"""Sections of the municipality profile: the comparison chart and the local sites and activities."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.sections import municipality_figures
from components.shell import datasets
from components.shell.device import config_for, is_phone
from components.shell.failures import data_section
from components.shell.frame import presenting
from components.shell.i18n import lang, t
from components.widgets import figures, own_data
from components.widgets.tables import table_html, table_or_note
from components.widgets.text import heading_html, joined
from core.config import load_config
from core.data import chart_exports, queries
from core.present.links import href
from core.svg.drawing import Drawing
from core.text import summaries
from core.text.i18n import bilingual, focus_labels
from core.views import activity_views, indicator_views, map_views, profile_views, site_views


def peer_chart(indicator: str, code: str, county_name: str) -> None:
    """The municipality among the others of its county for one indicator."""
    view = (lang(), presenting(), is_phone())
    drawing, meta, summary, table, export = _peer_figure(indicator, code, county_name, view)
    figures.show_figure(
        drawing, key="municipality_peers", metas=[meta], summary=summary, table=table, export=export
    )


@st.cache_data(show_spinner=False)
def _peer_figure(indicator: str, code: str, county_name: str, view: tuple[str, bool, bool]) -> tuple:
    """The comparison chart's drawing, source, summary, table and export; cached per choice and view."""
    language = view[0]
    config = load_config()
    info = municipality_figures.catalogue()[indicator]
    municipalities = queries.municipalities_table(datasets.geojson("municipalities"))
    workplaces = datasets.load("workplaces") if indicator in config.register_indicators else None
    values, year = profile_views.newest_values(
        datasets.load("indicators"), workplaces, municipalities, indicator, config
    )
    unit, decimals = info["unit"], int(info.get("decimals") or 0)
    in_county = indicator_views.with_value_text(
        indicator_views.in_county(values, code[:2]), unit, decimals, language
    )
    name = municipalities.set_index("municipality_code").loc[code, "name"]
    title = bilingual(info["title"], language)
    return (
        municipality_figures.peer_drawing(in_county, code, indicator, title, year, county_name, view),
        {**info, "years": year},
        summaries.peer_summary(
            name, queries.peer_comparison(values, code), county_name, unit, decimals, language
        ),
        indicator_views.values_table(in_county, title, language),
        chart_exports.indicator_export(
            in_county, info, year, county_name, {code[:2]: county_name}, False, language
        ),
    )


def local_panel(workplaces: pd.DataFrame, code: str, names: dict[str, str], county_name: str) -> None:
    """Locator map beside the municipality's sites and activities."""
    labels = focus_labels(lang())
    sites = site_views.site_labels(site_views.in_municipality(workplaces, code), labels, lang())
    left, right = st.columns(2)
    with left:
        figures.show_figure(
            _locator_map(code, names[code], lang(), is_phone(), presenting()),
            key="municipality_locator",
            metas=[datasets.meta("municipalities")],
            summary=t("municipality.locator_summary", name=names[code], county=county_name),
            before=heading_html(t("municipality.locator")),
        )
    with right:
        table_or_note(
            site_views.sites_table(sites, labels, datasets.meta("workplaces"), lang()),
            t("municipality.sites", count=len(sites)),
            "municipality.no_sites",
            heading=heading_html(t("municipality.sites", count=len(sites))),
        )
        with data_section():
            _activities(code, labels)
        figures.source_notes([datasets.meta("workplaces"), datasets.meta("activities")])


def _activities(code: str, labels: dict[str, str]) -> None:
    """The project's own activities here, then the other initiatives here, apart."""
    everything = queries.with_own(datasets.load("activities"), own_data.rows("activities"))
    project, others = activity_views.split_by_relation(activity_views.activities_near(everything, code))
    table = activity_views.activities_table(project, labels, lang())
    shown = heading_html(t("municipality.project_activities"))
    table_or_note(table, t("municipality.project_activities"), "municipality.no_project_activities", shown)
    if len(others):
        table = activity_views.activities_table(others, labels, lang())
        label = t("municipality.other_activities")
        st.html(joined(heading_html(label), table_html(table, label)))


@st.cache_data(show_spinner=False)
def _locator_map(code: str, name: str, language: str, phone: bool, present: bool) -> Drawing:
    """The locator map; cached per municipality, language, screen and mode."""
    config = config_for(phone)
    labels = focus_labels(language)
    local = site_views.in_municipality(queries.active_sites(datasets.load("workplaces")), code)
    sites = site_views.site_labels(local, labels, language)

    def profile(kommun: str) -> str:
        return href("municipality", language, present, kommun=kommun)

    links = map_views.Links(area=profile, site=profile)
    geo = datasets.geojson("municipalities")
    return map_views.locator_map(geo, code, name, sites, config, labels, language, links)
