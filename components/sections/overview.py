"""The overview's sections: sentences generated from the data, the sites map and the focus-area cards."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.shell import datasets
from components.shell.device import config_for, is_phone
from components.shell.frame import presenting
from components.shell.i18n import lang, t
from components.widgets import figures, own_data
from components.widgets.cards import card_row
from components.widgets.text import paragraphs
from core.config import Config, load_config
from core.data import exports, queries
from core.data.chart_exports import Export
from core.present.links import href
from core.svg.drawing import Drawing
from core.text import format as fmt
from core.text import provenance, summaries
from core.text.i18n import focus_labels
from core.views import cards, map_views, site_views
from core.views.cards import FocusCard, focus_cards_html

DEPENDENCY_INDICATOR = "firms_50pct_payroll"


@st.cache_data(show_spinner=False)
def _sentences_and_sources(code: str) -> tuple[list[str], list[dict]]:
    """The sentences in one language and the provenance of each; cached per language."""
    config = load_config()
    key_figures, indicators, workplaces = (
        datasets.load(n) for n in ("key_figures", "indicators", "workplaces")
    )
    municipalities = queries.municipalities_table(datasets.geojson("municipalities"))
    year = queries.indicator_years(indicators, DEPENDENCY_INDICATOR)[0]
    firms = queries.indicator_values(indicators, municipalities, DEPENDENCY_INDICATOR, year)
    rows = {f: queries.key_figure(key_figures, f, config.region_code) for f in config.headline_figures}
    sentences = [
        summaries.industry_sentence(
            rows["industry_employees"], rows["industry_workplaces"], rows["industry_revenue"], code
        ),
        summaries.dependency_sentence(firms, config.dependency_threshold, code),
        summaries.largest_site_sentence(
            queries.ranked_sites(workplaces), len(queries.active_sites(workplaces)), code
        ),
    ]
    sources = [
        provenance.row_source(rows["industry_employees"], datasets.meta("key_figures"), code),
        provenance.indicator_source(datasets.meta("indicators"), DEPENDENCY_INDICATOR, year),
        datasets.meta("workplaces"),
    ]
    return sentences, sources


def in_short() -> None:
    """Three sentences a politician can repeat, each from the data, and where they come from."""
    sentences, sources = _sentences_and_sources(lang())
    paragraphs("\n".join(f"- {sentence}" for sentence in sentences))
    figures.source_notes(sources)


@st.cache_data(show_spinner=False)
def _cached_sites_map(code: str, phone: bool, present: bool) -> tuple[Drawing, str, pd.DataFrame, Export]:
    """The sites map, its summary and its table; cached per language, screen and mode."""
    return _sites_map(code, phone, present, None)


def _sites_map(
    code: str, phone: bool, present: bool, own: pd.DataFrame | None
) -> tuple[Drawing, str, pd.DataFrame, Export]:
    """The sites map (with the visitor's own sites, never cached), its summary and its table."""
    config = config_for(phone)
    labels = focus_labels(code)
    workplaces = queries.with_own(datasets.load("workplaces"), own)
    sites = site_views.site_labels(queries.active_sites(workplaces), labels, code)
    links = map_views.Links(
        area=lambda county: href("map", code, present, county=county),
        site=lambda kommun: href("municipality", code, present, kommun=kommun),
    )
    drawing = map_views.overview_map(datasets.geojson("counties"), sites, config, labels, code, links)
    published = sites[~queries.is_own(sites)]  # the sentence speaks of the register only
    summary = summaries.ranking_summary(queries.ranked_sites(published), len(published), code)
    meta = datasets.meta("workplaces")
    table = site_views.sites_table(sites, labels, meta, code)
    names = queries.municipality_names(datasets.geojson("municipalities"))
    counties = {county.code: county.name for county in config.counties}
    numbers = exports.sites_table(sites, names, counties, labels, meta, code)
    return drawing, summary, table, Export(numbers, drawing.title, None, None)


def sites_map() -> None:
    """The three counties with the register's sites, its summary, sources and table."""
    own = own_data.rows("workplaces")
    choice = (lang(), is_phone(), presenting())
    drawing, summary, table, export = _cached_sites_map(*choice) if own is None else _sites_map(*choice, own)
    figures.show_figure(
        drawing,
        key="overview_map",
        summary=summary,
        table=table,
        export=export,
        metas=[datasets.meta("workplaces"), datasets.meta("counties")],
    )


def _register_line(by_area: pd.DataFrame, area: str) -> str:
    if area not in by_area.index:
        return ""
    row = by_area.loc[area]
    return t(
        "focus.register_line",
        sites=int(row["sites"]),
        employees=fmt.number(row["employees"], lang()),
        with_figure=int(row["sites_with_figure"]),
    )


def focus_cards(config: Config, summary: pd.DataFrame) -> None:
    """One card per focus area: name, meaning, SNI codes, sites and employees."""
    by_area = summary.set_index("focus_area")
    cards = [
        FocusCard(
            name=t(f"focus.{area.id}"),
            description=t(f"focus.{area.id}.description"),
            codes=t("focus.sni", codes=", ".join(area.sni)),
            register=_register_line(by_area, area.id),
        )
        for area in config.focus_areas
    ]
    st.html(focus_cards_html(cards))


def headline_cards(citation_href: str) -> None:
    """The region's headline figures (2018–2020), each with its year and source."""
    config = load_config()
    key_figures = datasets.load("key_figures")
    card_row(
        cards.headline_cards(
            key_figures,
            datasets.meta("key_figures")["figures"],
            config.headline_figures,
            config.region_code,
            lang(),
            citation_href,
        )
    )
