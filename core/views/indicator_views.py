"""Display tables for the map and profile pages: indicator values with labels and hover texts."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from core.config import Config
from core.data import queries
from core.text import format as fmt
from core.text.i18n import bilingual, text

PLURAL = {"municipality": "municipalities", "county": "counties"}  # level -> geometry dataset


@dataclass(frozen=True)
class IndicatorLayer:
    """An indicator's values per municipality with the labels the map needs."""

    table: pd.DataFrame  # municipality_code, county_code, name, value
    title: str
    unit: str
    decimals: int
    year_text: str
    source: str


def indicator_catalogue(indicators_meta: dict, workplaces_meta: dict, config: Config) -> dict:
    """Metadata per indicator id: the curated ones, then those computed from the register."""
    catalogue = dict(indicators_meta["indicators"])
    for indicator in config.register_indicators:
        catalogue[indicator] = {
            "title": {lang: text(f"indicator.{indicator}", lang) for lang in config.languages},
            "definition": {
                lang: text(f"indicator.{indicator}.definition", lang) for lang in config.languages
            },
            "unit": "workplaces" if indicator == "register_sites" else "persons",
            "decimals": 0,
            **{
                key: workplaces_meta[key]
                for key in ("source", "source_url", "license", "license_url", "years")
            },
        }
    return catalogue


def with_value_text(values: pd.DataFrame, unit: str, decimals: int, lang: str) -> pd.DataFrame:
    """Add value_text: the value with its unit, or 'no data'."""
    shown = [fmt.quantity(v, unit, lang, decimals) for v in values["value"]]
    return values.assign(value_text=shown)


def area_hover(values: pd.DataFrame, title: str, year_text: str, source: str, lang: str) -> pd.DataFrame:
    """Add the hover text of a map area: name, value, year and source."""
    hover = [
        text("map.hover_area", lang, name=name, title=title, value=value, year=year_text, source=source)
        for name, value in zip(values["name"], values["value_text"], strict=True)
    ]
    return values.assign(hover=hover)


def values_table(values: pd.DataFrame, title: str, lang: str) -> pd.DataFrame:
    """Area name and formatted value, missing shown as missing: the table beside a map."""
    return values[["name", "value_text"]].rename(
        columns={"name": text("column.area", lang), "value_text": title}
    )


def years_of(indicators: pd.DataFrame, indicator: str, config: Config) -> list[int | None]:
    """Years to choose from for an indicator; register indicators have none ([None])."""
    if indicator in config.register_indicators:
        return [None]
    return list(queries.indicator_years(indicators, indicator))


def counties_table(config: Config) -> pd.DataFrame:
    """County code and name in display order."""
    return pd.DataFrame([{"county_code": c.code, "name": c.name} for c in config.counties])


def in_county(values: pd.DataFrame, county: str | None) -> pd.DataFrame:
    """Rows of the chosen county, or all rows."""
    return values if not county else values[values["county_code"].eq(county)].reset_index(drop=True)


def indicator_layer(
    indicators: pd.DataFrame,
    workplaces: pd.DataFrame,
    municipalities: pd.DataFrame,
    info: dict,
    indicator: str,
    year: int | None,
    selection: queries.Selection,
    config: Config,
    lang: str,
) -> IndicatorLayer:
    """Values of a curated or register indicator with the labels a map needs."""
    if indicator in config.register_indicators:
        in_focus = queries.filter_workplaces(workplaces, queries.Selection(None, selection.focus_areas))
        source_rows = queries.register_values(in_focus, municipalities)
        values = queries.indicator_values(source_rows, municipalities, indicator, None)
        year_text = text("map.register_year", lang)
    else:
        values = queries.indicator_values(indicators, municipalities, indicator, year)
        year_text = str(year)
    return IndicatorLayer(
        table=values,
        title=bilingual(info["title"], lang),
        unit=info["unit"],
        decimals=int(info.get("decimals") or 0),
        year_text=year_text,
        source=bilingual(info["source"], lang),
    )


def indicators_with_value(indicators: pd.DataFrame, code: str) -> list[str]:
    """Curated indicators that have a value for the municipality, in file order."""
    rows = indicators[indicators["municipality_code"].eq(code) & indicators["value"].notna()]
    return list(dict.fromkeys(rows["indicator"]))


def profile_table(
    indicators: pd.DataFrame,
    workplaces: pd.DataFrame,
    municipalities: pd.DataFrame,
    catalogue: dict,
    code: str,
    config: Config,
    lang: str,
) -> pd.DataFrame:
    """Every indicator for one municipality beside the county and region medians."""
    register = queries.register_values(workplaces, municipalities)
    rows = []
    for indicator, info in catalogue.items():
        source = register if indicator in config.register_indicators else indicators
        years = years_of(indicators, indicator, config)
        values = queries.indicator_values(source, municipalities, indicator, years[0])
        comparison = queries.peer_comparison(values, code)
        unit, decimals = info["unit"], int(info.get("decimals") or 0)
        rows.append(
            {
                text("column.indicator", lang): bilingual(info["title"], lang),
                text("column.year", lang): str(years[0]) if years[0] else text("map.register_year", lang),
                text("column.value", lang): fmt.quantity(comparison["value"], unit, lang, decimals),
                text("column.county_median", lang): fmt.quantity(
                    comparison["county_median"], unit, lang, decimals
                ),
                text("column.region_median", lang): fmt.quantity(
                    comparison["region_median"], unit, lang, decimals
                ),
                text("column.coverage", lang): text(
                    "column.coverage_value", lang, covered=comparison["covered"], total=len(municipalities)
                ),
            }
        )
    return pd.DataFrame(rows)
