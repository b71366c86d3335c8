"""Filter widgets shared by pages; each returns the chosen code and keeps it in the URL."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from components.shell import datasets, url_state
from components.shell.i18n import lang, t
from core.config import Config
from core.data import queries
from core.text.i18n import bilingual
from core.views import indicator_views
from core.views.map_page import MapChoice


def county_select(config: Config, key: str, label_key: str = "filter.county") -> str | None:
    """One county or all."""
    names = {county.code: county.name for county in config.counties}
    choice = url_state.select(
        t(label_key), ["", *names], key=key, format_func=lambda c: names.get(c) or t("filter.all_counties")
    )
    return choice or None


def partner_select(partners: pd.DataFrame, key: str) -> str | None:
    """One project partner or all."""
    names = dict(zip(partners["partner_id"], partners["organisation"], strict=True))
    choice = url_state.select(
        t("project.partner"),
        ["", *names],
        key=key,
        format_func=lambda p: names.get(p) or t("project.all_partners"),
    )
    return choice or None


def focus_area_pills(config: Config, key: str) -> tuple[str, ...]:
    """Focus areas shown (several may be chosen); all when none is chosen."""
    chosen = url_state.pills(
        t("filter.focus_areas"),
        list(config.focus_area_ids),
        key=key,
        format_func=lambda area: t(f"focus.{area}"),
    )
    return tuple(chosen) or config.focus_area_ids


def focus_area_select(config: Config, key: str) -> str | None:
    """One focus area or all."""
    choice = url_state.select(
        t("filter.focus_area"),
        ["", *config.focus_area_ids],
        key=key,
        format_func=lambda a: t(f"focus.{a}") if a else t("filter.all_focus_areas"),
    )
    return choice or None


def map_controls(
    catalogue: dict, indicators: pd.DataFrame, config: Config, compact: bool, label: str | None = None
) -> MapChoice:
    """The map page's filters as buttons; compact, they fold into one button (named label, else the view)."""
    if not compact:
        return _map_filters(catalogue, indicators, config)
    name = label or _view_label(catalogue, indicators, config)
    with st.popover(name, width="content" if label else "stretch", key="map_view"):
        return _map_filters(catalogue, indicators, config)


def _view_label(catalogue: dict, indicators: pd.DataFrame, config: Config) -> str:
    """The current view in a few words, read before the widgets are drawn: indicator · year · county."""
    indicator = url_state.current("indicator", list(catalogue), config.default_indicator)
    years = indicator_views.years_of(indicators, indicator, config)
    year = url_state.current("year", years, years[0])
    county = url_state.current("county", ["", *config.county_codes], "")
    names = {c.code: c.name for c in config.counties}
    when = indicator_views.year_label(year, catalogue[indicator], lang())
    parts = [bilingual(catalogue[indicator]["title"], lang()), when]
    return " · ".join([*parts, names.get(county) or t("filter.all_counties")])


def _belongs(key: str, options: list) -> None:
    """A year or level chosen for another indicator falls back to this one's default (never 'None')."""
    if key in st.session_state and st.session_state[key] not in options:
        del st.session_state[key]
        st.query_params.pop(key, None)


def _indicator_label(catalogue: dict, indicators: pd.DataFrame, config: Config) -> Callable[[str], str]:
    """An indicator's title, with the part of the region it covers when it does not cover all of it."""
    municipalities = queries.municipalities_table(datasets.geojson("municipalities"))

    def label(indicator: str) -> str:
        title = bilingual(catalogue[indicator]["title"], lang())
        where = indicator_views.coverage_label(indicators, municipalities, indicator, config, lang())
        return f"{title} {where}".strip()

    return label


def _map_filters(catalogue: dict, indicators: pd.DataFrame, config: Config) -> MapChoice:
    indicator = url_state.segmented(
        t("map.indicator"),
        list(catalogue),
        key="indicator",
        default=config.default_indicator,
        format_func=_indicator_label(catalogue, indicators, config),
        as_pills=True,
    )
    years = indicator_views.years_of(indicators, indicator, config)
    levels = indicator_views.levels_of(indicator, config)
    _belongs("year", years)
    _belongs("level", levels)
    names = {county.code: county.name for county in config.counties}
    year = url_state.segmented(
        t("map.year"),
        years,
        key="year",
        disabled=len(years) < 2,
        format_func=lambda y: indicator_views.year_label(y, catalogue[indicator], lang()),
        as_pills=True,
    )
    level = url_state.segmented(
        t("map.level"),
        levels,
        key="level",
        format_func=lambda v: t(f"map.level.{v}"),
        as_pills=True,
    )
    if len(levels) == 1:
        st.caption(t("map.no_county_level"))
    county = url_state.segmented(
        t("filter.county"),
        ["", *names],
        key="county",
        format_func=lambda c: names.get(c) or t("filter.all_counties"),
        as_pills=True,
    )
    return MapChoice(indicator, year, level, county or None, focus_area_pills(config, key="focus"))
