"""Sections of the project page: its aims, the activity timeline, the activities by relation, and the map."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import charts, datasets
from components.device import is_phone
from components.i18n import lang, t
from components.tables import table_html
from core.charts.timeline import Period, timeline_svg
from core.config import Config
from core.data import chart_exports
from core.data.chart_exports import Export
from core.maps.activity_map import activity_map
from core.project_config import project_settings
from core.text import format as fmt
from core.text.i18n import focus_labels, prose
from core.views import activity_views, project_views


def aims(partners: pd.DataFrame, labels: dict[str, str]) -> None:
    """What the project set out to do, in cards, with the press texts it comes from."""
    table, meta = datasets.load("project_aims"), datasets.meta("project_aims")
    st.markdown(t("project.aims_intro"))
    st.html(
        project_views.aims_html(table, partners, labels, lang())
        + charts.sources_html(project_views.aims_sources(table, meta))
    )


def _how_to_add() -> None:
    """Where partners add activities: a preview in this session, then the data package."""
    st.page_link(
        "pages/data.py",
        label=t("project.add_upload"),
        icon=":material/upload_file:",
        query_params={"section": "upload", "kind": "activities"},
    )
    with st.expander(t("project.add_heading"), icon=":material/help:"):
        st.markdown(prose("add_activity", lang()))


def timeline(activities: pd.DataFrame, project: pd.Series, labels: dict[str, str]) -> None:
    """The project period as a band and the dated activities as marks, lane by relation to the project."""
    settings = project_settings()
    style = settings.timeline
    events = activity_views.timeline_events(activities, settings, lang())
    start, end = project["start_date"], project["end_date"]
    label = t("project.period_label", start=fmt.short_date(start, lang()), end=fmt.short_date(end, lang()))
    drawing = timeline_svg(
        events,
        activity_views.lanes(settings, lang()),
        Period(start, end, label),
        lang(),
        style,
        style.phone_width if is_phone() else style.width,
        t("project.timeline_title"),
        settings.own_outline,
        t("project.timeline_empty"),
    )
    dated = activities[activities["date"].notna()]
    charts.show_map(
        drawing,
        key="project_timeline",
        summary=activity_views.timeline_summary(activities, project, lang()),
        metas=[datasets.meta("activities"), datasets.meta("project")],
        table=activity_views.activities_table(dated, labels, lang()) if len(dated) else None,
        export=_export(activities, labels, drawing.title),
    )
    if not len(dated[dated["relation"].eq(activity_views.PROJECT)]):
        st.markdown(t("project.no_dated"))
    _how_to_add()


def by_relation(activities: pd.DataFrame, labels: dict[str, str]) -> None:
    """The project's own activities apart from the initiatives around it, each with a table or a note."""
    own, others = activity_views.split_by_relation(activities)
    st.markdown(f"**{t('project.own_heading', count=len(own))}**")
    if len(own):
        st.html(
            table_html(
                activity_views.activities_table(own, labels, lang()), t("project.own_heading", count=len(own))
            )
        )
    else:
        st.markdown(t("project.no_own"))
    st.markdown(f"**{t('project.others_heading', count=len(others))}**")
    st.caption(t("project.others_note"))
    if len(others):
        table = activity_views.activities_table(others, labels, lang())
        st.html(table_html(table, t("project.others_heading", count=len(others))))
    charts.source_notes([datasets.meta("activities")])


def places(activities: pd.DataFrame, config: Config) -> None:
    """The activities with a place on a map of the three counties."""
    counties = datasets.geojson("counties")
    located = activity_views.activity_places(activities, datasets.geojson("municipalities"), counties, lang())
    lanes = activity_views.lanes(project_settings(), lang())
    charts.show_map(
        activity_map(counties, located, config, lanes, lang()),
        key="project_map",
        metas=[datasets.meta("activities"), datasets.meta("counties")],
        summary=t("project.map_summary", placed=len(located), total=len(activities)),
        export=_export(activities, focus_labels(lang()), t("project.map_heading")),
    )


def _export(activities: pd.DataFrame, labels: dict[str, str], title: str) -> Export:
    """The activities behind a figure, as a file in date order."""
    table = chart_exports.activity_table(activities, labels, datasets.meta("activities"), lang())
    return Export(table, title, None, None)
