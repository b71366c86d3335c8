"""Emissions over time as lines: the region and its counties, or one place's industry and all sectors."""

from __future__ import annotations

import pandas as pd

from core.charts.series import TrendStyle
from core.config import Config
from core.data import transition
from core.text.i18n import text
from core.transition_config import TransitionSettings
from core.views.trend_views import Line, Measure

UNIT = "t_co2e"


def trend_style(config: Config, settings: TransitionSettings, phone: bool) -> TrendStyle:
    """An emissions trend as wide as a page's map, lower on a phone."""
    height = settings.phone_plot_height if phone else settings.plot_height
    return TrendStyle(config.map.width, height, config.map.font_size)


def measure(meta: dict) -> Measure:
    """Emissions in tonnes, with the years this release does not have as gaps."""
    return Measure(
        UNIT, "trend.emissions_fell", "trend.emissions_rose", (), frozenset(meta.get("gaps") or ())
    )


def _values(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.rename(columns={"emissions_t": "value"})[["year", "value"]]


def region_lines(
    emissions: pd.DataFrame, counties: dict[str, str], settings: TransitionSettings, lang: str
) -> list[Line]:
    """The three counties together, then each county: industry's emissions by year."""
    region = transition.region_series(emissions)
    lines = [Line("NMS", text("transition.region", lang), settings.region_colour, _values(region))]
    return lines + [
        Line(
            code,
            name,
            settings.county_colours[code],
            _values(transition.industrial_emissions(emissions, [code])),
        )
        for code, name in counties.items()
    ]


def municipality_lines(
    emissions: pd.DataFrame, code: str, settings: TransitionSettings, lang: str
) -> list[Line]:
    """A municipality's emissions from industry and from all sectors together, by year."""
    own = emissions[emissions["area_code"].eq(code)]
    total = own.groupby("year", as_index=False)["emissions_t"].sum(min_count=1)
    industry = transition.industrial_emissions(emissions, [code])
    colour = settings.county_colours.get(code[:2], settings.region_colour)
    return [
        Line(code, text("emission_sector.industry", lang), colour, _values(industry)),
        Line(code, text("transition.all_sectors", lang), settings.region_colour, _values(total)),
    ]
