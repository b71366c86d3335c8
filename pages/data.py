"""Data och källor / Data and sources: every dataset with metadata, coverage, table and download."""

import streamlit as st

from components.sections import data as catalogue
from components.sections import data_upload as upload
from components.shell import url_state
from components.shell.frame import frame
from components.shell.i18n import t
from components.widgets import own_data

lang = frame("data", figures=False)
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
catalogue.published(lang)
