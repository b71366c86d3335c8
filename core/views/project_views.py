"""Display tables for the project page: cards, partners, activities, timeline and places."""

from __future__ import annotations

from html import escape

import pandas as pd
from shapely.geometry import shape

from core.config import Config
from core.text import format as fmt
from core.text.i18n import bilingual, text
from core.views.cards import Card


def project_cards(project: pd.Series, partners: pd.DataFrame, meta: dict, lang: str) -> list[Card]:
    """Period, funding, coordinator and number of partners of the project, with the source's name."""
    provenance = text("source.card_plain", lang, source=escape(bilingual(meta["source"], lang)))
    participants = partners[partners["partner_type"].ne("co_financier")]
    return [
        Card(
            text("project.period", lang),
            f"{fmt.date(project['start_date'], lang)} – {fmt.date(project['end_date'], lang)}",
            text("project.period_help", lang),
            provenance,
        ),
        Card(
            text("project.funding", lang),
            project[f"funding_{lang}"],
            text("project.co_financiers", lang, names=project["co_financiers"]),
            provenance,
        ),
        Card(text("project.coordinator", lang), project["coordinator"], "", provenance),
        Card(
            text("project.partner_count", lang),
            fmt.number(len(participants), lang),
            text("project.partner_count_help", lang),
            provenance,
        ),
    ]


def partners_table(
    partners: pd.DataFrame, config: Config, focus_labels: dict[str, str], lang: str
) -> pd.DataFrame:
    """Partners with their role, county and focus area in the reader's language."""
    counties = {c.code: c.name for c in config.counties}
    return pd.DataFrame(
        {
            text("column.organisation", lang): partners["organisation"],
            text("column.partner_type", lang): [
                text(f"partner_type.{v}", lang) for v in partners["partner_type"]
            ],
            text("column.role", lang): partners[f"role_{lang}"],
            text("column.county", lang): partners["county_code"].map(counties).fillna("–"),
            text("column.focus_area", lang): partners["focus_area"]
            .map(focus_labels)
            .fillna(text("project.all_areas", lang)),
        }
    )


def timeline_rows(activities: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Dated activities with a lane (relation) and hover text for the timeline."""
    dated = activities[activities["date"].notna()]
    return dated.assign(
        lane=[text(f"relation.{v}", lang) for v in dated["relation"]],
        hover=[
            f"{fmt.date(d, lang)}: {title}"
            for d, title in zip(dated["date"], dated[f"title_{lang}"], strict=True)
        ],
    )


def timeline_summary(activities: pd.DataFrame, project: pd.Series, lang: str) -> str:
    """How many activities are dated, and the project period."""
    dated = int(activities["date"].notna().sum())
    return text(
        "project.timeline_summary",
        lang,
        total=len(activities),
        dated=dated,
        start=fmt.date(project["start_date"], lang),
        end=fmt.date(project["end_date"], lang),
    )


def activity_places(
    activities: pd.DataFrame, municipalities_geo: dict, counties_geo: dict, lang: str
) -> pd.DataFrame:
    """Activities placed at their municipality's (else county's) representative point."""
    points = {
        **_representative_points(counties_geo, "county_code"),
        **_representative_points(municipalities_geo, "municipality_code"),
    }
    rows = []
    for _, row in activities.iterrows():
        place = row["municipality_code"] if pd.notna(row["municipality_code"]) else row["county_code"]
        if pd.notna(place) and place in points:
            lon, lat = points[place]
            rows.append({"lat": lat, "lon": lon, "hover": row[f"title_{lang}"]})
    return pd.DataFrame(rows, columns=["lat", "lon", "hover"])


def _representative_points(geojson: dict, key: str) -> dict[str, tuple[float, float]]:
    return {
        f["properties"][key]: shape(f["geometry"]).representative_point().coords[0]
        for f in geojson["features"]
    }


def activities_near(activities: pd.DataFrame, code: str) -> pd.DataFrame:
    """Activities in the municipality, or county-wide in its county."""
    county_wide = activities["municipality_code"].isna() & activities["county_code"].eq(code[:2])
    return activities[activities["municipality_code"].eq(code) | county_wide].reset_index(drop=True)


def activities_table(activities: pd.DataFrame, focus_labels: dict[str, str], lang: str) -> pd.DataFrame:
    """Activities as a readable table: date, title, organiser, type, focus area, source."""
    table = pd.DataFrame(
        {
            text("column.date", lang): [fmt.date(d, lang) for d in activities["date"]],
            text("column.title", lang): activities[f"title_{lang}"],
            text("column.organiser", lang): activities["organiser"].fillna(text("format.missing", lang)),
            text("column.type", lang): [
                text(f"activity_type.{v}", lang) for v in activities["activity_type"]
            ],
            text("column.relation", lang): [text(f"relation.{v}", lang) for v in activities["relation"]],
            text("column.focus_area", lang): activities["focus_area"].map(focus_labels).fillna("–"),
            text("column.source", lang): activities["source_url"],
        }
    )
    return table
