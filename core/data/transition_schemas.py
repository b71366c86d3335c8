"""Schemas of the transition datasets: emissions, EU ETS plants and emissions, projects, grants, jobs."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pandera.pandas as pa
from pandera.engines.pandas_engine import DateTime
from pandera.typing import Series

from core.data.schema_base import (
    BOOLEAN_TEXT,
    COUNTY_CODE,
    LAST_YEAR,
    MUNICIPALITY_CODE,
    SLUG,
    URL,
    Strict,
    date_field,
    year_field,
)

EMISSION_SECTORS = [
    "industry",
    "electricity_heating",
    "transport",
    "machinery",
    "agriculture",
    "heating_buildings",
    "waste",
    "product_use",
    "international_transport",
]
ETS_SECTORS = ["steel", "pulp_paper", "lime_minerals", "heat_power", "other"]
PROJECT_STATUSES = [
    "announced",
    "decided",
    "under_construction",
    "commissioning",
    "in_operation",
    "paused",
    "cancelled",
    "closed",
]
PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
URL_LIST = r"^https?://\S+( \| https?://\S+)*$"
SNI_SECTIONS = list("ABCDEFGHIJKLMNOPQRSTU")


def is_partial_date(value: object) -> bool:
    """True for YYYY, YYYY-MM or a real calendar date YYYY-MM-DD (ISO 8601 to the precision known)."""
    text = str(value)
    if not PARTIAL_DATE.match(text):
        return False
    try:
        date.fromisoformat(text) if len(text) == len("YYYY-MM-DD") else None
    except ValueError:
        return False
    return True


def is_date_list(value: object) -> bool:
    """Dates (YYYY, YYYY-MM or YYYY-MM-DD) or empty items separated by ' | ', one per cited source."""
    return all(not item.strip() or is_partial_date(item.strip()) for item in str(value).split("|"))


class Emissions(Strict):
    """Greenhouse-gas emissions per area, year and SMHI main sector, one data release."""

    area_code: Series[str]
    area_level: Series[str] = pa.Field(isin=["municipality", "county", "country"])
    year: Series[int] = year_field()
    sector: Series[str] = pa.Field(isin=EMISSION_SECTORS)
    emissions_t: Series[float] = pa.Field(ge=0, nullable=True)
    data_release: Series[str]

    class Config:
        unique = ["area_code", "year", "sector"]


class EtsPlants(Strict):
    """EU ETS installations in the region, with our sector and why."""

    eutl_id: Series[str] = pa.Field(str_matches=r"^SE-\d+$", unique=True)
    name: Series[str]
    operator: Series[str]
    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE)
    county_code: Series[str] = pa.Field(str_matches=COUNTY_CODE)
    lat: Series[float] = pa.Field(ge=55.0, le=70.0, nullable=True)
    lon: Series[float] = pa.Field(ge=10.0, le=25.0, nullable=True)
    location_approx: Series[str] = pa.Field(isin=BOOLEAN_TEXT)
    location_check: Series[str] = pa.Field(isin=["inside", "outside", "no_point"])
    eutl_activity_code: Series[str]
    eutl_activity: Series[str]
    sector: Series[str] = pa.Field(isin=ETS_SECTORS)
    sector_reason_sv: Series[str]
    sector_reason_en: Series[str]
    account_status: Series[str] = pa.Field(isin=["open", "closed"])
    first_year: Series[pd.Int64Dtype] = pa.Field(ge=2005, le=LAST_YEAR, nullable=True)
    last_year: Series[pd.Int64Dtype] = pa.Field(ge=2005, le=LAST_YEAR, nullable=True)
    source_url: Series[str] = pa.Field(str_matches=URL)


class EtsEmissions(Strict):
    """Verified emissions and free allocation per EU ETS installation and year (empty = no value in EUTL)."""

    eutl_id: Series[str] = pa.Field(str_matches=r"^SE-\d+$")
    year: Series[int] = pa.Field(ge=2005, le=LAST_YEAR)
    verified_t: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    free_allocation: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    compliance_code: Series[str] = pa.Field(nullable=True)

    class Config:
        unique = ["eutl_id", "year"]


class TransitionProjects(Strict):
    """Dated transition projects and investments, with status, amounts and sources."""

    project_id: Series[str] = pa.Field(str_matches=SLUG, unique=True)
    company: Series[str]
    site: Series[str]
    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE)
    county_code: Series[str] = pa.Field(str_matches=COUNTY_CODE)
    focus_area: Series[str]
    title_sv: Series[str]
    title_en: Series[str]
    summary_sv: Series[str]
    summary_en: Series[str]
    status: Series[str] = pa.Field(isin=PROJECT_STATUSES)
    status_date: Series[str] = pa.Field(nullable=True)
    announced_date: Series[str] = pa.Field(nullable=True)
    investment_msek: Series[float] = pa.Field(ge=0, nullable=True)
    investment_as_stated: Series[str] = pa.Field(nullable=True)
    amount_approx: Series[str] = pa.Field(isin=BOOLEAN_TEXT)
    public_grant_msek: Series[float] = pa.Field(ge=0, nullable=True)
    public_grant_as_stated: Series[str] = pa.Field(nullable=True)
    grant_programme: Series[str] = pa.Field(nullable=True)
    co2_reduction_t_per_year: Series[float] = pa.Field(ge=0, nullable=True)
    source_name: Series[str]
    source_url: Series[str] = pa.Field(str_matches=URL_LIST)
    source_date: Series[str] = pa.Field(nullable=True)

    @pa.check("status_date", "announced_date", name="iso_date", element_wise=True)
    def iso_date(cls, value: str) -> bool:  # noqa: N805
        """Dates are YYYY-MM-DD, or YYYY-MM or YYYY where the source gives no more."""
        return is_partial_date(value)

    @pa.check("source_date", name="iso_date", element_wise=True)
    def iso_dates(cls, value: str) -> bool:  # noqa: N805
        """One date (or nothing) per cited source, in the order of the sources."""
        return is_date_list(value)


class Grants(Strict):
    """Klimatklivet grants decided in the region in one period."""

    case_number: Series[str] = pa.Field(str_matches=r"^NV-\d{2}-\d+$", unique=True)
    decision_date: Series[DateTime] = date_field()
    organisation: Series[str]
    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE)
    county_code: Series[str] = pa.Field(str_matches=COUNTY_CODE)
    measure_category: Series[str]
    title: Series[str]
    grant_status: Series[str]
    end_date: Series[DateTime] = date_field(nullable=True)
    grant_sek: Series[int] = pa.Field(ge=0)


class JobsRegion(Strict):
    """Employed persons by workplace and SNI section, Norra Mellansverige (SE31) and Sweden (SE)."""

    year: Series[int] = year_field()
    area: Series[str] = pa.Field(isin=["SE31", "SE"])
    sni_section: Series[str] = pa.Field(isin=SNI_SECTIONS)
    employed: Series[int] = pa.Field(ge=0)
    source_url: Series[str] = pa.Field(str_matches=URL)

    class Config:
        unique = ["year", "area", "sni_section"]
