"""Missing values read as the app's missing text on every table, never as <NA>, nan or None."""

import re

import pytest

from tests.app.test_pages import open_page

RAW = re.compile(r"&lt;NA&gt;|<NA>|>\s*(?:nan|NaN|None)\s*<")


def tables(at) -> str:
    return "\n".join(element.value for element in at.html if "ik-table" in element.value)


@pytest.mark.parametrize(
    ("page", "params"),
    [
        ("municipality", {"kommun": "2180"}),
        ("data", {}),
        ("data", {"dataset": "workplaces"}),
        ("data", {"dataset": "activities"}),
    ],
)
def test_tables_show_missing_values_in_words(page, params):
    at = open_page(page, "sv", **params)
    shown = tables(at)
    assert shown and not RAW.search(shown), RAW.search(shown)
