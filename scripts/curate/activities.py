"""The project's items from focus-industry-activities in our words (activity_texts.yaml), appended once."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from scripts.curate.common import DATA, field, read, texts

ACTIVITIES = "focus-industry-activities/activities.csv"
PARTNERS = {
    "Dalarna Science Park": "dalarna-science-park",
    "Paper Province": "paper-province",
    "Sustainable Steel Region": "sustainable-steel-region",
    "RISE": "rise-propell",
    "Sandbacka Science Park": "sandbacka-science-park",
    "IUC Gävleborg": "iuc-gavleborg",
    "IUC Värmland": "iuc-varmland",
}
RELATIONS = {"focus_industry_spets": "project", "related": "related", "predecessor_project": "predecessor"}
TYPES = {"conference": "event", "seminar": "event", "programme": "other", "report": "other", "other": "other"}
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _partner(text: str) -> str:
    first = text.split(";")[0].strip()
    return PARTNERS.get(first, "")


def _one_code(text: str) -> str:
    return text if re.fullmatch(r"\d{4}", text) else ""


def new_activities(sources: Path) -> pd.DataFrame:
    """The source's items not yet in data/activities.csv, in our own words and vocabulary."""
    own = texts("activity_texts")
    source = read(sources / ACTIVITIES)
    source = source[source["id"].isin(own)]
    ids = source["id"]
    codes = source["municipality_code"].map(_one_code)
    return pd.DataFrame(
        {
            "activity_id": field(ids, own, "activity_id"),
            "date": source["date"].where(source["date"].str.match(FULL_DATE), ""),
            "title_sv": field(ids, own, "title_sv"),
            "title_en": field(ids, own, "title_en"),
            "organiser": source["organiser"],
            "partner_id": source["partner"].map(_partner),
            "county_code": codes.str[:2],
            "municipality_code": codes,
            "focus_area": source["focus_area"].where(~source["focus_area"].isin(["all", "unknown"]), ""),
            "activity_type": source["activity_type"].map(TYPES),
            "relation": source["relation"].map(RELATIONS),
            "description_sv": field(ids, own, "description_sv"),
            "description_en": field(ids, own, "description_en"),
            "source": source["source_name"],
            "source_url": source["source_url"],
        }
    )


def activities(sources: Path) -> pd.DataFrame:
    """data/activities.csv with the new items appended once (rows already there are kept as they are)."""
    current = read(DATA / "activities.csv")
    added = new_activities(sources)
    kept = current[~current["activity_id"].isin(added["activity_id"])]
    return pd.concat([kept, added], ignore_index=True)
