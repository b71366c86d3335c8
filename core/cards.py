"""Metric-card contents: a label, a formatted value, a definition and provenance."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from core import format as fmt
from core import queries
from core.i18n import bilingual, text


@dataclass(frozen=True)
class Card:
    """A headline figure ready to show: label, value, definition and provenance."""

    label: str
    value: str
    definition: str
    provenance: str


def headline_cards(
    key_figures: pd.DataFrame, figures_meta: dict, figure_ids: tuple[str, ...], area_code: str, lang: str
) -> list[Card]:
    """Cards for the key figures of an area, newest year of each, skipping absent ones."""
    cards = []
    for figure_id in figure_ids:
        row = queries.key_figure(key_figures, figure_id, area_code)
        if row is None:
            continue
        info = figures_meta[figure_id]
        value = fmt.quantity(
            row["value"], info.get("unit", ""), lang, int(info.get("decimals") or 0), row["qualifier"]
        )
        cards.append(
            Card(
                label=bilingual(info["title"], lang),
                value=value,
                definition=bilingual(info.get("definition"), lang),
                provenance=text(
                    "source.card", lang, year=int(row["year"]), source=row["source"], url=row["source_url"]
                ),
            )
        )
    return cards
