"""Cards with a headline figure each, its definition, year and source."""

from __future__ import annotations

import streamlit as st

from components.shell.i18n import t
from components.widgets.text import joined
from core.views.cards import Card, cards_html


def card_row(cards: list[Card], *after: str, before: str = "") -> None:
    """The figures as a row of cards (plain HTML: they wrap on narrow screens and load no extra scripts).

    before, after: HTML parts (a heading; notes, sources) in the same element, as each element costs the
    browser work.
    """
    st.html(joined(before, cards_html(cards, t("card.definition")), *after))
