"""Data och källor / Data and sources: every dataset with metadata, coverage, table and download."""

import streamlit as st

from components import charts, datasets, url_state
from components.frame import frame
from components.i18n import t
from components.tables import table_html
from core.data import catalogue, queries
from core.text.i18n import bilingual
from core.views import dataset_views

lang = frame("data")
st.markdown(t("data.intro"))
names = catalogue.DATASETS
name = url_state.select(
    t("data.choose"), names, key="dataset", format_func=lambda n: bilingual(datasets.meta(n)["title"], lang)
)
meta = datasets.meta(name)
st.header(bilingual(meta["title"], lang))
st.markdown(bilingual(meta["description"], lang))
charts.source_notes([meta])

geometry = name in catalogue.GEOMETRIES
table = catalogue.as_table(datasets.geojson(name)) if geometry else datasets.load(name)
citations = catalogue.citations_html(table, lang)
if citations:
    st.subheader(t("data.citations_heading"), anchor=catalogue.CITATIONS_ANCHOR.lstrip("#"))
    st.html(f"<p>{t('data.citations_intro')}</p>{citations}")
facts = catalogue.facts(meta, lang)
st.table(facts, hide_index=True, border="horizontal")
municipalities = queries.municipalities_table(datasets.geojson("municipalities"))
if name == "indicators":
    st.subheader(t("data.coverage_heading"))
    coverage = catalogue.indicator_coverage(table, municipalities, meta, lang)
    st.html(table_html(coverage, t("data.coverage_heading")))

st.subheader(t("data.columns_heading"))
columns = catalogue.columns_table(meta, lang)
st.html(table_html(columns, t("data.columns_heading"), code_columns=(t("data.column_in_file"),)))

st.subheader(t("data.table_heading"))
labels = dataset_views.id_labels(
    datasets.meta("indicators"), datasets.meta("key_figures"), datasets.load("partners"), lang
)
shown = dataset_views.readable(name, table, meta, labels, lang)
query = st.text_input(t("data.search"), key="data_search", placeholder=t("data.search_placeholder"))
found = catalogue.search(shown, query)
st.caption(t("data.rows", shown=len(found), total=len(shown)))
st.dataframe(found, hide_index=True, key="data_table")
for kind in catalogue.download_kinds(name):
    file_name, payload, mime = catalogue.download(name, None if geometry else table, lang, kind)
    st.download_button(
        t(f"data.download_{kind}"),
        payload,
        file_name=file_name,
        mime=mime,
        icon=":material/download:",
        on_click="ignore",
        key=f"data_download_{kind}",
        help=t("data.download_help") if kind == "excel" else None,
    )
