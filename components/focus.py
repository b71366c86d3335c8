"""Cards that explain the focus areas with the register's figures for each."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.i18n import lang, t
from core.config import Config
from core.text import format as fmt
from core.views.cards import FocusCard, focus_cards_html


def _register_line(by_area: pd.DataFrame, area: str) -> str:
    if area not in by_area.index:
        return ""
    row = by_area.loc[area]
    return t(
        "focus.register_line",
        sites=int(row["sites"]),
        employees=fmt.number(row["employees"], lang()),
        with_figure=int(row["sites_with_figure"]),
    )


def focus_cards(config: Config, summary: pd.DataFrame) -> None:
    """One card per focus area: name, meaning, SNI codes, sites and employees."""
    by_area = summary.set_index("focus_area")
    cards = [
        FocusCard(
            name=t(f"focus.{area.id}"),
            description=t(f"focus.{area.id}.description"),
            codes=t("focus.sni", codes=", ".join(area.sni)),
            register=_register_line(by_area, area.id),
        )
        for area in config.focus_areas
    ]
    st.html(focus_cards_html(cards))
