"""The Transition page's map: industrial emissions or their change per municipality, with the ETS plants."""

from __future__ import annotations

import math

import pandas as pd

from core.config import Config
from core.data import queries, transition
from core.maps import svg_map
from core.maps.classes import Classes, classify
from core.maps.map_layers import bounds, lakes, subset, value_areas
from core.maps.svg_map import Mark
from core.svg.drawing import Drawing, Link
from core.svg.legend import Key, Legend, Scale
from core.text import format as fmt
from core.text.i18n import text
from core.transition_config import TransitionSettings
from core.views.map_scales import change_classes, change_labels
from core.views.map_views import canvas

MODES = ("level", "change")  # industrial emissions in the newest year, or their change since the base year


def area_values(
    emissions: pd.DataFrame, municipalities: pd.DataFrame, mode: str, base_year: int, lang: str
) -> tuple[pd.DataFrame, int]:
    """Per municipality: value (tonnes, or percent change), its text and card; and the newest year."""
    last = int(emissions["year"].max())
    change = transition.emissions_change(emissions, since=base_year, until=last)
    table = municipalities.merge(change, left_on="municipality_code", right_on="area_code", how="left")
    value = table["change_pct"] if mode == "change" else table["value_now"]
    cards = [
        (
            name,
            text("transition.card_level", lang, year=last, value=fmt.quantity(now, "tonnes", lang)),
            text("transition.card_change", lang, since=base_year, value=fmt.number(pct, lang))
            if not pd.isna(pct)
            else text("transition.card_no_change", lang, since=base_year),
        )
        for name, now, pct in zip(table["name"], table["value_now"], table["change_pct"], strict=True)
    ]
    return table.assign(value=value, card=cards), last


def drawn_plants(plants: pd.DataFrame) -> pd.DataFrame:
    """The plants the map draws: those with a place and verified emissions above zero in the newest year.

    A plant without emissions that year (closed, out of the scheme, or a reported zero) is in the table,
    not on a map of where the emissions are.
    """
    return plants[plants["lat"].notna() & plants["lon"].notna() & plants["value_now"].gt(0)]


def _plant_card(row: object, years: tuple[int, int], lang: str) -> tuple[str, ...]:
    first, last = years
    change = row.change_pct
    return (
        row.name,
        row.operator,
        text(f"ets_sector.{row.sector}", lang),
        text("transition.plant_year", lang, year=first, value=fmt.quantity(row.value_then, "tonnes", lang)),
        text("transition.plant_year", lang, year=last, value=fmt.quantity(row.value_now, "tonnes", lang)),
        "" if pd.isna(change) else text("transition.plant_change", lang, value=fmt.number(change, lang)),
    )


def plant_marks(
    plants: pd.DataFrame, settings: TransitionSettings, colours: dict[str, str], lang: str, link: Link
) -> list[Mark]:
    """A circle per drawn plant, sized by the root of its newest verified emissions, coloured by sector."""
    drawn = drawn_plants(plants).sort_values("value_now", ascending=False)
    largest = max(float(drawn["value_now"].max()), 1.0) if len(drawn) else 1.0
    span = settings.plant_max - settings.plant_min
    return [
        Mark(
            row.lon,
            row.lat,
            settings.plant_min + span * math.sqrt(float(row.value_now) / largest),
            colours[row.sector],
            "circle",
            _plant_card(row, settings.plant_years, lang),
            link(row.municipality_code),
        )
        for row in drawn.itertuples()
    ]


def _scale(
    values: pd.Series, mode: str, config: Config, settings: TransitionSettings, lang: str
) -> tuple[Classes, Scale | None]:
    if mode == "change":
        classes = change_classes(settings)
        steps = tuple(zip((c.colour for c in classes.classes), change_labels(classes, lang), strict=True))
        return classes, Scale(text("transition.change_unit", lang, since=settings.base_year), steps)
    classes = classify(list(values.dropna()), settings.level_scale, config.map.classes)
    labels = classes.labels(lambda value: fmt.number(value, lang))
    steps = tuple(zip((c.colour for c in classes.classes), labels, strict=True))
    return classes, Scale(fmt.unit_label("t_co2e", lang), steps) if steps else None


def emissions_map(
    emissions: pd.DataFrame,
    plants: pd.DataFrame,
    geo: dict[str, dict],
    config: Config,
    settings: TransitionSettings,
    choice: tuple[str, str | None],
    lang: str,
    link: Link,
) -> tuple[Drawing, pd.DataFrame]:
    """The map for choice (mode, county or None) and the values it shows, one row per municipality."""
    mode, county = choice
    shapes = geo["municipalities"] if not county else subset(geo["municipalities"], "county_code", {county})
    municipalities = queries.municipalities_table(shapes)
    values, last = area_values(emissions, municipalities, mode, settings.base_year, lang)
    classes, scale = _scale(values["value"], mode, config, settings, lang)
    shown = plants[plants["county_code"].eq(county)] if county else plants
    colours = {sector.id: sector.color for sector in config.ets_sectors}
    keys = [
        Key(text(f"ets_sector.{s.id}", lang), s.color, "circle")
        for s in config.ets_sectors
        if s.id in set(shown["sector"])
    ]
    if values["value"].isna().any():
        keys.append(Key(text("map.legend.no_data", lang), config.map.no_data_color, "area"))
    note = text(
        "transition.plant_size",
        lang,
        year=settings.plant_years[1],
        drawn=len(drawn_plants(shown)),
        total=len(shown),
    )
    legend = Legend(scale, tuple(keys), note)
    title = text(f"transition.map_title.{mode}", lang, year=last, since=settings.base_year)
    drawing = svg_map.render(
        value_areas(shapes, values, "municipality_code", classes, config.map, link),
        plant_marks(shown, settings, colours, lang, link),
        legend,
        bounds(shapes),
        canvas(config, panel=False),
        title,
        lakes(shapes),
        all_names=bool(county),
    )
    return drawing, values
