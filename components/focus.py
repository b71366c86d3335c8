"""Cards that explain the focus areas with the register's figures for each."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.i18n import lang, t
from core import format as fmt
from core.config import Config


def focus_cards(config: Config, summary: pd.DataFrame) -> None:
    """One bordered card per focus area: name, meaning, SNI codes, sites and employees."""
    by_area = summary.set_index("focus_area")
    areas = config.focus_areas
    for column, area in zip(st.columns(len(areas)), areas, strict=True):
        with column, st.container(border=True):
            st.markdown(f"#### {t(f'focus.{area.id}')}")
            st.markdown(t(f"focus.{area.id}.description"))
            st.caption(t("focus.sni", codes=", ".join(area.sni)))
            if area.id in by_area.index:
                row = by_area.loc[area.id]
                st.markdown(
                    t(
                        "focus.register_line",
                        sites=int(row["sites"]),
                        employees=fmt.number(row["employees"], lang()),
                        with_figure=int(row["sites_with_figure"]),
                    )
                )
