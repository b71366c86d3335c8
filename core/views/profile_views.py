"""The municipality profile: every indicator as a card beside the medians, and what can be compared."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import pandas as pd

from core.config import Config
from core.data import queries, statuses
from core.text import format as fmt
from core.text.i18n import bilingual, text
from core.views.cards import Card
from core.views.indicator_views import coverage_label, year_label, years_of


@dataclass(frozen=True)
class ProfileFigures:
    """The profile's cards (a value, or 'not in our register'), and a sentence on the indicators without."""

    cards: list[Card]
    missing: str


def newest_values(
    indicators: pd.DataFrame,
    workplaces: pd.DataFrame | None,
    municipalities: pd.DataFrame,
    indicator: str,
    config: Config,
) -> tuple[pd.DataFrame, int | None]:
    """Every municipality's value of a curated or register indicator in its newest year, and that year."""
    register = indicator in config.register_indicators
    source = statuses.register_values(workplaces, municipalities) if register else indicators
    year = years_of(indicators, indicator, config)[0]
    return queries.indicator_values(source, municipalities, indicator, year), year


def comparable(
    indicators: pd.DataFrame,
    workplaces: pd.DataFrame | None,
    municipalities: pd.DataFrame,
    catalogue: dict,
    county: str,
    config: Config,
) -> list[str]:
    """Indicators with a value in the county, in catalogue order; the register's only when it is given."""
    chosen = []
    for indicator in catalogue:
        if workplaces is None and indicator in config.register_indicators:
            continue
        values, _ = newest_values(indicators, workplaces, municipalities, indicator, config)
        if values.loc[values["county_code"].eq(county), "value"].notna().any():
            chosen.append(indicator)
    return chosen


def _note(comparison: dict, unit: str, decimals: int, when: str, lang: str) -> str:
    def quantity(value: float | None) -> str:
        return fmt.quantity(value, unit, lang, decimals)

    return text(
        "profile.card_note",
        lang,
        year=when,
        county_median=quantity(comparison["county_median"]),
        region_median=quantity(comparison["region_median"]),
    )


def profile_cards(
    indicators: pd.DataFrame,
    workplaces: pd.DataFrame,
    municipalities: pd.DataFrame,
    catalogue: dict,
    code: str,
    config: Config,
    lang: str,
) -> ProfileFigures:
    """A card per indicator with a figure for the municipality, beside the county and region medians.

    The indicators whose source has no figure for it are named once, each with where the source has values.
    """
    cards, absent = [], []
    for indicator, info in catalogue.items():
        values, year = newest_values(indicators, workplaces, municipalities, indicator, config)
        comparison = queries.peer_comparison(values, code)
        title = bilingual(info["title"], lang)
        if comparison["value"] is None and comparison["status"] != statuses.NOT_IN_REGISTER:
            absent.append(
                " ".join(
                    filter(None, [title, coverage_label(indicators, municipalities, indicator, config, lang)])
                )
            )
            continue
        unit, decimals = info["unit"], int(info.get("decimals") or 0)
        cards.append(
            Card(
                label=title,
                value=fmt.shown_value(comparison["value"], comparison["status"], unit, lang, decimals),
                definition=bilingual(info.get("definition"), lang),
                provenance=escape(_note(comparison, unit, decimals, year_label(year, info, lang), lang)),
            )
        )
    name = municipalities.set_index("municipality_code").loc[code, "name"]
    missing = text("profile.missing", lang, name=name, indicators="; ".join(absent)) if absent else ""
    return ProfileFigures(cards, missing)
