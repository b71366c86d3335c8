"""What every dataset schema shares: code and URL patterns, year and date fields, strict columns."""

from __future__ import annotations

import pandera.pandas as pa

MUNICIPALITY_CODE = r"^\d{4}$"
COUNTY_CODE = r"^\d{2}$"
SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
URL = r"^https?://\S+$"
FIRST_YEAR, LAST_YEAR = 1990, 2035
BOOLEAN_TEXT = ["true", "false"]
ISO_DATE = {"to_datetime_kwargs": {"format": "%Y-%m-%d"}}  # dates as YYYY-MM-DD only, never guessed


def date_field(nullable: bool = False) -> pa.Field:
    """A calendar date written as YYYY-MM-DD."""
    return pa.Field(nullable=nullable, dtype_kwargs=ISO_DATE)


QUALIFIERS = ["exact", "about", "just_over", "more_than", "less_than", "nearly"]


def year_field(nullable: bool = False) -> pa.Field:
    """A reference year within the range the dashboard covers."""
    return pa.Field(ge=FIRST_YEAR, le=LAST_YEAR, nullable=nullable)


class Strict(pa.DataFrameModel):
    """Shared configuration: exact columns, types coerced from the CSV text."""

    class Config:
        strict = True
        coerce = True
        ordered = True
