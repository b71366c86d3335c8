"""Tillgänglighet / Accessibility: the accessibility statement."""

import streamlit as st

from components.shell import datasets
from components.shell.frame import frame
from core.text.i18n import prose
from core.views.project_views import contact_fields

lang = frame("accessibility", figures=False)
with st.container(key="statement"):  # its sections are h2 under the title, drawn as subheaders (base.css)
    st.markdown(prose("accessibility", lang, **contact_fields(datasets.load("project").iloc[0])))
