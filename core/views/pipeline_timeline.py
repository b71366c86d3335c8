"""The pipeline as the Transition page shows it: on a timeline by status and date, and on a map by place."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
from shapely.geometry import shape

from core.charts.pipeline_chart import PipelineStyle, Project, pipeline_chart, year_of
from core.config import Config
from core.data import transition
from core.data.transition_schemas import PROJECT_STATUSES
from core.maps import svg_map
from core.maps.map_layers import bounds, lakes, outline_areas
from core.maps.svg_map import Mark
from core.svg.drawing import Drawing, Link
from core.svg.legend import Key, Legend
from core.text.i18n import text
from core.transition_config import TransitionSettings
from core.views.map_views import canvas
from core.views.site_views import short_name

SPREAD = 20.0  # px: how far from their municipality's point the projects of one municipality stand
ALL_NAMES = 16  # a map of at most this many municipalities (one county) names every one
HOLLOW = "#6B6B6B"  # the legend's ring for "no news": a project's own colour rings it on the chart


def _with_news(projects: pd.DataFrame, today: date, settings: TransitionSettings) -> pd.DataFrame:
    """The projects with their derived no_news_since label ('' for none)."""
    news = transition.pipeline_with_news(projects, today, settings.no_news_months)
    return news.assign(no_news_since=news["no_news_since"].where(news["no_news_since"].notna(), ""))


def _card(row: pd.Series, names: dict[str, str], lang: str) -> tuple[str, ...]:
    status = text(f"status.{row['status']}", lang)
    news = text("project.no_news_since", lang, since=row["no_news_since"]) if row["no_news_since"] else ""
    return (
        str(row[f"title_{lang}"]),
        short_name(str(row["company"])),
        names.get(row["municipality_code"], ""),
        text("transition.status_on", lang, status=status, date=row["status_date"]),
        news,
        text("source.card_plain", lang, source=row["source_name"]),
    )


def pipeline_timeline(
    projects: pd.DataFrame,
    names: dict[str, str],
    today: date,
    settings: TransitionSettings,
    width: int,
    font: float,
    lang: str,
) -> Drawing:
    """Every dated project as a mark in its status's lane; one without news for long is drawn as a ring."""
    news = _with_news(projects, today, settings)
    dated = news[news["status_date"].notna()]
    marks = [
        Project(
            year_of(str(row["status_date"])),
            row["status"],
            _card(row, names, lang),
            settings.status_colours[row["status"]],
            "circle",
            bool(row["no_news_since"]),
        )
        for _, row in dated.iterrows()
    ]
    lanes = tuple((status, text(f"status.{status}", lang)) for status in PROJECT_STATUSES)
    legend = Legend(
        keys=(Key(text("transition.timeline_no_news", lang), "#FFFFFF", "circle", HOLLOW, 2.0),),
        note=text("transition.timeline_note", lang, undated=len(news) - len(dated)),
    )
    title = text("transition.timeline_title", lang)
    return pipeline_chart(marks, PipelineStyle(width, font, lanes), title, legend)


def _places(geojson: dict) -> dict[str, tuple[float, float]]:
    """Each municipality's point for marks: a point surely inside it (lon, lat)."""
    points = {}
    for feature in geojson["features"]:
        point = shape(feature["geometry"]).representative_point()
        points[feature["properties"]["municipality_code"]] = (point.x, point.y)
    return points


def _around(centre: tuple[float, float], index: int, count: int, degree: float) -> tuple[float, float]:
    """The index-th of count marks in one municipality on a ring around its point (degree: px per degree)."""
    if count == 1:
        return centre
    angle, reach = 2 * math.pi * index / count, SPREAD / degree
    return centre[0] + reach * math.cos(angle), centre[1] + reach * 0.5 * math.sin(angle)


def pipeline_map(
    projects: pd.DataFrame,
    geo: dict,
    names: dict[str, str],
    today: date,
    settings: TransitionSettings,
    config: Config,
    lang: str,
    link: Link,
) -> Drawing:
    """The projects as diamonds in their municipalities, coloured by status (a ring: no news for long)."""
    news = _with_news(projects, today, settings)
    points, marks, box = _places(geo), [], bounds(geo)
    degree = config.map.width / max(box[2] - box[0], 0.1)  # about how many px a degree of longitude takes
    for code, group in news.groupby("municipality_code", sort=True):
        for i, (_, row) in enumerate(group.iterrows()):
            lon, lat = _around(points[code], i, len(group), degree)
            colour, hollow = settings.status_colours[row["status"]], bool(row["no_news_since"])
            outline = {"outline": colour, "outline_width": 2.5} if hollow else {}
            fill = "#FFFFFF" if hollow else colour
            marks.append(Mark(lon, lat, 14, fill, "diamond", _card(row, names, lang), link(code), **outline))
    keys = tuple(
        Key(text(f"status.{s}", lang), settings.status_colours[s], "diamond")
        for s in PROJECT_STATUSES
        if s in set(news["status"])
    )
    hollow_key = Key(text("transition.timeline_no_news", lang), "#FFFFFF", "diamond", HOLLOW, 2.0)
    legend = Legend(keys=(*keys, hollow_key), note=text("transition.project_map_note", lang))
    return svg_map.render(
        outline_areas(geo, "municipality_code", {}, config.map, link),
        marks,
        legend,
        bounds(geo),
        canvas(config, panel=False),
        text("transition.project_map_title", lang),
        lakes(geo),
    )
