"""The project map: activities at their municipality or county, marked by their relation to the project."""

from __future__ import annotations

import pandas as pd

from core.config import Config
from core.data.queries import is_own
from core.maps import svg_map
from core.maps.map_layers import bounds, lakes, outline_areas, ring
from core.maps.svg_map import Mark
from core.project_config import OWN_LANE, Lane
from core.svg.drawing import Drawing, no_link
from core.svg.legend import Key, Legend
from core.text.i18n import text
from core.views.map_views import canvas

ACTIVITY_SIZE = 14  # px, one size for every activity: they have no magnitude to show


def _key(lane: Lane, label: str) -> Key:
    """A lane's legend key; the visitor's own lane in the ring its marks are drawn with."""
    ring_style = ring(lane.id == OWN_LANE)
    return Key(label, lane.color, lane.symbol, str(ring_style["outline"]), float(ring_style["outline_width"]))


def activity_map(
    counties_geo: dict, places: pd.DataFrame, config: Config, lanes: tuple[tuple[Lane, str], ...], lang: str
) -> Drawing:
    """Activities with a place on the outline of the three counties; each shows its card when pointed at.

    places has lon, lat, lane (a lane id), card and own (the visitor's own row).
    """
    by_id = {lane.id: lane for lane, _ in lanes}
    marks = [
        Mark(
            row.lon,
            row.lat,
            ACTIVITY_SIZE,
            by_id[row.lane].color,
            by_id[row.lane].symbol,
            row.card,
            **ring(own),
        )
        for row, own in zip(places.itertuples(), is_own(places), strict=True)
    ]
    present = set(places["lane"])
    keys = tuple(_key(lane, label) for lane, label in lanes if lane.id in present)
    return svg_map.render(
        outline_areas(counties_geo, "county_code", {}, config.map, no_link),
        marks,
        Legend(keys=keys),
        bounds(counties_geo),
        canvas(config),
        text("project.map_heading", lang),
        lakes(counties_geo),
        all_names=True,
    )
