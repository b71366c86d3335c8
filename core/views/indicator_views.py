"""Display tables for the map and profile pages: indicator values with labels and hover texts."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from core.config import Config
from core.data import derived, queries, statuses
from core.text import format as fmt
from core.text.i18n import bilingual, text
from core.views.choices import MapChoice

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
    strong_low: bool = False  # the strongest colour marks the lowest values (metadata: strong_colour: low)
    scale_note: str = ""
    diverging: bool = False  # a change around zero: fixed classes, a fall and a rise in two hues


def worded(indicator: str, config: Config, **fields: object) -> dict:
    """An indicator's catalogue entry in the string file's words (title, definition) and the fields given."""
    return {
        "title": {lang: text(f"indicator.{indicator}", lang) for lang in config.languages},
        "definition": {lang: text(f"indicator.{indicator}.definition", lang) for lang in config.languages},
        **fields,
    }


def _derived(emissions_meta: dict, config: Config) -> dict:
    """Metadata of the indicators derived from the emissions (core.data.derived), in the dataset's words."""
    provenance = {key: emissions_meta.get(key) for key in ("source", "source_url", "license", "license_url")}
    return {
        indicator: worded(
            indicator,
            config,
            unit=unit,
            decimals=0,
            diverging=indicator == derived.CHANGE,
            years=emissions_meta.get("years"),
            **provenance,
        )
        for indicator, unit in zip(derived.DERIVED, ("tonnes", "percent"), strict=True)
    }


def indicator_catalogue(
    indicators_meta: dict, workplaces_meta: dict, config: Config, emissions_meta: dict | None = None
) -> dict:
    """Metadata per indicator id: the curated ones, those computed from the register, and from emissions."""
    catalogue = dict(indicators_meta["indicators"])
    catalogue.update(_derived(emissions_meta, config) if emissions_meta else {})
    for indicator in config.register_indicators:
        provenance = {
            k: workplaces_meta[k] for k in ("source", "source_url", "license", "license_url", "years")
        }
        unit = "workplaces" if indicator == "register_sites" else "persons"
        catalogue[indicator] = worded(indicator, config, unit=unit, decimals=0, **provenance)
    return catalogue


def with_value_text(values: pd.DataFrame, unit: str, decimals: int, lang: str) -> pd.DataFrame:
    """Add value_text: the value with its unit ('ca' when approximate), 'no data' or 'not in our register'."""
    status = statuses.statuses(values)
    shown = [
        fmt.shown_value(v, s, unit, lang, decimals) for v, s in zip(values["value"], status, strict=True)
    ]
    return values.assign(value_text=shown)


def area_cards(
    values: pd.DataFrame, title: str, year_text: str, group_names: dict[str, str], group: str, lang: str
) -> pd.DataFrame:
    """Add the card of each map area: name, its county (or region), value with unit and year, and rank."""
    ranked = queries.ranks(values, group)
    cards = []
    for row, (rank, among) in zip(values.itertuples(), ranked, strict=True):
        where = group_names.get(getattr(row, group), "")
        place = text("map.card_rank", lang, rank=rank, count=among, place=where) if rank else ""
        cards.append(
            (
                row.name,
                where if group == "county_code" else "",
                text("map.card_value", lang, title=title, value=row.value_text),
                text("map.card_year", lang, year=year_text),
                place,
            )
        )
    return values.assign(card=cards)


def values_table(values: pd.DataFrame, title: str, lang: str) -> pd.DataFrame:
    """Area name and formatted value, missing shown as missing: the table beside a map."""
    return values[["name", "value_text"]].rename(
        columns={"name": text("column.area", lang), "value_text": title}
    )


def year_label(year: int | None, info: dict, lang: str) -> str:
    """The year of a map or card: the chosen year (preliminary ones say so), or the register's years."""
    if year is not None:
        preliminary = year in (info.get("preliminary_years") or ())
        return text("year.preliminary", lang, year=year) if preliminary else str(year)
    years = info.get("years") or []
    return fmt.year_span([int(y) for y in years]) if years else text("map.register_year", lang)


def years_of(indicators: pd.DataFrame, indicator: str, config: Config) -> list[int | None]:
    """Years to choose from for an indicator; register indicators have none ([None])."""
    if indicator in config.register_indicators:
        return [None]
    return list(queries.indicator_years(indicators, indicator))


def levels_of(indicator: str, config: Config) -> list[str]:
    """Levels with data: counties only for an indicator whose county value is a sum of its municipalities."""
    return ["municipality", "county"] if indicator in config.additive_indicators else ["municipality"]


def coverage_label(
    indicators: pd.DataFrame, municipalities: pd.DataFrame, indicator: str, config: Config, lang: str
) -> str:
    """Where an indicator has values (newest year), if not everywhere: '(Värmland)', '(9 av 41 kommuner)'."""
    rows = indicators[indicators["indicator"].eq(indicator) & indicators["value"].notna()]
    if rows.empty:
        return ""
    codes = set(rows.loc[rows["year"].eq(rows["year"].max()), "municipality_code"])
    every = municipalities["municipality_code"]
    if len(codes) >= len(every):
        return ""
    for county in config.counties:
        if codes == set(every[municipalities["county_code"].eq(county.code)]):
            return text("map.covers_county", lang, county=county.name)
    return text("map.covers_some", lang, covered=len(codes), total=len(every))


def counties_table(config: Config) -> pd.DataFrame:
    """County code and name in display order."""
    return pd.DataFrame([{"county_code": c.code, "name": c.name} for c in config.counties])


def in_county(values: pd.DataFrame, county: str | None) -> pd.DataFrame:
    """Rows of the chosen county, or all rows."""
    return values if not county else values[values["county_code"].eq(county)].reset_index(drop=True)


@dataclass(frozen=True)
class Tables:
    """The tables an indicator layer is read from: curated indicators, the register, the municipalities."""

    indicators: pd.DataFrame
    workplaces: pd.DataFrame
    municipalities: pd.DataFrame


def indicator_layer(
    tables: Tables, info: dict, choice: MapChoice, config: Config, lang: str
) -> IndicatorLayer:
    """Values of a curated or register indicator with the labels a map needs."""
    if choice.indicator in config.register_indicators:
        in_focus = queries.filter_workplaces(tables.workplaces, queries.Selection(None, choice.focus_areas))
        source_rows = statuses.register_values(in_focus, tables.municipalities)
        values = queries.indicator_values(source_rows, tables.municipalities, choice.indicator, None)
        year_text = year_label(None, info, lang)
    else:
        values = queries.indicator_values(
            tables.indicators, tables.municipalities, choice.indicator, choice.year
        )
        year_text = str(choice.year)
    return IndicatorLayer(
        table=values,
        title=bilingual(info["title"], lang),
        unit=info["unit"],
        decimals=int(info.get("decimals") or 0),
        year_text=year_text,
        source=bilingual(info["source"], lang),
        strong_low=info.get("strong_colour") == "low",
        scale_note=bilingual(info.get("scale_note"), lang),
        diverging=bool(info.get("diverging")),
    )
