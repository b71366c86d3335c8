"""Swedish and English formatting of numbers, amounts and dates (via babel)."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal

from core.text.i18n import strings, text

LOCALES = {"sv": "sv_SE", "en": "en_GB"}
DATE_PATTERN = "d MMMM y"
MONTH_PATTERN = "MMM y"
SHORT_DATE_PATTERN = "d MMM y"


def is_missing(value: object) -> bool:
    """True for None, NaN and pandas' missing markers."""
    if value is None:
        return True
    try:
        return bool(math.isnan(value))  # type: ignore[arg-type]
    except TypeError:
        return str(value) in {"<NA>", "NaT"}


def number(value: object, lang: str, decimals: int = 0) -> str:
    """A number in the language's format (53 000 / 53,000); missing values say so."""
    if is_missing(value):
        return text("format.missing", lang)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(float(value), format=pattern, locale=LOCALES[lang])  # type: ignore[arg-type]


def quantity(value: object, unit: str, lang: str, decimals: int = 0, qualifier: str = "exact") -> str:
    """A value with its unit and qualifier, e.g. 'ca 53 000', '28,4 mdr kr', 'over 5,600'."""
    if is_missing(value):
        return text("format.missing", lang)
    key = f"unit.{unit or 'none'}"
    if float(value) == 1 and f"{key}.one" in strings():  # type: ignore[arg-type]
        key = f"{key}.one"
    shown = text(key, lang, value=number(value, lang, decimals))
    if qualifier == "exact":
        return shown
    return text(f"qualifier.{qualifier}", lang, value=shown)


def shown_value(value: object, status: object, unit: str, lang: str, decimals: int = 0) -> str:
    """A value as a reader sees it: 'ca 1 825 personer', 'uppgift saknas' or 'not in our register'."""
    if status == "not_in_register":
        return text("value.not_in_register", lang)
    return quantity(value, unit, lang, decimals, "about" if status == "approximate" else "exact")


def date(value: dt.date | dt.datetime | None, lang: str) -> str:
    """A date as '1 februari 2022' / '1 February 2022'; missing dates say so."""
    if is_missing(value):
        return text("format.no_date", lang)
    return format_date(value, DATE_PATTERN, locale=LOCALES[lang])


def short_date(value: dt.date | dt.datetime, lang: str) -> str:
    """A date as '15 mars 2023' / '15 Mar 2023', for labels beside marks."""
    return format_date(value, SHORT_DATE_PATTERN, locale=LOCALES[lang])


def quarter_ticks(start: dt.date, end: dt.date, lang: str) -> dict[pd.Timestamp, str]:
    """The first day of each quarter from start to end, labelled 'jan. 2022' / 'Jan 2022' by babel."""
    days = pd.date_range(pd.Timestamp(start).to_period("Q").start_time, end, freq="QS")
    return {day: format_date(day, MONTH_PATTERN, locale=LOCALES[lang]) for day in days}


def unit_label(unit: str, lang: str) -> str:
    """The unit's name for a legend title, e.g. 'antal företag' / 'number of firms'."""
    return text(f"unit_label.{unit or 'none'}", lang)


def short(label: str, chars: int) -> str:
    """The label cut to chars characters, ending in an ellipsis when cut."""
    return label if len(label) <= chars else label[: chars - 1].rstrip() + "…"


def year_span(years: list[int]) -> str:
    """The years some figures come from: '2023' or '2014–2023' (an en dash, no spaces)."""
    first, last = min(years), max(years)
    return str(first) if first == last else f"{first}–{last}"


def listing(items: list[str], lang: str) -> str:
    """'a, b och c' / 'a, b and c', as the language writes a list."""
    return format_list(items, locale=LOCALES[lang])
