"""The Data page's published datasets: metadata, citations, coverage, dictionary, rows, downloads."""

from __future__ import annotations

from html import escape

import streamlit as st

from components.shell import datasets, url_state
from components.shell.failures import data_section
from components.shell.i18n import t
from components.widgets import figures
from components.widgets.tables import table_html
from components.widgets.text import heading_html, joined, paragraphs, paragraphs_html
from core.config import load_config
from core.data import catalogue, queries
from core.text.i18n import bilingual
from core.views import dataset_views


def chosen_dataset(lang: str) -> str:
    """The dataset the reader picks (kept in ?dataset=), with its title, description and sources."""
    name = url_state.segmented(  # every dataset in sight, and no dropdown's code (40 KB) on a first visit
        t("data.choose"),
        catalogue.DATASETS,
        key="dataset",
        format_func=lambda n: bilingual(datasets.meta(n)["title"], lang),
        as_pills=True,
    )
    meta = datasets.meta(name)
    title, description = (bilingual(meta[part], lang) for part in ("title", "description"))
    st.html(joined(heading_html(title, 2), paragraphs_html(description), figures.sources_html([meta])))
    return name


def describe(name: str, lang: str) -> None:
    """Facts from the metadata and the dictionary of a dataset's columns: they need no data file."""
    meta = datasets.meta(name)
    facts = table_html(catalogue.facts(meta, lang), t("data.facts_heading"), whole=True)
    label = t("data.columns_heading")
    columns = table_html(catalogue.columns_table(meta, lang), label, code_columns=(t("data.column_in_file"),))
    st.html(joined(facts, heading_html(label), columns))


def citations_and_coverage(name: str, table: object, lang: str) -> None:
    """The sources the rows cite (key figures) and, for the indicators, the municipalities each covers."""
    citations = catalogue.citations_html(table, lang)
    if citations:
        st.subheader(t("data.citations_heading"), anchor=catalogue.CITATIONS_ANCHOR.lstrip("#"))
        st.html(f"<p>{t('data.citations_intro')}</p>{citations}")
    if name == "indicators":
        label = t("data.coverage_heading")
        municipalities = queries.municipalities_table(datasets.geojson("municipalities"))
        coverage = catalogue.indicator_coverage(table, municipalities, datasets.meta(name), lang)
        st.html(joined(heading_html(label), table_html(coverage, label)))


def place_names() -> dict[str, str]:
    """Every area code the datasets use, with its place's name: municipalities, counties, region, Sweden."""
    config = load_config()
    municipalities = queries.municipality_names(datasets.geojson("municipalities"))
    counties = {county.code: county.name for county in config.counties}
    return municipalities | counties | {config.region_code: config.region_name, "SE": t("place.sweden")}


def rows_and_downloads(name: str, table: object, lang: str) -> None:
    """The dataset's rows in words, searchable, and its file to download (neutralised, CSV and for Excel)."""
    st.html(heading_html(t("data.table_heading")))
    geometry = name in catalogue.GEOMETRIES
    labels = dataset_views.id_labels(
        datasets.meta("indicators"), datasets.meta("key_figures"), datasets.load("partners"), lang
    )
    labels["place"] = dataset_views.place_labels(place_names())
    shown = dataset_views.readable(name, table, datasets.meta(name), labels, lang)
    query = st.text_input(t("data.search"), key="data_search", placeholder=t("data.search_placeholder"))
    found = catalogue.search(shown, query)
    rows, cut = catalogue.first_rows(found, load_config().data_rows_shown)
    said = t("data.rows_cut" if cut else "data.rows", shown=len(found), total=len(shown), first=len(rows))
    count = f'<p class="ik-note ik-flush">{escape(said)}</p>'
    st.html(joined(count, table_html(rows, t("data.table_heading"))))  # plain HTML: no data-grid scripts
    for kind in catalogue.download_kinds(name):
        file_name, payload, mime = catalogue.download(name, None if geometry else table, lang, kind)
        st.download_button(
            t(f"data.download_{kind}"),
            payload,
            file_name=file_name,
            mime=mime,
            on_click="ignore",
            key=f"data_download_{kind}",
            help=t("data.download_help") if kind == "excel" else None,
        )


def published(lang: str) -> None:
    """Every published dataset, one at a time; a broken file says so and the rest of the page works."""
    paragraphs(t("data.intro"))
    with data_section():
        name = chosen_dataset(lang)
        with data_section():
            citations_and_coverage(name, _rows(name), lang)
        describe(name, lang)
        with data_section():
            rows_and_downloads(name, _rows(name), lang)


def _rows(name: str) -> object:
    """The dataset's rows: a table, or a geometry's properties."""
    geometry = name in catalogue.GEOMETRIES
    return catalogue.as_table(datasets.geojson(name)) if geometry else datasets.load(name)
