"""Compose the maps the pages show, as SVG: areas by indicator, sites, locator and activity maps."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from core.config import Config
from core.data import statuses
from core.data.queries import is_own
from core.maps import svg_map
from core.maps.map_layers import (
    bounds,
    lakes,
    outline_areas,
    own_key,
    site_keys,
    site_marks,
    subset,
    value_areas,
)
from core.maps.projection import Canvas
from core.svg.drawing import Drawing, Link
from core.svg.legend import WATER, Key, Legend, Scale
from core.text.i18n import text
from core.views import indicator_views, map_scales
from core.views.choices import MapChoice
from core.views.indicator_views import IndicatorLayer


@dataclass(frozen=True)
class Links:
    """Where a click on an area or on a site leads (by area code, or the site's municipality)."""

    area: Link
    site: Link


def canvas(config: Config, panel: bool = True) -> Canvas:
    """The drawing size and style for the reader's screen: a whole page's width, or a panel beside text."""
    settings = config.map
    if panel:
        width, height = settings.panel_width, settings.panel_height
    else:
        width, height = settings.width, settings.height
    return Canvas(
        width,
        height,
        settings.padding,
        settings.border_color,
        settings.font_size,
        settings.water_color,
        settings.water_line_color,
    )


def area_values(layer: IndicatorLayer, choice: MapChoice, config: Config, lang: str) -> pd.DataFrame:
    """Values per municipality or per county, with formatted text and the card each area shows."""
    values = layer.table
    counties = indicator_views.counties_table(config)
    names = dict(zip(counties["county_code"], counties["name"], strict=True))
    if choice.level == "county":
        additive = choice.indicator in config.additive_indicators
        values = statuses.county_values(values, counties, additive)
        values, names = values.assign(region=config.region_code), {config.region_code: config.region_name}
    values = indicator_views.with_value_text(values, layer.unit, layer.decimals, lang)
    group = "county_code" if choice.level == "municipality" else "region"
    return indicator_views.area_cards(values, layer.title, layer.year_text, names, group, lang)


@dataclass(frozen=True)
class MapParts:
    """What an indicator map draws: area values with cards, their layer, the geometry and the sites."""

    areas: pd.DataFrame
    layer: IndicatorLayer
    geo: dict[str, dict]
    sites: pd.DataFrame
    labels: dict[str, str]  # focus area -> its name


def _site_legend(
    sites: pd.DataFrame,
    config: Config,
    labels: dict[str, str],
    lang: str,
    *extra: Key,
    scale: Scale | None = None,
) -> Legend:
    note = text("map.legend.size", lang) if len(sites) else None
    own = (own_key(text("own.label", lang)),) if is_own(sites).any() else ()
    return Legend(scale, (*extra, *site_keys(sites, config, labels), *own), note)


def _absence_keys(shown: pd.DataFrame, config: Config, lang: str) -> tuple[Key, ...]:
    """Legend keys for white areas: 'no data', and 'no site in our register' (never zero)."""
    absent = statuses.statuses(shown).eq(statuses.NOT_IN_REGISTER)
    missing = shown["value"].isna()
    white = config.map.no_data_color
    keys = [("map.legend.no_data", (missing & ~absent).any()), ("map.legend.not_in_register", absent.any())]
    return tuple(Key(text(key, lang), white, "area") for key, shown_key in keys if shown_key)


def _name_ranks(layer_geo: dict, key: str, sites: pd.DataFrame, config: Config) -> dict[str, int]:
    """Whose name comes first: 2 always, 1 before the others.

    Always: the county seats, and on a county's own map every municipality drawn (the reader chose them).
    Before the others: those with a site of the register on the map.
    """
    if key != "municipality_code":
        return {}
    drawn = {feature["properties"][key] for feature in layer_geo["features"]}
    whole_region = len({code[:2] for code in drawn}) > 1
    always = set(config.map.county_seats) & drawn if whole_region else drawn
    first = set(sites["municipality_code"]) & drawn if "municipality_code" in sites else set()
    return {code: 2 if code in always else 1 for code in always | first}


def indicator_map(parts: MapParts, choice: MapChoice, config: Config, lang: str, links: Links) -> Drawing:
    """Municipalities or counties filled by value, with the register's sites on top; a county zooms in."""
    level, county, layer, geo, sites = choice.level, choice.county, parts.layer, parts.geo, parts.sites
    key = "municipality_code" if level == "municipality" else "county_code"
    layer_geo = geo["municipalities"] if level == "municipality" else geo["counties"]
    counties_geo = geo["counties"]
    if county:
        layer_geo = subset(layer_geo, "county_code", {county})
        counties_geo = subset(counties_geo, "county_code", {county})
    shown = parts.areas[parts.areas[key].isin({f["properties"][key] for f in layer_geo["features"]})]
    water = lakes(counties_geo)
    lake = Key(text("map.legend.water", lang), WATER, "area")
    extra = (*_absence_keys(shown, config, lang), *((lake,) if water else ()))
    classes, legend_scale = map_scales.scale(shown["value"], layer, config, lang)
    legend = _site_legend(sites, config, parts.labels, lang, *extra, scale=legend_scale)
    return svg_map.render(
        value_areas(
            layer_geo, shown, key, classes, config.map, links.area, _name_ranks(layer_geo, key, sites, config)
        ),
        site_marks(sites, config, links.site),
        legend,
        bounds(layer_geo),
        canvas(config, panel=False),
        f"{text('map.title', lang)}: {layer.title}, {layer.year_text}",
        water,
        all_names=bool(county),
    )


def overview_map(
    geo_counties: dict, sites: pd.DataFrame, config: Config, labels: dict[str, str], lang: str, links: Links
) -> Drawing:
    """The three counties as outlines with the register's sites."""
    return svg_map.render(
        outline_areas(geo_counties, "county_code", {}, config.map, links.area),
        site_marks(sites, config, links.site),
        _site_legend(sites, config, labels, lang),
        bounds(geo_counties),
        canvas(config),
        text("overview.map_heading", lang),
        lakes(geo_counties),
        all_names=True,
    )


def locator_map(
    geo_municipalities: dict,
    code: str,
    name: str,
    sites: pd.DataFrame,
    config: Config,
    labels: dict[str, str],
    lang: str,
    links: Links,
) -> Drawing:
    """The chosen municipality filled within its county, with its sites; the others open their profiles."""
    county_geo = subset(geo_municipalities, "county_code", {code[:2]})
    highlight = config.charts.highlight_color
    chosen = Key(name, highlight, "area")
    return svg_map.render(
        outline_areas(county_geo, "municipality_code", {code: highlight}, config.map, links.area),
        site_marks(sites, config, links.site),
        _site_legend(sites, config, labels, lang, chosen),
        bounds(county_geo),
        canvas(config),
        text("municipality.locator", lang),
        all_names=True,
    )
