"""The transition's plants, projects and grants as the pages show them: tables, status cards and sentences."""

from __future__ import annotations

from datetime import date

import pandas as pd

from core.config import EtsSector
from core.data import transition
from core.data.transition_schemas import PROJECT_STATUSES
from core.text import format as fmt
from core.text.i18n import text
from core.views.cards import Card
from core.views.site_views import short_name


def plants_with_emissions(
    plants: pd.DataFrame, ets_emissions: pd.DataFrame, years: tuple[int, int]
) -> pd.DataFrame:
    """Every plant with its verified emissions in the two years and the change (missing stays missing)."""
    change = transition.plant_emissions(ets_emissions, plants, years)
    return plants.merge(
        change[["eutl_id", "value_then", "value_now", "change_t", "change_pct"]], on="eutl_id"
    )


def plants_in(
    plants: pd.DataFrame, sectors: tuple[EtsSector, ...], county: str | None, area: str | None
) -> pd.DataFrame:
    """Plants in a county (None: all) whose sector counts towards a focus area (None: every plant)."""
    chosen = plants[plants["county_code"].eq(county)] if county else plants
    if not area:
        return chosen
    towards = {sector.id for sector in sectors if sector.focus_area == area}
    return chosen[chosen["sector"].isin(towards)]


def plants_table(
    plants: pd.DataFrame, names: dict[str, str], years: tuple[int, int], lang: str
) -> pd.DataFrame:
    """Plants by newest emissions, largest first: name, operator, place, sector, the two years, change."""
    first, last = years
    ordered = plants.sort_values("value_now", ascending=False, na_position="last")
    return pd.DataFrame(
        {
            text("transition.column.plant", lang): ordered["name"],
            text("transition.column.operator", lang): ordered["operator"],
            text("export.column.municipality", lang): ordered["municipality_code"].map(names),
            text("transition.column.sector", lang): [
                text(f"ets_sector.{s}", lang) for s in ordered["sector"]
            ],
            str(first): [fmt.number(v, lang) for v in ordered["value_then"]],
            str(last): [fmt.number(v, lang) for v in ordered["value_now"]],
            text("transition.column.change", lang): [fmt.number(v, lang) for v in ordered["change_pct"]],
            text("transition.column.eutl", lang): ordered["eutl_id"],
        }
    )


def filter_projects(projects: pd.DataFrame, county: str | None, focus_area: str | None) -> pd.DataFrame:
    """Projects in a county and focus area (None: all)."""
    chosen = projects
    if county:
        chosen = chosen[chosen["county_code"].eq(county)]
    if focus_area:
        chosen = chosen[chosen["focus_area"].eq(focus_area)]
    return chosen


def status_cards(projects: pd.DataFrame, lang: str) -> list[Card]:
    """A card per status in the pipeline's order: how many projects have it (statuses with none left out)."""
    counts = projects["status"].value_counts()
    return [
        Card(
            text(f"status.{status}", lang),
            fmt.number(int(counts[status]), lang),
            text(f"transition.status_help.{status}", lang),
            "",
        )
        for status in PROJECT_STATUSES
        if status in counts
    ]


def _amount(value: object, approx: object, lang: str) -> str:
    if pd.isna(value):
        return text("format.missing", lang)
    prefix = text("qualifier.about_short", lang) if bool(approx) else ""
    return f"{prefix}{fmt.number(value, lang)}"


def pipeline_table(
    projects: pd.DataFrame, names: dict[str, str], today: date, months: int, lang: str
) -> pd.DataFrame:
    """The projects by status and date: what, who, where, status with its date, amount, news and source."""
    news = transition.pipeline_with_news(projects, today, months)
    order = {status: i for i, status in enumerate(PROJECT_STATUSES)}
    news = news.assign(_order=news["status"].map(order)).sort_values(
        ["_order", "status_date"], ascending=[True, False]
    )
    return pd.DataFrame(
        {
            text("transition.column.project", lang): news[f"title_{lang}"],
            text("export.column.company", lang): [short_name(company) for company in news["company"]],
            text("export.column.municipality", lang): news["municipality_code"].map(names),
            text("transition.column.status", lang): [
                text(
                    "transition.status_on",
                    lang,
                    status=text(f"status.{s}", lang),
                    date=d or text("format.missing", lang),
                )
                for s, d in zip(news["status"], news["status_date"].fillna(""), strict=True)
            ],
            text("transition.column.news", lang): [
                text("project.no_news_since", lang, since=m) if isinstance(m, str) else ""
                for m in news["no_news_since"]
            ],
            text("transition.column.investment", lang): [
                _amount(v, a, lang)
                for v, a in zip(news["investment_msek"], news["amount_approx"], strict=True)
            ],
            text("export.column.source", lang): news["source_name"],
        }
    )


def grants_sentence(grants: pd.DataFrame, meta_years: tuple[str, str], lang: str) -> str:
    """'49 grants, 217 million SEK, decided 2025-01 to 2026-06': a stated slice of time, never a total."""
    first, last = meta_years
    return text(
        "transition.grants_sentence",
        lang,
        count=len(grants),
        amount=fmt.number(grants["grant_sek"].sum() / 1e6, lang),
        first=first,
        last=last,
    )


def grants_table(grants: pd.DataFrame, names: dict[str, str], lang: str) -> pd.DataFrame:
    """Grants per municipality, largest sum first."""
    per = transition.grants_by_municipality(grants)
    return pd.DataFrame(
        {
            text("export.column.municipality", lang): per["municipality_code"].map(names),
            text("transition.column.grants", lang): [fmt.number(v, lang) for v in per["grants"]],
            text("transition.column.grant_msek", lang): [
                fmt.number(v / 1e6, lang, 1) for v in per["grant_sek"]
            ],
        }
    )


def focus_area_emissions(
    plants: pd.DataFrame, sectors: tuple[EtsSector, ...], area: str | None
) -> pd.DataFrame:
    """Verified emissions per county and focus area (county_code, focus_area, tonnes), by plant sector.

    The newest compared year is used; plants in energy supply count towards no focus area.
    """
    to_area = {sector.id: sector.focus_area for sector in sectors if sector.focus_area}
    counted = plants.assign(focus_area=plants["sector"].map(to_area)).dropna(subset=["focus_area"])
    if area:
        counted = counted[counted["focus_area"].eq(area)]
    grouped = counted.groupby(["county_code", "focus_area"], as_index=False)["value_now"].sum(min_count=1)
    return grouped.rename(columns={"value_now": "tonnes"}).fillna({"tonnes": 0.0})
