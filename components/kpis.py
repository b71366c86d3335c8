"""Metric cards with the year and source of each figure."""

from __future__ import annotations

import streamlit as st

from core.cards import Card


def card_row(cards: list[Card]) -> None:
    """One metric card per figure, each with its year and source underneath."""
    for column, card in zip(st.columns(len(cards)), cards, strict=True):
        with column, st.container(border=True):
            st.metric(card.label, card.value, help=card.definition)
            st.caption(card.provenance)
