"""Schemas of the datasets `make update-data` writes: SCB jobs per municipality and Kolada's industry KPIs."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from core.data.schema_base import BOOLEAN_TEXT, MUNICIPALITY_CODE, Strict, year_field

JOBS_TABLES = ["TAB900", "TAB5837", "TAB3204", "TAB3785"]


class JobsMunicipality(Strict):
    """Employed persons by workplace municipality and year: all branches, and manufacturing with mining."""

    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE)
    year: Series[int] = year_field()
    source_table: Series[str] = pa.Field(isin=JOBS_TABLES)
    method: Series[str] = pa.Field(isin=["RAMS", "BAS"])
    employed_total: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    employed_manufacturing: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    preliminary: Series[str] = pa.Field(isin=BOOLEAN_TEXT)

    class Config:
        unique = ["municipality_code", "year", "method"]  # RAMS and BAS both have 2020-2021

    @pa.dataframe_check(element_wise=False)
    def part_within_total(cls, frame: pd.DataFrame) -> pd.Series:  # noqa: N805
        """Manufacturing never exceeds all employed (where both are known)."""
        both = frame["employed_total"].notna() & frame["employed_manufacturing"].notna()
        return ~both | (frame["employed_manufacturing"] <= frame["employed_total"]).fillna(True)


class KoladaIndustry(Strict):
    """Kolada N02235 (share employed in manufacturing and extraction) and N02201 (employed), by workplace."""

    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE)
    year: Series[int] = year_field()
    manufacturing_share_pct: Series[float] = pa.Field(ge=0, le=100, nullable=True)
    employed: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)

    class Config:
        unique = ["municipality_code", "year"]
