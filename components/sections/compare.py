"""The compare-over-time explorer: chosen municipalities' emissions as lines, with their numbers.

The lines are the app's own picture (SVG) unless the reader asks for plotly's interactive chart: only then
does a phone load plotly (about 1 MB on the wire).
"""

from __future__ import annotations

from html import escape

import streamlit as st

from components.shell import datasets
from components.shell.device import config_for, is_phone
from components.shell.i18n import lang, t
from components.widgets import figures
from core.charts.explorer import compare_figure
from core.data import queries
from core.text.i18n import bilingual, text
from core.transition_config import transition_settings
from core.views import compare_views, emission_trends, trend_views

PLOTLY_CONFIG = {"displaylogo": False, "locale": "sv", "modeBarButtonsToRemove": ["lasso2d", "select2d"]}


def names() -> dict[str, str]:
    """Municipality names by code, in code order (the order the choice lists them)."""
    return dict(sorted(queries.municipality_names(datasets.geojson("municipalities")).items()))


def sectors(language: str) -> dict[str, str]:
    """All sectors together first, then SMHI's main sectors, by their names in the reader's language."""
    listed = datasets.meta("emissions").get("sectors") or {}
    return {compare_views.ALL_SECTORS: text("transition.all_sectors", language)} | {
        sector: bilingual(name, language) for sector, name in listed.items()
    }


def default_places(sector: str) -> list[str]:
    """The largest emitters in the newest year."""
    return compare_views.default_places(
        datasets.load("emissions"), transition_settings().compare_start, sector
    )


def explorer(places: list[str], sector: str, interactive: bool) -> None:
    """The chosen places' lines (plotly's if interactive), then the numbers, sentences, sources and table."""
    if not places:
        st.info(t("compare.none_chosen"))
        return
    settings, meta, language = transition_settings(), datasets.meta("emissions"), lang()
    emissions = datasets.load("emissions")
    lines = compare_views.compare_lines(emissions, places, sector, names(), settings.compare_colours)
    measure = emission_trends.measure(meta)
    title = text("compare.figure_title", language, sector=sectors(language)[sector])
    said = [trend_views.change_sentence(line, settings.base_year, measure, language) for line in lines]
    summary = " ".join([*said, text("trend.gap_note", language)])  # every line's change, not the first's
    if not interactive:
        phone = is_phone()
        style = emission_trends.trend_style(config_for(phone), settings, phone)
        view = trend_views.trend_view(lines, meta, title, measure, style, language, settings.base_year)
        figures.show_figure(
            view.drawing,
            key="compare_lines",
            summary=summary,
            metas=[meta],
            table=view.table,
            export=view.export,
            before=f"<p><strong>{escape(title)}</strong></p>",  # as over plotly's chart
        )
        return
    series = [(line.name, line.colour, list(line.table["year"]), list(line.table["value"])) for line in lines]
    figure = compare_figure(
        series, measure.gaps, (title, text("compare.unit", language)), language, settings.compare_height
    )
    st.markdown(f"**{title}**")
    st.plotly_chart(figure, config={**PLOTLY_CONFIG, "locale": language}, theme=None)
    years = sorted({int(y) for line in lines for y in line.table["year"]} | set(measure.gaps))
    table = trend_views.trend_table(lines, years, language)
    export = trend_views.trend_export(lines, meta, measure.unit, title, language)
    figures.around(summary, [meta], table, export)
