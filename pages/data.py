"""Data och källor / Data and sources: every dataset with metadata, coverage, table and download."""

import streamlit as st

from components import dataset_section, own_data, upload, url_state
from components.frame import frame
from components.i18n import t

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
dataset_section.published(lang)
