"""The map page's state over any sequence of choices: a year that belongs to the indicator, no raw markers."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.config import load_config
from core.data.loading import load
from core.views import indicator_views
from tests.app.test_pages import headings, markdown, open_page

CONFIG = load_config()
INDICATORS = load("indicators")
CHOICES = ["firms_50pct_payroll", "register_employees", "industrial_workplaces", "register_sites"]
RAW = re.compile(r"\b(None|nan|NaN|<NA>)\b")
STEPS = st.one_of(
    st.tuples(st.just("indicator"), st.sampled_from(CHOICES)),
    st.tuples(st.just("level"), st.sampled_from(["municipality", "county"])),
    st.tuples(st.just("county"), st.sampled_from(["", *CONFIG.county_codes])),
    st.tuples(st.just("year"), st.sampled_from([2019, 2022, 2024])),
)


def visible(at) -> str:
    return "\n".join([markdown(at), *(e.value for e in at.title), *headings(at)])


def step(at, key: str, value: object) -> None:
    widget = at.pills(key=key)
    offered = not widget.disabled and (key != "year" or str(value) in widget.options)
    if offered and (key != "level" or len(widget.options) > 1):
        widget.set_value(value).run()  # else the page does not offer it: nothing to click


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(STEPS, min_size=2, max_size=4))
def test_any_sequence_of_choices_shows_a_year_with_data_and_no_raw_markers(steps):
    at = open_page("map")
    for key, value in [("indicator", "register_employees"), ("indicator", CHOICES[0]), *steps]:
        step(at, key, value)
        assert not at.exception, at.exception
        shown = visible(at)
        assert not RAW.search(shown), (key, value, RAW.search(shown))
        indicator = at.pills(key="indicator").value
        years = indicator_views.years_of(INDICATORS, indicator, CONFIG)
        assert at.pills(key="year").value in years, (indicator, at.pills(key="year").value)


def test_a_level_without_data_is_not_offered_and_partial_indicators_say_where():
    at = open_page("map")
    assert at.pills(key="level").options == ["Kommun"]  # a share cannot be summed to counties
    assert any("inte kan summeras till län" in c.value for c in at.caption)
    labels = at.pills(key="indicator").options
    assert any(label.endswith("(Värmland)") for label in labels)
    at.pills(key="indicator").set_value("industrial_workplaces").run()
    at.pills(key="level").set_value("county").run()
    at.pills(key="indicator").set_value(CHOICES[0]).run()
    assert not at.exception and at.pills(key="level").value == "municipality"
