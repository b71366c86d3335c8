"""Load config.yaml into frozen dataclasses and fail fast on bad values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from core.svg.fills import PATTERNS
from core.svg.legend import SYMBOLS

ROOT = Path(__file__).resolve().parents[1]
CONFIG_PATH = ROOT / "config.yaml"
HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class ConfigError(ValueError):
    """config.yaml is missing a value or holds an invalid one."""


@dataclass(frozen=True)
class County:
    """One county of the region."""

    code: str
    name: str


@dataclass(frozen=True)
class FocusArea:
    """One focus area: its colour, bar-chart pattern, map symbol and SNI 2007 divisions."""

    id: str
    color: str
    pattern: str
    symbol: str
    sni: tuple[str, ...]


@dataclass(frozen=True)
class EtsSector:
    """Our sector of an EU ETS plant: the focus area it counts towards (None: energy supply), colour."""

    id: str
    focus_area: str | None
    color: str


@dataclass(frozen=True)
class MapSettings:
    """How maps are drawn."""

    width: int
    height: int
    panel_width: int
    panel_height: int
    phone_width: int
    phone_height: int
    padding: float
    font_size: float
    marker_min: float
    marker_max: float
    marker_missing: float
    classes: int
    choropleth_scale: tuple[str, ...]
    no_data_color: str
    water_color: str
    water_line_color: str
    border_color: str
    county_seats: tuple[str, ...] = ()  # municipality codes always named on a map


@dataclass(frozen=True)
class ChartSettings:
    """How bar charts are drawn (their width and type size are the map's)."""

    bar_height: float
    row_gap: float
    label_share: float
    label_lines: int
    text_color: str
    highlight_color: str
    muted_color: str


@dataclass(frozen=True)
class Config:
    """The app's behaviour, as read from config.yaml."""

    default_language: str
    languages: tuple[str, ...]
    region_code: str
    region_name: str
    counties: tuple[County, ...]
    focus_areas: tuple[FocusArea, ...]
    map: MapSettings
    charts: ChartSettings
    default_municipality: str
    default_indicator: str
    additive_indicators: tuple[str, ...]
    register_indicators: tuple[str, ...]
    dependency_threshold: int
    headline_figures: tuple[str, ...]
    data_rows_shown: int
    ets_sectors: tuple[EtsSector, ...] = ()

    @property
    def county_codes(self) -> tuple[str, ...]:
        """County codes in display order."""
        return tuple(county.code for county in self.counties)

    @property
    def focus_area_ids(self) -> tuple[str, ...]:
        """Focus-area ids in display order."""
        return tuple(area.id for area in self.focus_areas)


def _map_settings(raw: dict) -> MapSettings:
    marker = raw["marker_size"]
    return MapSettings(
        width=int(raw["width"]),
        height=int(raw["height"]),
        panel_width=int(raw["panel_width"]),
        panel_height=int(raw["panel_height"]),
        phone_width=int(raw["phone_width"]),
        phone_height=int(raw["phone_height"]),
        padding=float(raw["padding"]),
        font_size=float(raw["font_size"]),
        marker_min=float(marker["min"]),
        marker_max=float(marker["max"]),
        marker_missing=float(marker["missing"]),
        classes=int(raw["classes"]),
        choropleth_scale=tuple(raw["choropleth_scale"]),
        no_data_color=raw["no_data_color"],
        water_color=raw["water_color"],
        water_line_color=raw["water_line_color"],
        border_color=raw["border_color"],
        county_seats=tuple(str(code) for code in raw.get("county_seats", ())),
    )


def parse_config(raw: dict) -> Config:
    """Build a Config from the parsed YAML, raising ConfigError on bad values."""
    try:
        config = Config(
            default_language=raw["default_language"],
            languages=tuple(raw["languages"]),
            region_code=str(raw["region"]["code"]),
            region_name=raw["region"]["name"],
            counties=tuple(County(str(c["code"]), c["name"]) for c in raw["counties"]),
            focus_areas=tuple(
                FocusArea(a["id"], a["color"], a["pattern"], a["symbol"], tuple(str(s) for s in a["sni"]))
                for a in raw["focus_areas"]
            ),
            map=_map_settings(raw["map"]),
            charts=ChartSettings(**raw["charts"]),
            default_municipality=str(raw["default_municipality"]),
            default_indicator=raw["default_indicator"],
            additive_indicators=tuple(raw["additive_indicators"]),
            register_indicators=tuple(raw["register_indicators"]),
            dependency_threshold=int(raw["dependency_threshold"]),
            headline_figures=tuple(raw["headline_figures"]),
            data_rows_shown=int(raw["data_rows_shown"]),
            ets_sectors=tuple(EtsSector(**sector) for sector in raw.get("ets_sectors", [])),
        )
    except (KeyError, TypeError) as error:
        raise ConfigError(f"{CONFIG_PATH.name}: missing or malformed setting {error}") from error
    _check(config)
    return config


def _check(config: Config) -> None:
    if config.default_language not in config.languages:
        raise ConfigError(f"default_language {config.default_language!r} is not in languages")
    settings = config.map
    colours = [a.color for a in config.focus_areas] + [settings.no_data_color, *settings.choropleth_scale]
    colours += [settings.water_color, settings.water_line_color, *(s.color for s in config.ets_sectors)]
    colours += [config.charts.text_color, config.charts.highlight_color, config.charts.muted_color]
    bad = [colour for colour in colours if not HEX_COLOUR.match(colour)]
    if bad:
        raise ConfigError(f"colours must be #RRGGBB, got {bad}")
    if not 1 <= settings.classes <= len(settings.choropleth_scale):
        raise ConfigError(f"map.classes must be 1–{len(settings.choropleth_scale)}, got {settings.classes}")
    unknown = [area.symbol for area in config.focus_areas if area.symbol not in SYMBOLS]
    if unknown:
        raise ConfigError(f"focus-area symbols must be one of {SYMBOLS}, got {unknown}")
    if any(area.pattern not in PATTERNS for area in config.focus_areas):
        raise ConfigError(f"focus-area patterns must be one of {tuple(PATTERNS)}")
    for label, values in (("county codes", config.county_codes), ("focus areas", config.focus_area_ids)):
        if len(set(values)) != len(values):
            raise ConfigError(f"{label} must be unique: {values}")


@cache
def load_config(path: Path = CONFIG_PATH) -> Config:
    """Read and check config.yaml once per process."""
    return parse_config(yaml.safe_load(path.read_text(encoding="utf-8")))
