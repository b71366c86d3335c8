"""The Plotly timeline speaks the reader's language."""

import pandas as pd
import pytest

from core.charts import figures
from core.text import format as fmt


@pytest.mark.parametrize(
    ("lang", "first", "last"), [("sv", "jan. 2022", "okt. 2023"), ("en", "Jan 2022", "Oct 2023")]
)
def test_timeline_axis_speaks_the_readers_language(lang, first, last):
    start, end = pd.Timestamp("2022-02-01"), pd.Timestamp("2023-10-31")
    empty = pd.DataFrame({"date": pd.Series([], dtype="datetime64[ns]"), "lane": [], "hover": []})
    figure = figures.timeline(empty, start, end, "period", ", ", fmt.quarter_ticks(start, end, lang))
    labels = figure.layout.xaxis.ticktext
    assert (labels[0], labels[-1]) == (first, last)
