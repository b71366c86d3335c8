"""Charts follow the language's number format and tell focus areas apart by more than colour."""

import json

import pandas as pd
import pytest

from core.charts import figures
from core.config import load_config
from core.data import queries
from core.data.loading import load
from core.views import site_views

CONFIG = load_config()
LABELS = {area: area for area in CONFIG.focus_area_ids}


@pytest.mark.parametrize(("lang", "separators"), [("sv", ", "), ("en", ".,")])
def test_bar_chart_number_format_follows_the_language(lang, separators):
    sites = site_views.site_labels(queries.ranked_sites(load("workplaces")), LABELS, lang)
    figure = figures.ranked_bars(sites, CONFIG.focus_areas, LABELS, "Anställda", separators)
    spec = json.loads(figure.to_json())
    assert spec["layout"]["separators"] == separators
    patterns = {trace["marker"]["pattern"]["shape"] for trace in spec["data"]}
    assert len(patterns) == len(spec["data"])  # focus areas differ by pattern, not by colour alone


@pytest.mark.parametrize(
    ("lang", "first", "last"), [("sv", "jan. 2022", "okt. 2023"), ("en", "Jan 2022", "Oct 2023")]
)
def test_timeline_axis_speaks_the_readers_language(lang, first, last):
    from core.text import format as fmt

    start, end = pd.Timestamp("2022-02-01"), pd.Timestamp("2023-10-31")
    empty = pd.DataFrame({"date": pd.Series([], dtype="datetime64[ns]"), "lane": [], "hover": []})
    figure = figures.timeline(empty, start, end, "period", ", ", fmt.quarter_ticks(start, end, lang))
    labels = figure.layout.xaxis.ticktext
    assert (labels[0], labels[-1]) == (first, last)
