"""Colour classes of an indicator map: its legend scale, and every area's value ranked beside the map."""

from __future__ import annotations

import math

import pandas as pd

from core.config import Config
from core.data import statuses
from core.maps.classes import Classes, ColourClass, classify
from core.svg.legend import Scale
from core.text import format as fmt
from core.text.i18n import text
from core.transition_config import TransitionSettings, transition_settings
from core.views.indicator_views import IndicatorLayer


def scale(
    values: pd.Series, layer: IndicatorLayer, config: Config, lang: str
) -> tuple[Classes, Scale | None]:
    """The colour classes of the values shown and the legend that explains them (None without values)."""
    if layer.diverging:
        classes = change_classes(transition_settings())
        steps = tuple(zip((c.colour for c in classes.classes), change_labels(classes, lang), strict=True))
        return classes, Scale(fmt.unit_label(layer.unit, lang), steps, layer.scale_note or None)
    classes = classify(
        list(values.dropna()), config.map.choropleth_scale, config.map.classes, layer.strong_low
    )
    if not classes.classes:
        return classes, None
    labels = classes.labels(lambda value: fmt.number(value, lang, layer.decimals))
    steps = tuple(zip((c.colour for c in classes.classes), labels, strict=True))
    return classes, Scale(fmt.unit_label(layer.unit, lang), steps, layer.scale_note or None)


def ranking(
    values: pd.DataFrame, layer: IndicatorLayer, config: Config, lang: str
) -> tuple[tuple[str, str, str], ...]:
    """(name, value, class colour) of areas with a value, strongest colour first (unit: the legend's)."""
    classes, _ = scale(values["value"], layer, config, lang)
    known = values[values["value"].notna()].sort_values("value", ascending=layer.strong_low, kind="stable")
    rough = statuses.statuses(known).eq("approximate")
    about = text("qualifier.about_short", lang)
    return tuple(
        (name, about * bool(r) + fmt.number(value, lang, layer.decimals), classes.colour_of(float(value)))
        for name, value, r in zip(known["name"], known["value"], rough, strict=True)
    )


def change_classes(settings: TransitionSettings) -> Classes:
    """Fixed classes of change in percent around zero, blue for a fall and red for a rise."""
    edges = (-math.inf, *settings.change_bounds, math.inf)
    colours = settings.change_scale
    bounds = zip(edges[:-1], edges[1:], colours, strict=True)
    return Classes(tuple(ColourClass(low, high, colour) for low, high, colour in bounds))


def change_labels(classes: Classes, lang: str) -> tuple[str, ...]:
    """'under −50 %', '−50 till −25 %', …, 'över 50 %'."""
    first, *middle, last = classes.classes
    return (
        text("transition.below", lang, value=fmt.number(first.high, lang)),
        *(
            text("transition.between", lang, low=fmt.number(c.low, lang), high=fmt.number(c.high, lang))
            for c in middle
        ),
        text("transition.above", lang, value=fmt.number(last.low, lang)),
    )
