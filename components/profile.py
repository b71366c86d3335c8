"""Sections of the municipality profile: the comparison chart and the local sites and activities."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import charts, datasets
from components.device import config_for, is_phone
from components.failures import data_section
from components.frame import presenting
from components.i18n import lang, t
from components.url_state import href
from core.charts import figures
from core.config import load_config
from core.data import queries
from core.maps import map_views
from core.maps.svg_map import Drawing
from core.text import format as fmt
from core.text import summaries
from core.text.i18n import bilingual, focus_labels
from core.views import indicator_views, project_views, site_views


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
    in_county = indicator_views.with_value_text(
        indicator_views.in_county(values, code[:2]), unit, decimals, lang()
    )
    name = municipalities.set_index("municipality_code").loc[code, "name"]
    charts.show(
        figures.peer_bars(in_county, code, fmt.unit_label(unit, lang()), fmt.separators(lang())),
        key="municipality_peers",
        metas=[{**info, "years": year}],
        summary=summaries.peer_summary(
            name, queries.peer_comparison(values, code), county_name, unit, decimals, lang()
        ),
        table=indicator_views.values_table(in_county, bilingual(info["title"], lang()), lang()),
    )


def local_panel(workplaces: pd.DataFrame, code: str, names: dict[str, str], county_name: str) -> None:
    """Locator map beside the municipality's sites and activities."""
    labels = focus_labels(lang())
    sites = site_views.site_labels(site_views.in_municipality(workplaces, code), labels, lang())
    left, right = st.columns(2)
    with left:
        st.subheader(t("municipality.locator"))
        charts.show_map(
            _locator_map(code, names[code], lang(), is_phone(), presenting()),
            key="municipality_locator",
            metas=[datasets.meta("municipalities")],
            summary=t("municipality.locator_summary", name=names[code], county=county_name),
        )
    with right:
        st.subheader(t("municipality.sites", count=len(sites)))
        table_or_note(
            site_views.sites_table(sites, labels, datasets.meta("workplaces"), lang()),
            "municipality_sites",
            "municipality.no_sites",
        )
        st.subheader(t("municipality.activities"))
        with data_section():
            activities = project_views.activities_near(datasets.load("activities"), code)
            table_or_note(
                project_views.activities_table(activities, labels, lang()),
                "municipality_activities",
                "municipality.no_activities",
            )
        charts.source_notes([datasets.meta("workplaces"), datasets.meta("activities")])


@st.cache_data(show_spinner=False)
def _locator_map(code: str, name: str, language: str, phone: bool, present: bool) -> Drawing:
    """The locator map; cached per municipality, language, screen and mode."""
    config = config_for(phone)
    labels = focus_labels(language)
    local = site_views.in_municipality(queries.active_sites(datasets.load("workplaces")), code)
    sites = site_views.site_labels(local, labels, language)

    def profile(kommun: str) -> str:
        return href("municipality", language, present, kommun=kommun)

    links = map_views.Links(area=profile, site=profile)
    geo = datasets.geojson("municipalities")
    return map_views.locator_map(geo, code, name, sites, config, labels, language, links)


@st.cache_data(show_spinner=False)
def indicator_table(code: str, language: str) -> pd.DataFrame:
    """Every indicator for one municipality beside county and region medians; cached per choice."""
    config = load_config()
    geo = datasets.geojson("municipalities")
    catalogue = indicator_views.indicator_catalogue(
        datasets.meta("indicators"), datasets.meta("workplaces"), config
    )
    return indicator_views.profile_table(
        datasets.load("indicators"),
        datasets.load("workplaces"),
        queries.municipalities_table(geo),
        catalogue,
        code,
        config,
        language,
    )
