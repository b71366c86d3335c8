"""What each chart and map offers to download: its table of numbers and a file name saying what it holds."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from core.data.exports import csv_bytes, file_name, headers, values_table
from core.text.i18n import bilingual, text


@dataclass(frozen=True)
class Export:
    """A figure's figures as a table (headers in the reader's language), its title, area and year."""

    table: pd.DataFrame
    title: str
    area: str | None
    year: int | None

    def files(self, lang: str) -> list[tuple[str, bytes]]:
        """(file name, bytes): plain CSV, then the Excel variant (BOM, semicolons, decimal commas in sv)."""
        return [
            (file_name(self.title, self.area, self.year, lang, excel), csv_bytes(self.table, lang, excel))
            for excel in (False, True)
        ]


def indicator_export(
    values: pd.DataFrame,
    info: dict,
    year: int | None,
    area: str | None,
    counties: dict[str, str],
    strong_low: bool,
    lang: str,
) -> Export:
    """An indicator map's values, in the order of the values written beside it (strongest colour first)."""
    table = values_table(values, info, year, counties, lang, by="value", descending=not strong_low)
    return Export(table, bilingual(info["title"], lang), area, year)


MEASURE_UNITS = {"employees": "persons", "sites": "workplaces", "tonnes": "t_co2e"}  # a county chart's unit


def county_table(
    summary: pd.DataFrame,
    measure: str,
    county_names: dict[str, str],
    focus_labels: dict[str, str],
    meta: dict,
    lang: str,
) -> pd.DataFrame:
    """Sites or employees per county and focus area as numbers, counties in display order as in the chart."""
    order = {code: i for i, code in enumerate(county_names)}
    areas = {area: i for i, area in enumerate(focus_labels)}
    rows = summary.sort_values(
        ["county_code", "focus_area"], key=lambda c: c.map(order if c.name == "county_code" else areas)
    )
    table = pd.DataFrame(
        {
            "code": rows["county_code"].astype(str),
            "county": rows["county_code"].map(county_names),
            "focus_area": rows["focus_area"].map(focus_labels),
            "indicator": text(f"focus.measure.{measure}", lang),
            "value": rows[measure].astype(float),
            "unit": text(f"unit_label.{MEASURE_UNITS[measure]}", lang),
            "source": bilingual(meta["source"], lang),
            "licence": bilingual(meta["license"], lang),
        }
    )
    return headers(table.reset_index(drop=True), lang)


def activity_table(
    activities: pd.DataFrame, focus_labels: dict[str, str], meta: dict, lang: str
) -> pd.DataFrame:
    """Activities in date order (undated last), dates as YYYY-MM-DD, each with its own source."""
    rows = activities.sort_values("date", na_position="last", kind="stable")
    table = pd.DataFrame(
        {
            "date": rows["date"].dt.strftime("%Y-%m-%d"),
            "title": rows[f"title_{lang}"],
            "organiser": rows["organiser"],
            "relation": [text(f"relation.{v}", lang) for v in rows["relation"]],
            "focus_area": rows["focus_area"].map(focus_labels),
            "municipality_code": rows["municipality_code"],
            "code": rows["county_code"],
            "source": rows["source"],
            "source_url": rows["source_url"],
            "licence": bilingual(meta["license"], lang),
        }
    )
    return headers(table.reset_index(drop=True), lang)
