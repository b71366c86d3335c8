"""Emissions over time as the pages show them: the region and its counties, or one municipality by sector."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from core.charts.series import Point, Series, TrendStyle, TrendText
from core.charts.trend import trend_chart
from core.data import transition
from core.data.chart_exports import Export
from core.data.exports import headers
from core.text import format as fmt
from core.text.i18n import bilingual, text
from core.transition_config import TransitionSettings
from core.views.figure_view import FigureView

UNIT = "t_co2e"


@dataclass(frozen=True)
class Line:
    """One line of a trend: its code (area or sector), name, colour and values by year."""

    code: str
    name: str
    colour: str
    table: pd.DataFrame  # year, emissions_t


def region_lines(
    emissions: pd.DataFrame, counties: dict[str, str], settings: TransitionSettings, lang: str
) -> list[Line]:
    """The three counties together, then each county: industry's emissions by year."""
    region = Line(
        "NMS", text("transition.region", lang), settings.region_colour, transition.region_series(emissions)
    )
    by_county = [
        Line(code, name, settings.county_colours[code], transition.industrial_emissions(emissions, [code]))
        for code, name in counties.items()
    ]
    return [region, *by_county]


def municipality_lines(
    emissions: pd.DataFrame, code: str, settings: TransitionSettings, lang: str
) -> list[Line]:
    """A municipality's emissions from industry and from all sectors together, by year."""
    own = emissions[emissions["area_code"].eq(code)]
    total = own.groupby("year", as_index=False)["emissions_t"].sum(min_count=1)
    return [
        Line(code, text("transition.all_sectors", lang), settings.region_colour, total),
        Line(
            code,
            text("emission_sector.industry", lang),
            settings.county_colours.get(code[:2], "#0060A8"),
            transition.industrial_emissions(emissions, [code]),
        ),
    ]


def _points(line: Line, years: list[int], lang: str) -> tuple[Point, ...]:
    by_year = dict(zip(line.table["year"], line.table["emissions_t"], strict=True))
    return tuple(
        Point(
            int(year),
            None if pd.isna(by_year.get(year)) else float(by_year[year]),
            (line.name, text("transition.point", lang, year=year, value=fmt.number(by_year.get(year), lang))),
        )
        for year in years
        if year in by_year
    )


def _table(lines: list[Line], years: list[int], lang: str) -> pd.DataFrame:
    """Years down, lines across; a year without figures says so in words."""
    rows = {text("export.column.year", lang): [str(year) for year in years]}
    for line in lines:
        by_year = dict(zip(line.table["year"], line.table["emissions_t"], strict=True))
        rows[line.name] = [
            fmt.number(by_year.get(year), lang) if year in by_year else text("format.missing", lang)
            for year in years
        ]
    return pd.DataFrame(rows)


def _export(lines: list[Line], meta: dict, title: str, area: str | None, lang: str) -> Export:
    rows = [
        {
            "code": line.code,
            "name": line.name,
            "year": int(year),
            "value": float(value),
            "unit": fmt.unit_label(UNIT, lang),
            "source": bilingual(meta["source"], lang),
            "licence": bilingual(meta["license"], lang),
        }
        for line in lines
        for year, value in zip(line.table["year"], line.table["emissions_t"], strict=True)
    ]
    return Export(headers(pd.DataFrame(rows), lang), title, area, None)


def change_sentence(line: Line, since: int, lang: str) -> str:
    """'… fell from 2 156 000 t in 2005 to 967 000 t in 2024 (−55 %).' from a line's own figures."""
    known = line.table.dropna().set_index("year")["emissions_t"]
    if since not in known.index or known.empty:
        return text("transition.no_change", lang, name=line.name)
    last = int(known.index.max())
    then, now = float(known[since]), float(known[last])
    key = "transition.fell" if now < then else "transition.rose"
    change = fmt.number(abs(now - then) / then * 100 if then else None, lang)
    return text(
        key,
        lang,
        name=line.name,
        then=fmt.number(then, lang),
        since=since,
        now=fmt.number(now, lang),
        last=last,
        change=change,
    )


def trend_view(
    lines: list[Line], meta: dict, title: str, settings: TransitionSettings, style: TrendStyle, lang: str
) -> FigureView:
    """The trend chart of the lines with its table, numbers and a sentence on the first line's change."""
    years = sorted({int(y) for line in lines for y in line.table["year"]} | set(meta.get("gaps") or []))
    series = tuple(Series(line.name, line.colour, _points(line, years, lang)) for line in lines)
    words = TrendText(
        title,
        fmt.unit_label(UNIT, lang),
        text("transition.gap", lang),
        text("transition.preliminary", lang),
        lambda value: fmt.number(value, lang),
    )
    drawing = trend_chart(series, frozenset(meta.get("gaps") or ()), (), style, words)
    summary = change_sentence(lines[0], settings.base_year, lang) + " " + text("transition.gap_note", lang)
    return FigureView(drawing, summary, _table(lines, years, lang), _export(lines, meta, title, None, lang))
