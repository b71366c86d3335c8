"""Settings of the Transition page and the compare-over-time explorer, read from config.yaml once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from core.config import CONFIG_PATH, HEX_COLOUR, ConfigError


@dataclass(frozen=True)
class TransitionSettings:
    """How the transition is measured and drawn."""

    base_year: int
    plant_years: tuple[int, int]
    no_news_months: int
    plot_height: int
    phone_plot_height: int
    region_colour: str
    county_colours: dict[str, str]
    level_scale: tuple[str, ...]
    change_bounds: tuple[float, ...]
    change_scale: tuple[str, ...]
    plant_min: float
    plant_max: float
    status_colours: dict[str, str]
    compare_most: int
    compare_start: int
    compare_height: int
    compare_colours: tuple[str, ...]


def _colours(values: list[str], where: str) -> tuple[str, ...]:
    bad = [value for value in values if not HEX_COLOUR.match(str(value))]
    if bad:
        raise ConfigError(f"config.yaml: transition.{where} has {bad}, which are not colours like #1A2B3C.")
    return tuple(values)


def _settings(raw: dict, compare: dict) -> TransitionSettings:
    bounds, scale = (
        tuple(float(b) for b in raw["change_bounds"]),
        _colours(raw["change_scale"], "change_scale"),
    )
    if len(scale) != len(bounds) + 1 or list(bounds) != sorted(bounds):
        raise ConfigError("config.yaml: transition.change_scale needs one colour more than change_bounds.")
    first, last = raw["plant_years"]
    return TransitionSettings(
        base_year=int(raw["base_year"]),
        plant_years=(int(first), int(last)),
        no_news_months=int(raw["no_news_months"]),
        plot_height=int(raw["plot_height"]),
        phone_plot_height=int(raw["phone_plot_height"]),
        region_colour=_colours([raw["region_colour"]], "region_colour")[0],
        county_colours=dict(
            zip(
                raw["county_colours"],
                _colours(list(raw["county_colours"].values()), "county_colours"),
                strict=True,
            )
        ),
        level_scale=_colours(raw["level_scale"], "level_scale"),
        change_bounds=bounds,
        change_scale=scale,
        plant_min=float(raw["plant_size"]["min"]),
        plant_max=float(raw["plant_size"]["max"]),
        status_colours=dict(
            zip(
                raw["status_colours"],
                _colours(list(raw["status_colours"].values()), "status_colours"),
                strict=True,
            )
        ),
        compare_most=int(compare["most"]),
        compare_start=int(compare["start"]),
        compare_height=int(compare["height"]),
        compare_colours=_colours(compare["colours"], "compare.colours"),
    )


@cache
def transition_settings(path: Path = CONFIG_PATH) -> TransitionSettings:
    """The transition section of config.yaml, checked."""
    with path.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    return _settings(raw["transition"], raw["compare"])
