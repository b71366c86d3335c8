"""The overview's 'in short' section: sentences generated from the data, with their sources."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import charts, datasets
from components.i18n import lang
from core import provenance, queries, summaries
from core.config import Config

DEPENDENCY_INDICATOR = "firms_50pct_payroll"


def in_short(
    key_figures: pd.DataFrame,
    indicators: pd.DataFrame,
    municipalities: pd.DataFrame,
    workplaces: pd.DataFrame,
    config: Config,
) -> None:
    """Three sentences a politician can repeat, each from the data, and where they come from."""
    year = queries.indicator_years(indicators, DEPENDENCY_INDICATOR)[0]
    firms = queries.indicator_values(indicators, municipalities, DEPENDENCY_INDICATOR, year)
    rows = {f: queries.key_figure(key_figures, f, config.region_code) for f in config.headline_figures}
    sentences = (
        summaries.industry_sentence(
            rows["industry_employees"], rows["industry_workplaces"], rows["industry_revenue"], lang()
        ),
        summaries.dependency_sentence(firms, config.dependency_threshold, lang()),
        summaries.largest_site_sentence(
            queries.ranked_sites(workplaces), len(queries.active_sites(workplaces)), lang()
        ),
    )
    st.markdown("\n".join(f"- {sentence}" for sentence in sentences))
    charts.source_notes(
        [
            provenance.row_source(rows["industry_employees"], datasets.meta("key_figures")),
            provenance.indicator_source(datasets.meta("indicators"), DEPENDENCY_INDICATOR, year),
            datasets.meta("workplaces"),
        ]
    )
