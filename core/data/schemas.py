"""One pandera schema per dataset in data/, strict on columns and types."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pandera.pandas as pa
from pandera.engines.pandas_engine import DateTime
from pandera.typing import Series

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


class Workplaces(Strict):
    """Major industrial sites of the region."""

    workplace_id: Series[str] = pa.Field(str_matches=SLUG, unique=True)
    company: Series[str]
    site: Series[str]
    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE)
    focus_area: Series[str]
    products_sv: Series[str] = pa.Field(nullable=True)
    products_en: Series[str] = pa.Field(nullable=True)
    lat: Series[float] = pa.Field(ge=55.0, le=70.0)
    lon: Series[float] = pa.Field(ge=10.0, le=25.0)
    location_tatort: Series[str]
    employees: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    employees_year: Series[pd.Int64Dtype] = year_field(nullable=True)
    employees_approx: Series[str] = pa.Field(isin=BOOLEAN_TEXT)
    employees_source: Series[str] = pa.Field(nullable=True)
    employees_source_url: Series[str] = pa.Field(str_matches=URL, nullable=True)
    status: Series[str] = pa.Field(isin=["active", "closed"])
    status_date: Series[DateTime] = date_field(nullable=True)
    source: Series[str]
    source_url: Series[str] = pa.Field(str_matches=URL)
    note_sv: Series[str] = pa.Field(nullable=True)
    note_en: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(element_wise=False)
    def employees_have_year_and_source(cls, frame: pd.DataFrame) -> pd.Series:  # noqa: N805
        """An employee count needs its year and its source."""
        has_count = frame["employees"].notna()
        dated = frame["employees_year"].notna() & frame["employees_source_url"].notna()
        return ~has_count | dated


class Indicators(Strict):
    """Municipal indicators in tidy form: one value per municipality, indicator and year."""

    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE)
    indicator: Series[str]
    year: Series[int] = year_field()
    value: Series[float] = pa.Field(ge=0, nullable=True)
    value_status: Series[str] = pa.Field(isin=["exact", "approximate"])
    source: Series[str]
    source_url: Series[str] = pa.Field(str_matches=URL)
    note: Series[str] = pa.Field(nullable=True)

    class Config:
        unique = ["municipality_code", "indicator", "year"]


class KeyFigures(Strict):
    """Facts for the whole region or one county, with year and source."""

    figure_id: Series[str]
    area_code: Series[str]
    year: Series[int] = year_field()
    value: Series[float] = pa.Field(ge=0)
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    value_status: Series[str] = pa.Field(isin=["exact", "approximate"])
    source: Series[str]
    source_url: Series[str] = pa.Field(str_matches=URL)
    source_short_sv: Series[str]
    source_short_en: Series[str]
    note_sv: Series[str] = pa.Field(nullable=True)
    note_en: Series[str] = pa.Field(nullable=True)

    class Config:
        unique = ["figure_id", "area_code", "year"]


class Project(Strict):
    """The project Focus Industry Spets itself (one row)."""

    project_id: Series[str] = pa.Field(str_matches=SLUG, unique=True)
    name: Series[str]
    start_date: Series[DateTime] = date_field()
    end_date: Series[DateTime] = date_field()
    funding_sv: Series[str]
    funding_en: Series[str]
    co_financiers: Series[str]
    coordinator: Series[str]
    source: Series[str]
    source_url: Series[str] = pa.Field(str_matches=URL)


class Partners(Strict):
    """Organisations taking part in or financing the project."""

    partner_id: Series[str] = pa.Field(str_matches=SLUG, unique=True)
    organisation: Series[str]
    partner_type: Series[str] = pa.Field(isin=["coordinator", "participant", "co_financier"])
    role_sv: Series[str]
    role_en: Series[str]
    county_code: Series[str] = pa.Field(str_matches=COUNTY_CODE, nullable=True)
    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE, nullable=True)
    focus_area: Series[str] = pa.Field(nullable=True)
    source: Series[str]
    source_url: Series[str] = pa.Field(str_matches=URL)


class Activities(Strict):
    """Activities of the project and related initiatives, each with its source."""

    activity_id: Series[str] = pa.Field(str_matches=SLUG, unique=True)
    date: Series[DateTime] = date_field(nullable=True)
    title_sv: Series[str]
    title_en: Series[str]
    organiser: Series[str] = pa.Field(nullable=True)
    partner_id: Series[str] = pa.Field(nullable=True)
    county_code: Series[str] = pa.Field(str_matches=COUNTY_CODE, nullable=True)
    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE, nullable=True)
    focus_area: Series[str] = pa.Field(nullable=True)
    activity_type: Series[str] = pa.Field(isin=["training", "event", "course", "network", "other"])
    relation: Series[str] = pa.Field(isin=["project", "focus_industry", "related", "predecessor"])
    description_sv: Series[str] = pa.Field(nullable=True)
    description_en: Series[str] = pa.Field(nullable=True)
    source: Series[str]
    source_url: Series[str] = pa.Field(str_matches=URL)


class ProjectAims(Strict):
    """What the project set out to do, its aims, its means and its focus areas, each from a source."""

    aim_id: Series[str] = pa.Field(str_matches=SLUG, unique=True)
    kind: Series[str] = pa.Field(isin=["purpose", "goal", "means", "focus_area"])
    focus_area: Series[str] = pa.Field(nullable=True)
    partner_id: Series[str] = pa.Field(nullable=True)
    text_sv: Series[str]
    text_en: Series[str]
    source: Series[str]
    source_url: Series[str] = pa.Field(str_matches=URL)


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
    status: Series[str]
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


SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "workplaces": Workplaces,
    "indicators": Indicators,
    "key_figures": KeyFigures,
    "project": Project,
    "partners": Partners,
    "activities": Activities,
    "project_aims": ProjectAims,
    "emissions": Emissions,
    "ets_plants": EtsPlants,
    "ets_emissions": EtsEmissions,
    "transition_projects": TransitionProjects,
    "grants": Grants,
    "jobs_region": JobsRegion,
}
BOOLEAN_COLUMNS = {
    "workplaces": ["employees_approx"],
    "ets_plants": ["location_approx"],
    "transition_projects": ["amount_approx"],
}
