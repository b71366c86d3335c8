"""Any yearly series as pages show it: the trend chart, its table, its numbers, a sentence on its change."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from core.charts.series import Mark, Point, Series, TrendStyle, TrendText
from core.charts.trend import trend_chart
from core.data.chart_exports import Export
from core.data.exports import headers
from core.text import format as fmt
from core.text.i18n import bilingual, text
from core.views.figure_view import FigureView


@dataclass(frozen=True)
class Line:
    """One line of a trend: its code (area or sector), name, colour and values by year."""

    code: str
    name: str
    colour: str
    table: pd.DataFrame  # year, value


@dataclass(frozen=True)
class Measure:
    """What the lines measure: unit id, sentence keys for a fall and a rise, and its breaks and gaps."""

    unit: str
    fell: str
    rose: str
    breaks: tuple[Mark, ...] = ()
    gaps: frozenset[int] = frozenset()
    decimals: int = 0


def breaks_of(meta: dict, lang: str) -> tuple[Mark, ...]:
    """The method or scope breaks a dataset's metadata lists, in the reader's language."""
    return tuple(
        Mark(int(b["year"]), bilingual(b["label"], lang), int(b["until"]) if b.get("until") else None)
        for b in meta.get("breaks") or ()
    )


def _by_year(line: Line) -> dict[int, float]:
    return {int(y): v for y, v in zip(line.table["year"], line.table["value"], strict=True)}


def _points(line: Line, lang: str, decimals: int = 0) -> tuple[Point, ...]:
    """A point per year; where the table has a preliminary column, those years are drawn and said apart."""
    table = line.table
    flagged = table.loc[table["preliminary"].eq(True), "year"] if "preliminary" in table else []
    preliminary = {int(y) for y in flagged}
    return tuple(
        Point(
            year,
            None if pd.isna(value) else float(value),
            (line.name, text("trend.point", lang, year=year, value=fmt.number(value, lang, decimals)))
            + ((text("trend.preliminary", lang),) if year in preliminary else ()),
            year in preliminary,
        )
        for year, value in sorted(_by_year(line).items())
    )


def trend_table(lines: list[Line], years: list[int], lang: str, decimals: int = 0) -> pd.DataFrame:
    """Years down, lines across; a year without figures says so in words."""
    rows = {text("export.column.year", lang): [str(year) for year in years]}
    for line in lines:
        by_year = _by_year(line)
        rows[line.name] = [fmt.number(by_year.get(year), lang, decimals) for year in years]
    return pd.DataFrame(rows)


def trend_export(lines: list[Line], meta: dict, unit: str, title: str, lang: str) -> Export:
    """Every point as a row with its code, name, year, value, unit, source and licence."""
    rows = [
        {
            "code": line.code,
            "name": line.name,
            "year": year,
            "value": float(value),
            "unit": fmt.unit_label(unit, lang),
            "source": bilingual(meta["source"], lang),
            "licence": bilingual(meta["license"], lang),
        }
        for line in lines
        for year, value in sorted(_by_year(line).items())
    ]
    return Export(headers(pd.DataFrame(rows), lang), title, None, None)


def change_sentence(line: Line, since: int, measure: Measure, lang: str) -> str:
    """'… fell from 2 156 062 in 2005 to 966 624 in 2024 (−55 %).' from a line's own figures."""
    known = line.table.dropna().set_index("year")["value"]
    if known.empty or since not in known.index or not known[since]:
        return text("trend.no_change", lang, name=line.name)
    last = int(known.index.max())
    then, now = float(known[since]), float(known[last])
    change = fmt.number(abs(now - then) / then * 100, lang)
    digits = measure.decimals
    if fmt.number(then, lang, digits) == fmt.number(now, lang, digits):  # the same as shown: no fall, no rise
        shown = {
            "then": fmt.quantity(then, measure.unit, lang, digits),
            "now": fmt.quantity(now, measure.unit, lang, digits),
        }
        return text("trend.unchanged", lang, name=line.name, since=since, last=last, **shown)
    return text(
        measure.fell if now < then else measure.rose,
        lang,
        name=line.name,
        then=fmt.number(then, lang, digits),
        since=since,
        now=fmt.number(now, lang, digits),
        last=last,
        change=change,
    )


def trend_view(
    lines: list[Line], meta: dict, title: str, measure: Measure, style: TrendStyle, lang: str, since: int
) -> FigureView:
    """The trend chart of the lines with its table, numbers and a sentence on the first line's change."""
    years = sorted({int(y) for line in lines for y in line.table["year"]} | set(measure.gaps))
    series = tuple(Series(line.name, line.colour, _points(line, lang, measure.decimals)) for line in lines)
    words = TrendText(
        title,
        fmt.unit_label(measure.unit, lang),
        text("trend.gap", lang),
        text("trend.preliminary", lang),
        lambda value: fmt.number(value, lang),
    )
    drawing = trend_chart(series, measure.gaps, measure.breaks, style, words)
    notes = [text("trend.gap_note", lang)] if measure.gaps else []
    notes += [
        text("trend.span_note", lang, year=b.year, until=b.until, label=b.label)
        if b.until
        else text("trend.break_note", lang, year=b.year, label=b.label)
        for b in measure.breaks
    ]
    summary = " ".join([change_sentence(lines[0], since, measure, lang), *notes])
    return FigureView(
        drawing,
        summary,
        trend_table(lines, years, lang, measure.decimals),
        trend_export(lines, meta, measure.unit, title, lang),
    )
