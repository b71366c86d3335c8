"""Filter widgets shared by pages; each returns the chosen value and can be bound to the URL."""

from __future__ import annotations

import streamlit as st

from components.i18n import t
from core.config import Config


def county_select(config: Config, key: str, label_key: str = "filter.county") -> str | None:
    """One county or all; the choice is kept in the URL."""
    names = {county.code: county.name for county in config.counties}
    choice = st.selectbox(t(label_key), ["", *names], key=key, bind="query-params",
                          format_func=lambda c: names.get(c) or t("filter.all_counties"))
    return choice or None


def focus_area_pills(config: Config, key: str) -> tuple[str, ...]:
    """Focus areas shown (several may be chosen); all when none is chosen."""
    chosen = st.pills(t("filter.focus_areas"), list(config.focus_area_ids),
                      format_func=lambda area: t(f"focus.{area}"), selection_mode="multi",
                      default=list(config.focus_area_ids), key=key, bind="query-params")
    return tuple(chosen) or config.focus_area_ids


def focus_area_select(config: Config, key: str) -> str | None:
    """One focus area or all."""
    choice = st.selectbox(t("filter.focus_area"), ["", *config.focus_area_ids],
                          format_func=lambda a: t(f"focus.{a}") if a else t("filter.all_focus_areas"),
                          key=key, bind="query-params")
    return choice or None
