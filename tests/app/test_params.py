"""Links with bad parameters: the page falls back to its default with a short notice, never echoing them."""

import pytest
from streamlit.testing.v1 import AppTest

from components.shell.url_state import MAX_KEYS, MAX_LENGTH
from core.text.i18n import text
from tests.app.test_pages import PAGES, ROOT, TIMEOUT, markdown

KEYS = ["lang", "present", "kommun", "indicator", "year", "level", "county"]
KEYS += ["focus", "measure", "area", "partner", "dataset", "compare"]
MARKER = "ikEchoed4711"  # text no page writes: wherever the bad value were shown, this would be too
PAYLOAD = f'<script>alert("x")</script><img src=x onerror=alert(1)>{MARKER}'


def open_link(key: str, params: dict) -> AppTest:
    """Open a page as a visitor following a link: the parameters are there from the first run."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    if key != "overview":
        at.run()
        at.switch_page(PAGES[key])
        at.session_state["lang"] = None  # the language comes from the link, as on a first visit
    at.query_params.update(params)
    at.run()
    assert not at.exception, at.exception
    return at


def notices(at: AppTest) -> list[str]:
    words = {"link", "länken"}
    return [caption.value for caption in at.caption if words & set(caption.value.lower().split())]


def everything_sent(at: AppTest) -> str:
    """Every element the page sent, whole (text, raw HTML, labels, options), in the main area and the menu."""

    def walk(node) -> list[str]:
        children = getattr(node, "children", None)
        if children is None:
            return [str(node.proto)]
        return [text for child in children.values() for text in walk(child)]

    return "\n".join(walk(at.main) + walk(at.sidebar))


def ignored(label_key: str, lang: str = "sv") -> str:
    return text("url.ignored", lang, label=text(label_key, lang))


def test_a_valid_link_opens_its_view_without_a_notice():
    at = open_link("map", {"county": "17", "indicator": "industrial_workplaces", "lang": "en"})
    assert not notices(at)
    assert at.pills(key="county").value == "17"


@pytest.mark.parametrize(
    ("page", "params", "widget", "label_key", "default"),
    [
        ("map", {"county": "99"}, "pills", "filter.county", ""),  # unknown code
        ("map", {"year": "abc"}, "pills", "map.year", 2022),  # wrong type
        ("map", {"level": "kommun"}, "pills", "map.level", "municipality"),
        ("map", {"indicator": PAYLOAD}, "pills", "map.indicator", "firms_50pct_payroll"),
        ("municipality", {"kommun": ["2104", "2081"]}, "selectbox", "municipality.choose", "2081"),
        ("municipality", {"kommun": "20810"}, "selectbox", "municipality.choose", "2081"),
        ("focus_areas", {"area": "steel'; DROP TABLE"}, "selectbox", "filter.focus_area", ""),
        ("focus_areas", {"measure": "1e9"}, "segmented_control", "focus.measure", "employees"),
        ("project", {"partner": "nobody"}, "selectbox", "project.partner", ""),
        ("data", {"dataset": "../../etc/passwd"}, "pills", "data.choose", "workplaces"),
    ],
)
def test_a_bad_value_falls_back_to_the_default_with_a_notice(page, params, widget, label_key, default):
    at = open_link(page, params)
    key = next(iter(params))
    assert getattr(at, widget)(key=key).value == default
    assert ignored(label_key) in notices(at)
    assert key not in at.query_params or at.query_params[key] != params[key]


def test_focus_areas_keep_the_known_values_of_a_repeated_parameter():
    at = open_link("map", {"focus": ["steel", "gold", "steel"]})
    assert at.pills(key="focus").value == ["steel"]
    assert ignored("filter.focus_areas") in notices(at)


@pytest.mark.parametrize("params", [{"lang": "xx"}, {"lang": ["en", "sv"]}, {"lang": PAYLOAD}])
def test_an_unknown_language_gives_swedish_and_a_notice(params):
    at = open_link("overview", params)
    assert at.title[0].value == text("overview.title", "sv")
    assert ignored("frame.language") in notices(at)
    assert at.query_params["lang"] == "sv"


def test_presentation_mode_only_from_its_own_value():
    at = open_link("map", {"present": "yes"})
    assert ignored("frame.present") in notices(at)
    assert "present" not in at.query_params
    assert "present_exit" not in [b.key for b in at.button]  # no "leave presentation mode": not presenting


@pytest.mark.parametrize(
    "params",
    [
        {"indicator": "a" * 66_000},
        {"a" * (MAX_LENGTH + 1): "1"},
        {"county": ["17"] * 500},
        {f"k{i}": "v" for i in range(MAX_KEYS + 5)},
    ],
    ids=["long value", "long name", "repeated 500 times", "too many parameters"],
)
def test_an_oversized_link_is_cut_before_any_work(params):
    at = open_link("map", params)
    assert text("url.dropped", "sv") in notices(at)
    assert len("&".join(f"{k}={v}" for k, v in at.query_params.items())) < MAX_KEYS * 2 * MAX_LENGTH
    assert at.pills(key="county").value == ""


@pytest.mark.parametrize("page", list(PAGES))
def test_every_parameter_bad_at_once_on_every_page(page):
    at = open_link(page, {key: [PAYLOAD, "9999"] for key in KEYS})
    assert at.title[0].value == text(f"{page}.title", "sv")
    assert MARKER not in everything_sent(at)
    assert "9999" not in markdown(at) + "".join(notices(at))
    assert notices(at)
