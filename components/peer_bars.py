"""The profile's comparison chart: a municipality among the others of its county, as SVG bars."""

from __future__ import annotations

import pandas as pd

from components.device import config_for
from components.url_state import href
from core.charts import bar_charts, bars
from core.maps.svg_map import Drawing
from core.text.i18n import text


def drawing(
    values: pd.DataFrame,
    code: str,
    indicator: str,
    title: str,
    year: int | None,
    county: str,
    view: tuple[str, bool, bool],
) -> Drawing:
    """Bars of the county's municipalities for one indicator; each opens that profile on the same indicator.

    Args:
        values: name, municipality_code, value and value_text of the county's municipalities.
        code: the municipality shown.
        indicator: the indicator's id, kept by the links.
        title: the indicator's title in the reader's language.
        year: the year of the values (None for the register's newest figures).
        county: the county's name.
        view: the reader's language, presentation mode and whether the screen is a phone's.
    """
    language, present, phone = view

    def profile(kommun: str) -> str:
        return href("municipality", language, present, kommun=kommun, compare=indicator)

    when = year if year is not None else text("map.register_year", language)
    heading = text("charts.peer_title", language, indicator=title, county=county, year=when)
    chart = bars.style(config_for(phone))
    return bar_charts.peer_ranking(values, code, chart, heading, county, language, profile)
