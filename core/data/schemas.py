"""One pandera schema per dataset in data/, strict on columns and types."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.engines.pandas_engine import DateTime
from pandera.typing import Series

from core.data.jobs_schemas import JobsMunicipality, KoladaIndustry
from core.data.schema_base import (
    BOOLEAN_TEXT,
    COUNTY_CODE,
    MUNICIPALITY_CODE,
    QUALIFIERS,
    SLUG,
    URL,
    Strict,
    date_field,
    year_field,
)
from core.data.transition_schemas import (
    Emissions,
    EtsEmissions,
    EtsPlants,
    Grants,
    JobsRegion,
    TransitionProjects,
)


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
    "jobs_municipality": JobsMunicipality,
    "kolada_industry": KoladaIndustry,
}
BOOLEAN_COLUMNS = {
    "workplaces": ["employees_approx"],
    "ets_plants": ["location_approx"],
    "transition_projects": ["amount_approx"],
    "jobs_municipality": ["preliminary"],
}
