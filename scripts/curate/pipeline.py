"""The transition pipeline's projects in our own words (project_texts.yaml), statuses checked."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pandas as pd

from scripts.curate.common import field, read, texts

PIPELINE = "transition-pipeline/pipeline.csv"
OWN_FIELDS = ("title_sv", "title_en", "summary_sv", "summary_en")
# The pipeline's statuses -> our fixed vocabulary (the pipeline already uses the same words).
STATUSES = {
    "announced": "announced",
    "decided": "decided",
    "under_construction": "under_construction",
    "commissioning": "commissioning",
    "in_operation": "in_operation",
    "paused": "paused",
    "cancelled": "cancelled",
    "closed": "closed",
}
FOCUS_AREAS = {
    "steel": "steel",
    "forest_bioeconomy": "forest_bioeconomy",
    "advanced_manufacturing": "advanced_manufacturing",
    "other": "other_industry",
}
APPROX = re.compile(r"approximately|about|cirka|\bca\b|more than|up to|upp till", re.IGNORECASE)
SEK_AMOUNT = re.compile(r"^(\d+) SEK")


def _msek(sek: str) -> str:
    """An amount in SEK as million SEK, exactly (no rounding)."""
    value = (Decimal(sek) / Decimal(1_000_000)).normalize()
    return format(value, "f")


def _investment(row: pd.Series) -> tuple[str, str, str]:
    """Investment in MSEK (SEK amounts only), the amount as stated, and the approximate flag."""
    if not row["investment_amount"]:
        return "", "", "false"
    stated = f"{row['investment_amount']} {row['currency']}"
    msek = _msek(row["investment_amount"]) if row["currency"] == "SEK" else ""
    quotes = [q for q in row["quote"].split(" | ") if "investment_amount" in q.split("]")[0]]
    approx = any(APPROX.search(q) for q in quotes)
    return msek, stated, "true" if approx else "false"


def _grant(text: str) -> str:
    match = SEK_AMOUNT.match(text)
    return _msek(match.group(1)) if match else ""


def transition_projects(sources: Path) -> pd.DataFrame:
    """The transition pipeline with our own texts, statuses checked against the vocabulary."""
    source = read(sources / PIPELINE)
    own = texts("project_texts")
    unknown = set(source["status"]) - set(STATUSES) | set(source["id"]) - set(own)
    if unknown:
        raise SystemExit(f"unmapped statuses or ids without texts: {sorted(unknown)}")
    money = source.apply(_investment, axis=1, result_type="expand")
    return pd.DataFrame(
        {
            "project_id": source["id"],
            "company": source["company"],
            "site": source["site"],
            "municipality_code": source["municipality_code"],
            "county_code": source["county_code"],
            "focus_area": source["focus_area"].map(FOCUS_AREAS),
            **{key: field(source["id"], own, key) for key in OWN_FIELDS},
            "status": source["status"].map(STATUSES),
            "status_date": source["status_date"],
            "announced_date": source["announced_date"],
            "investment_msek": money[0],
            "investment_as_stated": money[1],
            "amount_approx": money[2],
            "public_grant_msek": source["public_grant"].map(_grant),
            "public_grant_as_stated": source["public_grant"],
            "grant_programme": source["grant_programme"],
            "co2_reduction_t_per_year": source["co2_reduction_t_per_year"],
            "source_name": source["source_name"],
            "source_url": source["source_url"],
            "source_date": source["source_date"],
        }
    )
