"""Plotly bar charts: DataFrames and labels in, go.Figure out (maps and timeline are SVG elsewhere)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from core.config import FocusArea

BAR_HEIGHT_PER_ROW = 34
MIN_HEIGHT = 260
HIGHLIGHT = "#3F007D"
MUTED = "#BCBDDC"
FONT_SIZE = 15
LABEL_ROOM = 1.45  # x-axis headroom so value labels outside the bars stay visible


def _layout(
    figure: go.Figure, separators: str, height: int, x_title: str = "", y_title: str = ""
) -> go.Figure:
    figure.update_layout(
        separators=separators,
        height=height,
        font={"size": FONT_SIZE},
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        bargap=0.25,
        xaxis={"title": {"text": x_title, "standoff": 12}, "automargin": True},
        yaxis={"title": {"text": y_title}, "automargin": True},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "traceorder": "normal"},
    )
    return figure


def ranked_bars(
    sites: pd.DataFrame, areas: tuple[FocusArea, ...], labels: dict[str, str], x_title: str, separators: str
) -> go.Figure:
    """Horizontal bars of sites by employees, largest on top, coloured and patterned by area."""
    figure = go.Figure()
    ordered = sites.iloc[::-1]
    for area in areas:
        rows = ordered[ordered["focus_area"].eq(area.id)]
        if rows.empty:
            continue
        figure.add_trace(
            go.Bar(
                x=rows["employees"],
                y=rows["label"],
                orientation="h",
                name=labels[area.id],
                marker={"color": area.color, "pattern": {"shape": area.pattern}},
                text=rows["bar_text"],
                textposition="outside",
                hovertext=rows["hover"],
                hoverinfo="text",
                cliponaxis=False,
            )
        )
    figure.update_yaxes(categoryorder="array", categoryarray=list(ordered["label"]))
    figure.update_xaxes(range=[0, float(sites["employees"].max() or 1) * LABEL_ROOM])
    height = max(MIN_HEIGHT, BAR_HEIGHT_PER_ROW * len(sites) + 80)
    return _layout(figure, separators, height, x_title=x_title)


def stacked_county_bars(
    summary: pd.DataFrame,
    measure: str,
    areas: tuple[FocusArea, ...],
    labels: dict[str, str],
    county_names: dict[str, str],
    x_title: str,
    separators: str,
) -> go.Figure:
    """Per county, bars stacked by focus area for one measure (sites or employees)."""
    figure = go.Figure()
    counties = list(county_names)
    for area in areas:
        rows = summary[summary["focus_area"].eq(area.id)].set_index("county_code").reindex(counties)
        if rows[measure].fillna(0).eq(0).all():
            continue
        figure.add_trace(
            go.Bar(
                y=[county_names[c] for c in counties],
                x=rows[measure].fillna(0),
                orientation="h",
                name=labels[area.id],
                marker={"color": area.color, "pattern": {"shape": area.pattern}},
                hovertemplate=f"{labels[area.id]}: %{{x}}<extra>%{{y}}</extra>",
            )
        )
    figure.update_layout(barmode="stack")
    figure.update_yaxes(autorange="reversed")
    return _layout(figure, separators, MIN_HEIGHT, x_title=x_title)


def peer_bars(values: pd.DataFrame, highlight_code: str, x_title: str, separators: str) -> go.Figure:
    """Municipalities of one county by value, the chosen one highlighted; missing ones left out."""
    known = values[values["value"].notna()].sort_values("value")
    colours = [HIGHLIGHT if c == highlight_code else MUTED for c in known["municipality_code"]]
    figure = go.Figure(
        go.Bar(
            x=known["value"],
            y=known["name"],
            orientation="h",
            marker={"color": colours},
            text=known["value_text"],
            textposition="outside",
            hoverinfo="text",
            hovertext=known["name"] + ": " + known["value_text"],
            cliponaxis=False,
        )
    )
    figure.update_xaxes(range=[0, float(known["value"].max() or 1) * LABEL_ROOM])
    height = max(MIN_HEIGHT, BAR_HEIGHT_PER_ROW * len(known) + 60)
    return _layout(figure, separators, height, x_title=x_title)
