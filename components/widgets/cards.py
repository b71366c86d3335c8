"""Cards with a headline figure each, its definition, year and source."""

from __future__ import annotations

import streamlit as st

from components.shell.i18n import t
from core.views.cards import Card, cards_html


def card_row(cards: list[Card], note: str = "") -> None:
    """The figures as cards (plain HTML: they wrap, load no extra scripts), an optional note under them."""
    st.html(cards_html(cards, t("card.definition"), note))
