"""The app's bar charts: sites by employees, counties by focus area, a municipality among its county."""

from __future__ import annotations

import math
from html import escape

import pandas as pd

from core.charts.bars import MARGIN, Row, Segment, Style, layout, row_svg, text_svg
from core.config import FocusArea
from core.svg.drawing import FONT, HALO, Drawing, Item, Link, no_link
from core.svg.fills import defs
from core.svg.legend import Key, Legend, legend_svg
from core.text import format as fmt
from core.text.i18n import text


def bar_chart(rows: tuple[Row, ...], legend: Legend, chart: Style, title: str, empty: str = "") -> Drawing:
    """The chart: a legend band on top (for downloads), then one row per bar, scaled to the width."""
    legend_markup, legend_height = legend_svg(legend, chart.width, chart.font, chart.text)
    band = math.ceil(legend_height)
    plan, top, parts, first = layout(rows, chart), band + MARGIN, [], 0
    for row, lines in plan.rows:
        markup, height = row_svg(row, lines, top, plan, first, chart)
        parts.append(markup)
        top, first = top + height + chart.gap, first + len(row.segments)
    if not rows:
        parts.append(text_svg(0, top + chart.font / 2, empty, chart))
        top += chart.font + chart.gap
    height = math.ceil(top - chart.gap + MARGIN)
    fills = [(s.pattern, s.colour) for row in rows for s in row.segments]
    fills += [(key.pattern, key.colour) for key in legend.keys]
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 {band} {chart.width} {height - band}" '
        f'width="{chart.width}" height="{height - band}" font-family="{escape(FONT, quote=True)}" '
        f'role="group" aria-label="{escape(title, quote=True)}"><title>{escape(title)}</title>{defs(fills)}'
        f'<rect y="{band}" width="100%" height="100%" fill="{HALO}"/>'
        f'<g class="ik-legend-band">{legend_markup}</g><g class="ik-items">{"".join(parts)}</g></svg>'
    )
    items = tuple(s.item for row in rows for s in row.segments)
    return Drawing(svg, chart.width, height, title, band, legend, items, kind="chart")


def _area_keys(areas: tuple[FocusArea, ...], labels: dict[str, str], shown: set[str]) -> tuple[Key, ...]:
    return tuple(Key(labels[a.id], a.color, "area", pattern=a.pattern) for a in areas if a.id in shown)


def site_ranking(
    sites: pd.DataFrame,
    areas: tuple[FocusArea, ...],
    labels: dict[str, str],
    chart: Style,
    title: str,
    lang: str,
    link: Link = no_link,
) -> Drawing:
    """Sites with an employee figure, largest on top, coloured and patterned by focus area.

    Args:
        sites: rows of site_views.site_labels (label, bar_text, card); those without employees are left out.
        areas: the focus areas in legend order.
        labels: focus-area names in the reader's language.
        chart: size, type and colours (bars.style).
        title: the chart's accessible name and the title of its downloads.
        lang: the reader's language.
        link: the page a bar opens, by municipality code.
    """
    area = {a.id: a for a in areas}
    ranked = sites[sites["employees"].notna()].sort_values("employees", ascending=False, kind="stable")
    rows = []
    for site in ranked.itertuples():
        item = Item("bar", f"{site.label}: {site.bar_text}", site.card, link(site.municipality_code))
        fill = area[site.focus_area]
        rows.append(
            Row(site.label, (Segment(float(site.employees), fill.color, item, fill.pattern),), site.bar_text)
        )
    keys = _area_keys(areas, labels, set(ranked["focus_area"]))
    legend = Legend(keys=keys, note=text("charts.ranking_note", lang) if rows else None)
    return bar_chart(tuple(rows), legend, chart, title, text("charts.empty", lang))


def _county_parts(
    table: pd.Series, code: str, county: str, areas: tuple[FocusArea, ...], labels: dict[str, str], lang: str
) -> tuple[Segment, ...]:
    """A county's parts of the stacked bar: one per focus area with a value, in the areas' order."""
    measure, parts = str(table.name), []
    for area in areas:
        value = float(table.get((code, area.id), 0))
        if value > 0:
            shown = fmt.quantity(value, measure, lang)
            item = Item(
                "bar", f"{county}, {labels[area.id]}: {shown}", (county, labels[area.id], shown), None
            )
            parts.append(Segment(value, area.color, item, area.pattern, fmt.number(value, lang)))
    return tuple(parts)


def county_stacks(
    summary: pd.DataFrame,
    measure: str,
    areas: tuple[FocusArea, ...],
    labels: dict[str, str],
    counties: dict[str, str],
    chart: Style,
    title: str,
    lang: str,
) -> Drawing:
    """Per county (in the given order) one bar of the measure stacked by focus area, the total after it.

    Each part carries its value inside where it fits; every part can be pointed at for its card.
    """
    table = summary.set_index(["county_code", "focus_area"])[measure]
    rows = []
    for code, county in counties.items():
        parts = _county_parts(table, code, county, areas, labels, lang)
        rows.append(Row(county, parts, fmt.quantity(sum(part.value for part in parts), measure, lang)))
    shown = {area for (_, area), value in table.items() if value > 0}
    legend = Legend(keys=_area_keys(areas, labels, shown), note=text(f"charts.county_note.{measure}", lang))
    return bar_chart(tuple(rows), legend, chart, title, text("charts.empty", lang))


def peer_ranking(
    values: pd.DataFrame,
    chosen: str,
    chart: Style,
    title: str,
    county: str,
    lang: str,
    link: Link = no_link,
) -> Drawing:
    """Municipalities by value, highest on top, the chosen one in its own colour with bold type.

    Args:
        values: name, municipality_code, value and value_text (with unit) per municipality of the county.
        chosen: the municipality code to highlight.
        chart: size, type and colours (bars.style): the chosen one in highlight, the others muted.
        title: the chart's accessible name and the title of its downloads.
        county: the county's name, for the legend.
        lang: the reader's language.
        link: the page a bar opens, by municipality code.
    """
    known = values[values["value"].notna()].sort_values("value", ascending=False, kind="stable")
    rows = []
    for place in known.itertuples():
        strong = place.municipality_code == chosen
        item = Item(
            "bar",
            f"{place.name}: {place.value_text}",
            (place.name, place.value_text),
            link(place.municipality_code),
        )
        bar = Segment(float(place.value), chart.highlight if strong else chart.muted, item)
        rows.append(Row(place.name, (bar,), place.value_text, strong))
    own = values.loc[values["municipality_code"].eq(chosen), "name"]
    keys = [Key(own.iloc[0], chart.highlight, "area")] if chosen in set(known["municipality_code"]) else []
    keys.append(Key(text("charts.peer_others", lang, county=county), chart.muted, "area"))
    missing = values.loc[values["value"].isna(), "name"]
    note = text("charts.peer_missing", lang, names=", ".join(missing)) if len(missing) else None
    return bar_chart(
        tuple(rows), Legend(keys=tuple(keys), note=note), chart, title, text("charts.empty", lang)
    )
