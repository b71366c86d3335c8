"""Activities for the project page and profiles: the visitor's own rows, timeline marks, places, tables."""

from __future__ import annotations

import pandas as pd
from shapely.geometry import shape

from core.data.queries import is_own
from core.project_config import OWN_LANE, Lane, ProjectSettings
from core.text import format as fmt
from core.text.format import short
from core.text.i18n import text

PROJECT = "project"


MISSING = "–"  # a date the sources do not give: said once under the tables (undated_note)


def lanes(settings: ProjectSettings, lang: str) -> tuple[tuple[Lane, str], ...]:
    """Each lane with its name: the relation to the project, or 'Your data'."""
    return tuple(
        (lane, text("own.lane" if lane.id == OWN_LANE else f"relation.{lane.id}", lang))
        for lane in settings.lanes
    )


def lane_ids(activities: pd.DataFrame) -> pd.Series:
    """The lane of each activity: the visitor's own rows apart, the others by relation."""
    return activities["relation"].where(~is_own(activities), OWN_LANE)


def card(row: pd.Series, lang: str) -> tuple[str, ...]:
    """What pointing at an activity shows: its title, date, relation (and 'Your data'), organiser, source."""
    own = (text("own.label", lang),) if row["own"] else ()
    return (
        str(row[f"title_{lang}"]),
        fmt.date(row["date"], lang),
        text(f"relation.{row['relation']}", lang),
        *own,
        str(row["organiser"]),
        text("source.card_plain", lang, source=row["source"]),
    )


def timeline_events(activities: pd.DataFrame, settings: ProjectSettings, lang: str) -> pd.DataFrame:
    """Dated activities as timeline marks: date, lane, direct label, card and whether it is the visitor's."""
    marked = activities.assign(own=is_own(activities))  # before filtering: an empty frame takes any index
    dated = marked[marked["date"].notna()]
    chars = settings.timeline.label_chars
    return pd.DataFrame(
        {
            "date": dated["date"],
            "lane": lane_ids(dated),
            "text": [
                short(f"{fmt.short_date(day, lang)} {title}", chars)
                for day, title in zip(dated["date"], dated[f"title_{lang}"], strict=True)
            ],
            "card": [card(row, lang) for _, row in dated.iterrows()],
            "own": dated["own"],
        }
    )


def timeline_summary(activities: pd.DataFrame, project: pd.Series, lang: str) -> str:
    """The project period, and how many of the chosen activities have a date and so a mark."""
    dated = int(activities["date"].notna().sum())
    period = {"start": fmt.date(project["start_date"], lang), "end": fmt.date(project["end_date"], lang)}
    if not dated:
        return text("project.timeline_none_dated", lang, total=len(activities), **period)
    return text("project.timeline_dated", lang, total=len(activities), dated=dated, **period)


def _representative_points(geojson: dict, key: str) -> dict[str, tuple[float, float]]:
    return {
        f["properties"][key]: shape(f["geometry"]).representative_point().coords[0]
        for f in geojson["features"]
    }


def activity_places(
    activities: pd.DataFrame, municipalities_geo: dict, counties_geo: dict, lang: str
) -> pd.DataFrame:
    """Activities placed at their municipality's (else county's) representative point, with their lane."""
    points = {
        **_representative_points(counties_geo, "county_code"),
        **_representative_points(municipalities_geo, "municipality_code"),
    }
    chosen = activities.assign(lane=lane_ids(activities), own=is_own(activities))
    place = chosen["municipality_code"].fillna(chosen["county_code"])
    rows = [
        {
            "lon": points[code][0],
            "lat": points[code][1],
            "lane": row["lane"],
            "own": row["own"],
            "card": card(row, lang),
        }
        for code, (_, row) in zip(place, chosen.iterrows(), strict=True)
        if pd.notna(code) and code in points
    ]
    return pd.DataFrame(rows, columns=["lon", "lat", "lane", "own", "card"])


def activities_near(activities: pd.DataFrame, code: str) -> pd.DataFrame:
    """Activities in the municipality, or county-wide in its county."""
    county_wide = activities["municipality_code"].isna() & activities["county_code"].eq(code[:2])
    return activities[activities["municipality_code"].eq(code) | county_wide].reset_index(drop=True)


def split_by_relation(activities: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The project's own activities, and the initiatives around it (Focus Industry and related)."""
    own_project = activities["relation"].eq(PROJECT)
    return activities[own_project].reset_index(drop=True), activities[~own_project].reset_index(drop=True)


def activities_table(activities: pd.DataFrame, focus_labels: dict[str, str], lang: str) -> pd.DataFrame:
    """Activities as a readable table; a column says which rows are the visitor's own, when there are any."""
    table = pd.DataFrame(
        {
            text("column.date", lang): [
                "–" if fmt.is_missing(d) else fmt.date(d, lang) for d in activities["date"]
            ],
            text("column.title", lang): activities[f"title_{lang}"],
            text("column.organiser", lang): activities["organiser"],
            text("column.type", lang): [
                text(f"activity_type.{v}", lang) for v in activities["activity_type"]
            ],
            text("column.relation", lang): [text(f"relation.{v}", lang) for v in activities["relation"]],
            text("column.focus_area", lang): activities["focus_area"].map(focus_labels).fillna("–"),
            text("column.source", lang): activities["source_url"],
        }
    )
    own = is_own(activities)
    if own.any():
        labels = own.map({True: text("own.label", lang), False: text("own.published", lang)})
        table.insert(0, text("own.column", lang), labels.to_numpy())
    return table


def undated_note(activities: pd.DataFrame, lang: str) -> str:
    """One sentence for every activity the sources give no date ('' when every one has a date)."""
    undated = int(activities["date"].isna().sum())
    return text("project.undated", lang, count=undated) if undated else ""
