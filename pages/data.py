"""Data och källor / Data and sources: every dataset with metadata, coverage, table and download."""

import streamlit as st

from components import charts, datasets, own_data, upload, url_state
from components.failures import data_section
from components.frame import frame
from components.i18n import t
from core.data import catalogue, queries
from core.text.i18n import bilingual

lang = frame("data")
section = url_state.segmented(  # back from another page, a partner finds their preview where they left it
    t("data.section"),
    ["datasets", "upload"],
    key="section",
    default="upload" if own_data.has_any() else "datasets",
    format_func=lambda s: t(f"data.section.{s}"),
)
if section == "upload":
    upload.section()
    st.stop()
st.markdown(t("data.intro"))
with data_section():
    name = url_state.select(
        t("data.choose"),
        catalogue.DATASETS,
        key="dataset",
        format_func=lambda n: bilingual(datasets.meta(n)["title"], lang),
    )
    meta = datasets.meta(name)
    st.header(bilingual(meta["title"], lang))
    st.markdown(bilingual(meta["description"], lang))
    charts.source_notes([meta])
    st.table(catalogue.facts(meta, lang), hide_index=True, border="horizontal")
    if name == "indicators":
        st.subheader(t("data.coverage_heading"))
        with data_section():
            municipalities = queries.municipalities_table(datasets.geojson("municipalities"))
            coverage = catalogue.indicator_coverage(datasets.load(name), municipalities, meta, lang)
            st.dataframe(coverage, hide_index=True)

    st.subheader(t("data.columns_heading"))
    st.dataframe(catalogue.columns_table(meta, lang), hide_index=True, key="data_columns")

    st.subheader(t("data.table_heading"))
    with data_section():
        geometry = name in catalogue.GEOMETRIES
        shown = catalogue.as_table(datasets.geojson(name)) if geometry else datasets.load(name)
        query = st.text_input(t("data.search"), key="data_search", placeholder=t("data.search_placeholder"))
        found = catalogue.search(shown, query)
        st.caption(t("data.rows", shown=len(found), total=len(shown)))
        st.dataframe(found, hide_index=True, key="data_table")
        file_name, payload, mime = catalogue.download(name)
        st.download_button(
            t("data.download", file=file_name),
            payload,
            file_name=file_name,
            mime=mime,
            icon=":material/download:",
            on_click="ignore",
            key="data_download",
        )
