"""Tillgänglighet / Accessibility: the accessibility statement."""

import streamlit as st

from components.shell.frame import frame
from core.text.i18n import prose

lang = frame("accessibility")
st.markdown(prose("accessibility", lang))
