"""What is real and recent for the whole region: industry's jobs and emissions, newest year first."""

from __future__ import annotations

from html import escape

import pandas as pd

from core.data import transition
from core.text import format as fmt
from core.text.i18n import text
from core.views.cards import Card
from core.views.trend_views import Line, Measure, breaks_of

REGION = "SE31"  # SCB's NUTS2 code for Norra Mellansverige
INDUSTRY_SECTIONS = ("B", "C")  # mining and quarrying, manufacturing: SCB's "tillverkning och utvinning"


def industry_jobs(jobs: pd.DataFrame) -> pd.DataFrame:
    """Employed in sections B and C in the region by year (year, value); a year missing one is left out."""
    rows = jobs[jobs["area"].eq(REGION) & jobs["sni_section"].isin(INDUSTRY_SECTIONS)]
    grouped = rows.groupby("year").agg(value=("employed", "sum"), parts=("sni_section", "nunique"))
    complete = grouped[grouped["parts"].eq(len(INDUSTRY_SECTIONS))]
    return complete[["value"]].reset_index().sort_values("year", ignore_index=True)


def jobs_line(jobs: pd.DataFrame, colour: str, lang: str) -> Line:
    """The region's industrial jobs as one line."""
    return Line(REGION, text("recent.jobs_line", lang), colour, industry_jobs(jobs))


def jobs_measure(meta: dict, lang: str) -> Measure:
    """People employed, with the source's method break marked."""
    return Measure("persons", "trend.jobs_fell", "trend.jobs_rose", breaks_of(meta, lang))


def recent_cards(emissions: pd.DataFrame, jobs: pd.DataFrame, since: int, lang: str) -> list[Card]:
    """The newest official figures: industrial jobs (SCB) and emissions (SMHI), each with its year."""
    employed = industry_jobs(jobs)
    job_year, job_value = int(employed["year"].iloc[-1]), employed["value"].iloc[-1]
    region = transition.region_series(emissions).set_index("year")["emissions_t"]
    last = int(region.index.max())
    change = (region[last] - region[since]) / region[since] * 100 if since in region.index else None
    return [
        Card(
            text("recent.jobs", lang, year=job_year),
            fmt.quantity(job_value, "persons", lang),
            text("recent.jobs_help", lang),
            escape(text("source.card", lang, year=job_year, source="SCB")),
        ),
        Card(
            text("recent.emissions", lang, year=last),
            fmt.quantity(region[last], "tonnes", lang),
            text("recent.emissions_help", lang),
            escape(text("source.card", lang, year=last, source="SMHI")),
        ),
        Card(
            text("local.change", lang, since=since),
            fmt.quantity(change, "percent", lang),
            text("local.change_help", lang, since=since, year=last),
            escape(text("source.card", lang, year=last, source="SMHI")),
        ),
    ]
