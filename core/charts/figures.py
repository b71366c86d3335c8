"""Plotly chart builders (the project timeline): DataFrames and labels in, go.Figure out."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

MIN_HEIGHT = 260
HIGHLIGHT = "#3F007D"
MUTED = "#BCBDDC"
FONT_SIZE = 15
TIMELINE_MARGIN = pd.DateOffset(months=3)


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


def timeline(
    activities: pd.DataFrame,
    start: pd.Timestamp,
    end: pd.Timestamp,
    period_label: str,
    separators: str,
    ticks: dict[pd.Timestamp, str],
) -> go.Figure:
    """The project period as a band and dated activities as points; ticks label the time axis."""
    figure = go.Figure()
    figure.add_vrect(
        x0=start,
        x1=end,
        fillcolor=MUTED,
        opacity=0.35,
        line_width=0,
        annotation_text=period_label,
        annotation_position="top left",
    )
    dated = activities[activities["date"].notna()]
    figure.add_trace(
        go.Scatter(
            x=dated["date"],
            y=dated["lane"],
            mode="markers",
            marker={"size": 14, "color": HIGHLIGHT},
            hovertext=dated["hover"],
            hoverinfo="text",
            showlegend=False,
        )
    )
    figure = _layout(figure, separators, MIN_HEIGHT)
    figure.update_xaxes(
        type="date",
        range=[start - TIMELINE_MARGIN, end + TIMELINE_MARGIN],
        tickvals=list(ticks),
        ticktext=list(ticks.values()),
    )
    figure.update_yaxes(showticklabels=bool(len(dated)), showgrid=False, zeroline=False)
    return figure
