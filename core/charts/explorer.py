"""The compare-over-time explorer's figure: plotly lines with hover, legend toggling and zoom."""

from __future__ import annotations

import plotly.graph_objects as go

from core.text import format as fmt

SEPARATORS = {"sv": ", ", "en": ".,"}  # plotly's decimal and thousands marks: 1 234,5 in Swedish


def _with_gaps(years: list[int], values: list[float | None], gaps: frozenset[int]) -> tuple[list, list]:
    """The points with a None at each known gap, so plotly breaks the line there instead of joining it."""
    points = dict(zip(years, values, strict=True))
    for year in gaps:
        if min(years, default=year) < year < max(years, default=year):
            points.setdefault(year, None)
    ordered = sorted(points)
    return ordered, [points[year] for year in ordered]


def compare_figure(
    lines: list[tuple[str, str, list[int], list[float | None]]],
    gaps: frozenset[int],
    words: tuple[str, str],
    lang: str,
    height: int,
) -> go.Figure:
    """One line per place (name, colour, years, values): a true time axis, gaps open, values on hover.

    words: the figure's title (its accessible name; the page writes it above, where it can wrap) and the
    unit on its value axis.
    """
    title, unit = words
    figure = go.Figure()
    for name, colour, years, values in lines:
        xs, ys = _with_gaps(years, values, gaps)
        shown = [fmt.number(value, lang) for value in ys]
        figure.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                name=name,
                mode="lines+markers",
                connectgaps=False,
                customdata=shown,
                line={"color": colour, "width": 2.5},
                marker={"size": 7},
                hovertemplate=f"<b>{name}</b><br>%{{x}}: %{{customdata}} {unit}<extra></extra>",
            )
        )
    figure.update_layout(
        title={"text": title},
        separators=SEPARATORS[lang],
        height=height,
        hovermode="closest",
        margin={"l": 20, "r": 10, "t": 30, "b": 10},
        meta={"title": title},
        legend={"orientation": "h", "y": -0.15},
        font={"family": "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", "size": 14},
        plot_bgcolor="#FFFFFF",
        paper_bgcolor="#FFFFFF",
    )
    years = [year for _, _, line_years, _ in lines for year in line_years]
    span = [min(years, default=0) - 0.5, max(years, default=1) + 0.5]
    figure.update_xaxes(title=None, dtick=5, gridcolor="#E5E5E5", tickformat="d", range=span)
    figure.update_yaxes(
        title={"text": unit, "standoff": 8},
        rangemode="tozero",
        gridcolor="#E5E5E5",
        tickformat=",.0f",
        automargin=True,
    )
    return figure
