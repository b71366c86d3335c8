"""Numbers, amounts and dates read naturally in Swedish and in English."""

import datetime as dt

import pytest

from core.text import format as fmt

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (53000, "sv", 0, f"53{NBSP}000"),
        (53000, "en", 0, "53,000"),
        (28.4, "sv", 1, "28,4"),
        (28.4, "en", 1, "28.4"),
        (1234567, "sv", 0, f"1{NBSP}234{NBSP}567"),
        (None, "sv", 0, "uppgift saknas"),
        (float("nan"), "en", 0, "no data"),
    ],
)
def test_number(value, lang, decimals, expected):
    assert fmt.number(value, lang, decimals) == expected


@pytest.mark.parametrize(
    ("value", "unit", "lang", "decimals", "qualifier", "expected"),
    [
        (28.4, "SEK_bn", "sv", 1, "exact", "28,4 mdr kr"),
        (28.4, "SEK_bn", "en", 1, "exact", "SEK 28.4 bn"),
        (53000, "persons", "sv", 0, "about", f"ca 53{NBSP}000 personer"),
        (5600, "workplaces", "en", 0, "more_than", "over 5,600 workplaces"),
        (35.0, "percent", "sv", 0, "exact", "35 %"),
        (1, "firms", "en", 0, "exact", "1 firm"),
        (1, "workplaces", "sv", 0, "exact", "1 arbetsställe"),
        (2, "firms", "en", 0, "exact", "2 firms"),
    ],
)
def test_quantity(value, unit, lang, decimals, qualifier, expected):
    assert fmt.quantity(value, unit, lang, decimals, qualifier) == expected


def test_dates_in_both_languages():
    assert fmt.date(dt.date(2022, 2, 1), "sv") == "1 februari 2022"
    assert fmt.date(dt.date(2023, 10, 31), "en") == "31 October 2023"
    assert fmt.date(None, "sv") == "datum saknas"


def test_year_span_names_the_years_figures_come_from():
    assert fmt.year_span([2023, 2014, 2020]) == "2014–2023"
    assert fmt.year_span([2021]) == "2021"
