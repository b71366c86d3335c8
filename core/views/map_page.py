"""The map page composed: from the reader's choice and screen to the picture, texts and tables it shows."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from core.config import Config
from core.data import chart_exports, queries
from core.data.chart_exports import Export
from core.present.links import href
from core.svg.drawing import Drawing
from core.text import summaries
from core.text.i18n import focus_labels, text
from core.views import indicator_views, map_scales, map_views, site_views
from core.views.choices import MapChoice, Screen
from core.views.indicator_views import IndicatorLayer, Tables

__all__ = ["MapChoice", "MapData", "MapView", "Screen", "map_view"]


@dataclass(frozen=True)
class MapData:
    """The data a map view is built from; own holds the visitor's uploaded sites (None: none)."""

    tables: Tables
    geo: dict[str, dict]
    workplaces_meta: dict
    own: pd.DataFrame | None = None


@dataclass(frozen=True)
class MapView:
    """Everything the map page shows for one choice."""

    drawing: Drawing
    title: str
    heading: str
    summary: str
    table: pd.DataFrame
    covered: int
    total: int
    sites_table: pd.DataFrame
    sites: int
    ranking: tuple[tuple[str, str, str], ...]
    export: Export


def _links(choice: MapChoice, screen: Screen) -> map_views.Links:
    """A municipality opens its profile; a county opens the map zoomed to it."""

    def profile(code: str) -> str:
        return href("municipality", screen.lang, screen.present, kommun=code)

    def county_map(code: str) -> str:
        link = {"indicator": choice.indicator, "year": choice.year, "county": code}
        return href("map", screen.lang, screen.present, **link)

    return map_views.Links(area=profile if choice.level == "municipality" else county_map, site=profile)


def _sites(choice: MapChoice, data: MapData, labels: dict[str, str], lang: str) -> pd.DataFrame:
    shown = queries.with_own(data.tables.workplaces, data.own)
    chosen = queries.active_sites(queries.filter_workplaces(shown, choice.selection))
    return site_views.site_labels(chosen, labels, lang)


def _heading(layer: IndicatorLayer, choice: MapChoice, config: Config, lang: str) -> str:
    names = {c.code: c.name for c in config.counties}
    place = names.get(choice.county or "") or text("filter.all_counties", lang)
    return text("map.heading", lang, title=layer.title, year=layer.year_text, place=place)


def map_view(choice: MapChoice, screen: Screen, data: MapData, config: Config, catalogue: dict) -> MapView:
    """The indicator map with the register's sites (and the visitor's own), its summary and tables."""
    lang = screen.lang
    info = catalogue[choice.indicator]
    layer = indicator_views.indicator_layer(data.tables, info, choice, config, lang)
    values = map_views.area_values(layer, choice, config, lang)
    labels = focus_labels(lang)
    sites = _sites(choice, data, labels, lang)
    parts = map_views.MapParts(values, layer, data.geo, sites, labels)
    drawing = map_views.indicator_map(parts, choice, config, lang, _links(choice, screen))
    shown = indicator_views.in_county(values, choice.county)
    names = {c.code: c.name for c in config.counties}
    area = text("export.by_county", lang) if choice.level == "county" else names.get(choice.county or "")
    return MapView(
        drawing=drawing,
        title=layer.title,
        heading=_heading(layer, choice, config, lang),
        summary=summaries.extremes_summary(shown, layer.title, info["unit"], info["decimals"], lang),
        table=indicator_views.values_table(shown, layer.title, lang),
        covered=int(shown["value"].notna().sum()),
        total=len(shown),
        sites_table=site_views.sites_table(sites, labels, data.workplaces_meta, lang),
        sites=len(sites),
        ranking=map_scales.ranking(shown, layer, config, lang),
        export=chart_exports.indicator_export(shown, info, choice.year, area, names, layer.strong_low, lang),
    )
