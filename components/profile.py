"""Sections of the municipality profile: the comparison chart and the local sites and activities."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import charts, datasets
from components.i18n import lang, t
from core import figures, map_views, project_views, queries, site_views, summaries, views
from core import format as fmt
from core.config import Config
from core.i18n import bilingual


def table_or_note(table: pd.DataFrame, key: str, empty_key: str) -> None:
    """A table, or a sentence saying there is nothing to show."""
    if len(table):
        st.dataframe(table, hide_index=True, key=key)
    else:
        st.markdown(t(empty_key))


def peer_chart(
    indicators: pd.DataFrame,
    municipalities: pd.DataFrame,
    info: dict,
    indicator: str,
    code: str,
    county_name: str,
) -> None:
    """The municipality among the others of its county for one indicator."""
    year = queries.indicator_years(indicators, indicator)[0]
    values = queries.indicator_values(indicators, municipalities, indicator, year)
    unit, decimals = info["unit"], int(info.get("decimals") or 0)
    in_county = views.with_value_text(views.in_county(values, code[:2]), unit, decimals, lang())
    name = municipalities.set_index("municipality_code").loc[code, "name"]
    charts.show(
        figures.peer_bars(in_county, code, fmt.unit_label(unit, lang()), fmt.separators(lang())),
        key="municipality_peers",
        metas=[{**info, "years": year}],
        summary=summaries.peer_summary(
            name, queries.peer_comparison(values, code), county_name, unit, decimals, lang()
        ),
        table=views.values_table(in_county, bilingual(info["title"], lang()), lang()),
    )


def local_panel(
    geo: dict, workplaces: pd.DataFrame, code: str, names: dict[str, str], county_name: str, config: Config
) -> None:
    """Locator map beside the municipality's sites and activities."""
    focus_labels = {area: t(f"focus.{area}") for area in config.focus_area_ids}
    sites = site_views.site_labels(site_views.in_municipality(workplaces, code), focus_labels, lang())
    left, right = st.columns([2, 3])
    with left:
        st.subheader(t("municipality.locator"))
        figure = map_views.locator_map(
            geo,
            code,
            queries.active_sites(sites),
            config,
            focus_labels,
            figures.HIGHLIGHT,
            fmt.separators(lang()),
        )
        charts.show(
            figure,
            key="municipality_locator",
            metas=[datasets.meta("municipalities")],
            summary=t("municipality.locator_summary", name=names[code], county=county_name),
        )
    with right:
        st.subheader(t("municipality.sites", count=len(sites)))
        table_or_note(
            site_views.sites_table(sites, focus_labels, datasets.meta("workplaces"), lang()),
            "municipality_sites",
            "municipality.no_sites",
        )
        st.subheader(t("municipality.activities"))
        activities = project_views.activities_near(datasets.load("activities"), code)
        table_or_note(
            project_views.activities_table(activities, focus_labels, lang()),
            "municipality_activities",
            "municipality.no_activities",
        )
        charts.source_notes([datasets.meta("workplaces"), datasets.meta("activities")])
