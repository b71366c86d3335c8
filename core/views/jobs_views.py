"""Industrial jobs per municipality as the map and the profile show them: indicator entries and the trend."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from core.charts.series import TrendStyle
from core.config import Config
from core.data.derived import JOBS, JOBS_SHARE, job_values
from core.jobs_config import JobsSettings
from core.text.i18n import text
from core.views.figure_view import FigureView
from core.views.indicator_views import worded
from core.views.trend_views import Line, Measure, breaks_of, change_sentence, trend_view

UNITS = {JOBS: ("persons", 0), JOBS_SHARE: ("percent", 1)}  # unit and decimals of each indicator
SENTENCES = {JOBS: ("trend.jobs_fell", "trend.jobs_rose"), JOBS_SHARE: ("jobs.share_fell", "jobs.share_rose")}
TITLES = {JOBS: "jobs.trend_title", JOBS_SHARE: "jobs.share_title"}
PROVENANCE = ("source", "source_url", "license", "license_url", "years")


def preliminary_years(jobs: pd.DataFrame) -> list[int]:
    """Years whose every row is preliminary (no final figure yet): the map names them so."""
    every = jobs["preliminary"].eq(True).groupby(jobs["year"]).all()  # loaded as booleans
    return [int(year) for year, only_preliminary in every.items() if only_preliminary]


def catalogue_entries(meta: dict, jobs: pd.DataFrame, config: Config) -> dict:
    """Metadata of the two jobs indicators for the map's catalogue, with the dataset's provenance."""
    return {
        indicator: worded(
            indicator,
            config,
            unit=unit,
            decimals=decimals,
            preliminary_years=preliminary_years(jobs),
            **{key: meta.get(key) for key in PROVENANCE},
        )
        for indicator, (unit, decimals) in UNITS.items()
    }


def job_lines(jobs: pd.DataFrame, code: str, indicator: str, settings: JobsSettings, lang: str) -> list[Line]:
    """One line per method (BAS, then RAMS) of a municipality: the count or the share, by year.

    Each line's table keeps its missing years as missing values (a gap) and a preliminary flag per year.
    """
    own = jobs[jobs["municipality_code"].eq(code)]
    lines = []
    for method in settings.methods:
        rows = own[own["method"].eq(method)].sort_values("year")
        if rows.empty:
            continue
        table = pd.DataFrame(
            {
                "year": rows["year"].astype(int).to_numpy(),
                "value": job_values(rows, indicator),
                "preliminary": rows["preliminary"],
            }
        )
        lines.append(Line(code, text(f"jobs.method.{method}", lang), settings.colours[method], table))
    return lines


def _first_known(line: Line) -> int | None:
    known = line.table.loc[line.table["value"].notna(), "year"]
    return int(known.min()) if len(known) else None


def jobs_trend(
    jobs: pd.DataFrame,
    meta: dict,
    where: tuple[str, str],
    indicator: str,
    settings: JobsSettings,
    style: TrendStyle,
    lang: str,
) -> FigureView | None:
    """The trend of one jobs indicator in one municipality (code, name), or None without any figure.

    The 2019 break and the 2020-2021 overlap of RAMS and BAS come from the metadata's breaks; the sentence
    says each method's own change, the older first.
    """
    code, name = where
    lines = [line for line in job_lines(jobs, code, indicator, settings, lang) if _first_known(line)]
    if not lines:
        return None
    unit, decimals = UNITS[indicator]
    fell, rose = SENTENCES[indicator]
    measure = Measure(unit, fell, rose, breaks_of(meta, lang), decimals=decimals)
    title = text(TITLES[indicator], lang, name=name)
    view = trend_view(lines, meta, title, measure, style, lang, _first_known(lines[0]) or 0)
    older = [change_sentence(line, _first_known(line) or 0, measure, lang) for line in lines[1:]]
    return replace(view, summary=" ".join([*older, view.summary]))
