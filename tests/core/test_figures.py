"""Charts follow the language's number format and tell focus areas apart by more than colour."""

import json

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
