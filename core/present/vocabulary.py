"""The values a link may name, from the data: codes, indicator ids, years with data, partners, datasets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from core.config import load_config
from core.data import catalogue, derived, queries, upload
from core.data.loading import DATA_DIR, load, load_geojson, load_meta
from core.data.transition_schemas import EMISSION_SECTORS
from core.text.i18n import bilingual, focus_labels, text
from core.transition_config import transition_settings
from core.views import indicator_views
from core.views.transition_map import MODES as EMISSIONS_VIEWS

LEVELS = ("municipality", "county")  # the map's levels
SECTIONS = ("datasets", "upload")  # the Data page's two parts
MEASURES = ("employees", "sites")  # the focus-area page's county chart
COMPARE_CHARTS = ("picture", "interactive")  # the compare page's lines: the app's own picture, or plotly's


@dataclass(frozen=True)
class Vocabulary:
    """Allowed values (value -> name shown in a fix) per kind of parameter, and years per indicator."""

    values: dict[str, dict[str, str]]
    years: dict[str, tuple[int, ...]]
    default_indicator: str


def vocabulary(data_dir: Path = DATA_DIR) -> Vocabulary:
    """Everything a talk's links may name, read from the validated data and config.yaml."""
    config = load_config()
    table = queries.municipalities_table(load_geojson("municipalities", data_dir))
    emissions = load("emissions", data_dir)
    indicators = pd.concat(
        [
            load("indicators", data_dir),
            derived.emission_indicators(emissions, transition_settings().base_year),
        ]
    )
    partners = load("partners", data_dir)
    metas = (load_meta(name, data_dir) for name in ("indicators", "workplaces"))
    ids = indicator_views.indicator_catalogue(*metas, config, load_meta("emissions", data_dir))
    years = {
        indicator: tuple(y for y in indicator_views.years_of(indicators, indicator, config) if y is not None)
        for indicator in ids
    }
    return Vocabulary(
        values={
            "county": {county.code: county.name for county in config.counties},
            "municipality": dict(zip(table["municipality_code"], table["name"], strict=True)),
            "indicator": {indicator: indicator for indicator in ids},
            "focus": {area: area for area in config.focus_area_ids},
            "partner": dict(zip(partners["partner_id"], partners["organisation"], strict=True)),
            "dataset": {name: name for name in catalogue.DATASETS},
            "level": {level: level for level in LEVELS},
            "measure": {measure: measure for measure in MEASURES},
            "emissions_view": {view: view for view in EMISSIONS_VIEWS},
            "emission_sector": {
                "all": "all",
                **{s: s for s in load_meta("emissions", data_dir).get("sectors", {})},
            },
            "compare_chart": {chart: chart for chart in COMPARE_CHARTS},
            "section": {section: section for section in SECTIONS},
            "upload": {kind: kind for kind in upload.KINDS},
        },
        years=years,
        default_indicator=config.default_indicator,
    )


def view_names(
    catalogue: dict,
    municipalities: pd.DataFrame,
    partners: pd.DataFrame,
    dataset_titles: dict[str, str],
    lang: str,
) -> dict[str, dict[str, str]]:
    """What each parameter value is called in the reader's language, to name a view in words."""
    config = load_config()
    return {
        "county": {county.code: county.name for county in config.counties},
        "municipality": dict(zip(municipalities["municipality_code"], municipalities["name"], strict=True)),
        "indicator": {indicator: bilingual(info["title"], lang) for indicator, info in catalogue.items()},
        "focus": focus_labels(lang),
        "partner": dict(zip(partners["partner_id"], partners["organisation"], strict=True)),
        "dataset": dataset_titles,
        "level": {level: text(f"map.level.{level}", lang) for level in LEVELS},
        "measure": {measure: text(f"focus.measure.{measure}", lang) for measure in MEASURES},
        "emissions_view": {view: text(f"transition.mode.{view}", lang) for view in EMISSIONS_VIEWS},
        "emission_sector": {"all": text("transition.all_sectors", lang)}
        | {s: text(f"emission_sector.{s}", lang) for s in EMISSION_SECTORS},
        "compare_chart": {chart: text(f"compare.chart.{chart}", lang) for chart in COMPARE_CHARTS},
        "section": {section: text(f"data.section.{section}", lang) for section in SECTIONS},
        "upload": {kind: text(f"upload.kind.{kind}", lang) for kind in upload.KINDS},
    }
