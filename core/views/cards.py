"""Cards as HTML: headline figures (label, value, definition, provenance) and the focus areas."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import pandas as pd

from core.data import queries
from core.text import format as fmt
from core.text.i18n import bilingual, text
from core.text.provenance import html_link, short_source


@dataclass(frozen=True)
class Card:
    """A headline figure ready to show: label, value, definition and provenance (an HTML line)."""

    label: str
    value: str
    definition: str
    provenance: str


@dataclass(frozen=True)
class FocusCard:
    """A focus area explained: its name, what it covers, its SNI codes and the register's figures."""

    name: str
    description: str
    codes: str
    register: str


def headline_cards(
    key_figures: pd.DataFrame,
    figures_meta: dict,
    figure_ids: tuple[str, ...],
    area_code: str,
    lang: str,
    citation_href: str | None = None,
) -> list[Card]:
    """Cards for the key figures of an area, newest year of each, skipping absent ones.

    Each card names its source briefly, with its year; the name links to citation_href (the full citation
    on the Data page), or to the source itself when no such link is given.
    """
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
                    "source.card",
                    lang,
                    year=int(row["year"]),
                    source=html_link(short_source(row, lang), citation_href or row["source_url"]),
                ),
            )
        )
    return cards


def _item(*parts: str) -> str:
    return f'<li class="ik-card">{"".join(parts)}</li>'


def _paragraph(css_class: str, content: str) -> str:
    return f'<p class="{css_class}">{content}</p>'


def cards_html(cards: list[Card], definition_label: str) -> str:
    """The figures as a list of cards: label, value, the definition one click away, provenance."""
    items = [
        _item(
            _paragraph("ik-card-label", escape(card.label)),
            _paragraph("ik-card-value", escape(card.value)),
            f"<details><summary>{escape(definition_label)}</summary><p>{escape(card.definition)}</p></details>"
            if card.definition
            else "",
            _paragraph("ik-card-note", card.provenance),
        )
        for card in cards
    ]
    return f'<ul class="ik-cards">{"".join(items)}</ul>'


def focus_cards_html(cards: list[FocusCard]) -> str:
    """The focus areas as a list of cards: name as a heading, description, SNI codes, register line."""
    items = [
        _item(
            f'<h3 class="ik-card-heading">{escape(card.name)}</h3>',  # under the section's h2
            _paragraph("ik-card-text", escape(card.description)),
            _paragraph("ik-card-note", escape(card.codes)),
            _paragraph("ik-card-text", escape(card.register)) if card.register else "",
        )
        for card in cards
    ]
    return f'<ul class="ik-cards">{"".join(items)}</ul>'
