"""Sections of the project page: its aims, the activity timeline, the activities by relation, and the map."""

from __future__ import annotations

from html import escape

import pandas as pd
import streamlit as st

from components.shell import datasets
from components.shell.device import config_for, is_phone
from components.shell.i18n import lang, t
from components.widgets import figures
from components.widgets.tables import table_html
from components.widgets.text import joined, paragraphs, paragraphs_html
from core.charts.timeline import Period, timeline_svg
from core.data import chart_exports
from core.data.chart_exports import Export
from core.project_config import project_settings
from core.svg.drawing import Drawing
from core.text import format as fmt
from core.text.i18n import focus_labels, prose, text
from core.text.markdown import inline
from core.views import activity_views, project_views
from core.views.activity_map import activity_map

CACHED_VIEWS = 64  # figures kept per function: the curated views and a few visitors' own rows


def aims() -> None:
    """What the project set out to do, in cards, with the press texts it comes from."""
    st.html(joined(paragraphs_html(t("project.aims_intro")), _aims_html(lang())))


@st.cache_data(show_spinner=False)
def _aims_html(language: str) -> str:
    """The aims' cards and their sources as HTML; cached per language."""
    table, meta = datasets.load("project_aims"), datasets.meta("project_aims")
    labels = focus_labels(language)
    return project_views.aims_html(table, datasets.load("partners"), labels, language) + figures.sources_html(
        project_views.aims_sources(table, meta)
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


def timeline(activities: pd.DataFrame, project: pd.Series) -> None:
    """The project period as a band and the dated activities as marks, lane by relation to the project."""
    drawing, summary, table, export = _timeline_figure(activities, project, lang(), is_phone())
    figures.show_figure(
        drawing,
        key="project_timeline",
        summary=summary,
        metas=[datasets.meta("activities"), datasets.meta("project")],
        table=table,
        export=export,
    )
    if not (activities["date"].notna() & activities["relation"].eq(activity_views.PROJECT)).any():
        paragraphs(t("project.no_dated"))
    _how_to_add()


@st.cache_data(show_spinner=False, max_entries=CACHED_VIEWS)
def _timeline_figure(activities: pd.DataFrame, project: pd.Series, language: str, phone: bool) -> tuple:
    """The timeline's drawing, summary, table and export; cached per content of the rows, language, screen."""
    settings = project_settings()
    style = settings.timeline
    labels = focus_labels(language)
    events = activity_views.timeline_events(activities, settings, language)
    start, end = project["start_date"], project["end_date"]
    period = fmt.short_date(start, language), fmt.short_date(end, language)
    drawing = timeline_svg(
        events,
        activity_views.lanes(settings, language),
        Period(start, end, text("project.period_label", language, start=period[0], end=period[1])),
        language,
        style,
        style.phone_width if phone else style.width,
        text("project.timeline_title", language),
        settings.own_outline,
        text("project.timeline_empty", language),
    )
    dated = activities[activities["date"].notna()]
    return (
        drawing,
        activity_views.timeline_summary(activities, project, language),
        activity_views.activities_table(dated, labels, language) if len(dated) else None,
        _export(activities, labels, drawing.title, language),
    )


def by_relation(activities: pd.DataFrame, labels: dict[str, str]) -> None:
    """The project's own activities apart from the initiatives around it, each with a table or a note."""
    heads, tables = [], []
    for part, rows in zip(("own", "others"), activity_views.split_by_relation(activities), strict=True):
        heading = t(f"project.{part}_heading", count=len(rows))
        heads.append(f"<p><strong>{escape(heading)}</strong></p>")
        table = activity_views.activities_table(rows, labels, lang())
        tables.append(table_html(table, heading) if len(rows) else "")
    notes = (t("project.others_note"), activity_views.undated_note(activities, lang()))
    others_note, undated = (f'<p class="ik-note ik-flush">{inline(n)}</p>' if n else "" for n in notes)
    own = tables[0] or paragraphs_html(t("project.no_own"))
    sources = figures.sources_html([datasets.meta("activities")])
    st.html(joined(heads[0], own, heads[1], others_note, tables[1], undated, sources))  # one element: cheaper


def places(activities: pd.DataFrame) -> None:
    """The activities with a place on a map of the three counties."""
    drawing, placed, export = _places_figure(activities, lang(), is_phone())
    figures.show_figure(
        drawing,
        key="project_map",
        metas=[datasets.meta("activities"), datasets.meta("counties")],
        summary=t("project.map_summary", placed=placed, total=len(activities)),
        export=export,
    )


@st.cache_data(show_spinner=False, max_entries=CACHED_VIEWS)
def _places_figure(activities: pd.DataFrame, language: str, phone: bool) -> tuple[Drawing, int, Export]:
    """The activity map, how many activities it places, and its export; cached like the timeline."""
    counties = datasets.geojson("counties")
    located = activity_views.activity_places(
        activities, datasets.geojson("municipalities"), counties, language
    )
    lanes = activity_views.lanes(project_settings(), language)
    title = text("project.map_heading", language)
    drawing = activity_map(counties, located, config_for(phone), lanes, language)
    return drawing, len(located), _export(activities, focus_labels(language), title, language)


def _export(activities: pd.DataFrame, labels: dict[str, str], title: str, language: str) -> Export:
    """The activities behind a figure, as a file in date order."""
    table = chart_exports.activity_table(activities, labels, datasets.meta("activities"), language)
    return Export(table, title, None, None)
