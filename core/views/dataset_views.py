"""The Data page's tables in the reader's language: column titles from the metadata, codes as words."""

from __future__ import annotations

import pandas as pd
from pandas.api.types import is_bool_dtype, is_datetime64_any_dtype

from core.text.i18n import bilingual, focus_labels, text

# Columns whose values are codes with a label in content/strings.yaml: column -> key prefix.
CODED = {
    "status": "status",
    "partner_type": "partner_type",
    "activity_type": "activity_type",
    "relation": "relation",
    "qualifier": "value.qualifier",
    "value_status": "value.status",
    "kind": "project.aims.kind",
    "area_level": "area_level",
}
# Columns whose codes mean different things in different datasets: (dataset, column) -> key prefix.
CODED_IN = {("emissions", "sector"): "emission_sector", ("ets_plants", "sector"): "ets_sector"}
# The column that only names each row inside the package (a slug), left out of what readers see.
ROW_ID = {
    "workplaces": "workplace_id",
    "partners": "partner_id",
    "activities": "activity_id",
    "project": "project_id",
    "project_aims": "aim_id",
}
ISO_DATE = "%Y-%m-%d"
# Columns of SCB area codes, shown with the place's name ("Hofors (2104)"), so a search finds a place by name.
PLACE_COLUMNS = ("area_code", "municipality_code", "county_code")


def id_labels(indicators_meta: dict, figures_meta: dict, partners: pd.DataFrame, lang: str) -> dict:
    """What a reader sees for the package's ids: indicator and figure titles, partner names, focus areas."""
    return {
        "indicator": {i: bilingual(info["title"], lang) for i, info in indicators_meta["indicators"].items()},
        "figure_id": {f: bilingual(info["title"], lang) for f, info in figures_meta["figures"].items()},
        "partner_id": dict(zip(partners["partner_id"], partners["organisation"], strict=True)),
        "focus_area": focus_labels(lang),
    }


def place_labels(names: dict[str, str]) -> dict[str, str]:
    """Each area code with its place's name, as the Data page shows it: "Hofors (2104)"."""
    return {code: f"{name} ({code})" for code, name in names.items()}


def _shown(column: pd.Series, labels: dict, lang: str, coded: dict[str, str]) -> pd.Series:
    """One column as readers see it: labels for codes and ids, places by name, yes/no, ISO dates."""
    name = str(column.name)
    if name in PLACE_COLUMNS and "place" in labels:  # a code without a name stays as it is
        return column.map(lambda code: labels["place"].get(code, code), na_action="ignore")
    if name in labels:
        return column.map(labels[name]).where(column.notna())
    if name in coded:
        return column.map(lambda v: text(f"{coded[name]}.{v}", lang), na_action="ignore")
    if is_bool_dtype(column):
        return column.map(lambda v: text("value.yes" if v else "value.no", lang))
    if is_datetime64_any_dtype(column):
        return column.dt.strftime(ISO_DATE)
    return column


def readable(name: str, table: pd.DataFrame, meta: dict, labels: dict, lang: str) -> pd.DataFrame:
    """A dataset as readers see it: no row ids, codes and ids as words, column titles from the metadata."""
    shown = table.drop(columns=[ROW_ID[name]] if name in ROW_ID else [])
    coded = CODED | {column: prefix for (dataset, column), prefix in CODED_IN.items() if dataset == name}
    shown = shown.apply(lambda column: _shown(column, labels, lang, coded))
    titles = {c: bilingual(meta["columns"].get(c, {}).get("title"), lang) or c for c in shown.columns}
    return shown.rename(columns=titles)
