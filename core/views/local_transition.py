"""The transition in one municipality: headline cards and its emissions by sector, from the same data."""

from __future__ import annotations

from html import escape

import pandas as pd

from core.data import transition
from core.text import format as fmt
from core.text.i18n import bilingual, text
from core.views.cards import Card

SHORT_SOURCES = {"emissions": "SMHI", "ets": "EUTL", "grants": "Klimatklivet"}  # as a card names its source


def _provenance(year: object, source: str, lang: str) -> str:
    return escape(text("source.card", lang, year=year, source=source))


def emission_cards(emissions: pd.DataFrame, code: str, since: int, lang: str) -> list[Card]:
    """Industry's emissions in the newest year and their change since `since` (missing stays missing)."""
    change = transition.emissions_change(emissions, since=since)
    row = change[change["area_code"].eq(code)]
    last = int(emissions["year"].max())
    now = row["value_now"].iloc[0] if len(row) else None
    pct = row["change_pct"].iloc[0] if len(row) else None
    source = _provenance(last, SHORT_SOURCES["emissions"], lang)
    return [
        Card(
            text("local.emissions", lang, year=last),
            fmt.quantity(now, "tonnes", lang),
            text("local.emissions_help", lang),
            source,
        ),
        Card(
            text("local.change", lang, since=since),
            fmt.quantity(pct, "percent", lang),
            text("local.change_help", lang, since=since, year=last),
            source,
        ),
    ]


def plant_card(plants: pd.DataFrame, code: str, year: int, lang: str) -> Card:
    """How many EU ETS plants the municipality has, and their verified emissions together in `year`."""
    own = plants[plants["municipality_code"].eq(code)]
    total = own["value_now"].sum(min_count=1)
    value = (
        text(
            "local.plants_value" + (".one" if len(own) == 1 else ""),
            lang,
            count=len(own),
            tonnes=fmt.number(total, lang),
        )
        if len(own)
        else (text("local.no_plants", lang))
    )
    return Card(
        text("local.plants", lang),
        value,
        text("local.plants_help", lang, year=year),
        _provenance(year, SHORT_SOURCES["ets"], lang),
    )


def grant_card(grants: pd.DataFrame, meta: dict, code: str, lang: str) -> Card:
    """Klimatklivet grants decided in the file's stated period: how many, and how much."""
    own = grants[grants["municipality_code"].eq(code)]
    period = meta["period"]
    amount = fmt.number(own["grant_sek"].sum() / 1e6, lang, 1)
    value = (
        text("local.grants_value", lang, count=len(own), amount=amount)
        if len(own)
        else text("local.no_grants", lang)
    )
    help_text = text("local.grants_help", lang, first=period["first"], last=period["last"])
    return Card(
        text("local.grants", lang),
        value,
        help_text,
        _provenance(f"{period['first']} – {period['last']}", SHORT_SOURCES["grants"], lang),
    )


def sector_table(emissions: pd.DataFrame, meta: dict, code: str, since: int, lang: str) -> pd.DataFrame:
    """Every sector's emissions in `since` and the newest year, largest now first; missing stays missing."""
    own = emissions[emissions["area_code"].eq(code)]
    last = int(emissions["year"].max())
    wide = own.pivot_table(index="sector", columns="year", values="emissions_t", aggfunc="first")
    wide = wide.reindex(columns=[since, last]).sort_values(last, ascending=False, na_position="last")
    names = {key: bilingual(value, lang) for key, value in (meta.get("sectors") or {}).items()}
    return pd.DataFrame(
        {
            text("local.sector", lang): [names.get(sector, sector) for sector in wide.index],
            str(since): [fmt.number(v, lang) for v in wide[since]],
            str(last): [fmt.number(v, lang) for v in wide[last]],
        }
    )
