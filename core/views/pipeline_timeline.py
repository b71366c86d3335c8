"""The pipeline's timeline as the Transition page shows it: projects by status and its reported date."""

from __future__ import annotations

from datetime import date

import pandas as pd

from core.charts.pipeline_chart import PipelineStyle, Project, pipeline_chart, year_of
from core.data import transition
from core.data.transition_schemas import PROJECT_STATUSES
from core.svg.drawing import Drawing
from core.svg.legend import Key, Legend
from core.text.i18n import text
from core.transition_config import TransitionSettings
from core.views.site_views import short_name

HOLLOW = "#6B6B6B"  # the legend's ring for "no news": a project's own colour rings it on the chart


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
    news = transition.pipeline_with_news(projects, today, settings.no_news_months)
    news = news.assign(no_news_since=news["no_news_since"].where(news["no_news_since"].notna(), ""))
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
