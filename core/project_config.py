"""Settings for activities, the timeline and visitors' own data, read from config.yaml once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from core.config import CONFIG_PATH, HEX_COLOUR, ConfigError
from core.svg.legend import SYMBOLS

MEGABYTE = 1024 * 1024
OWN_LANE = "own"


@dataclass(frozen=True)
class Lane:
    """One lane of the timeline (a relation to the project, or the visitor's own rows)."""

    id: str
    color: str
    symbol: str


@dataclass(frozen=True)
class TimelineSettings:
    """How the timeline is drawn."""

    width: int
    phone_width: int
    font_size: float
    row_height: float
    label_chars: int
    margin_days: int


@dataclass(frozen=True)
class UploadSettings:
    """Limits of an uploaded file and the real row each template shows as its example."""

    max_rows: int
    max_bytes: int
    examples: dict[str, str]


@dataclass(frozen=True)
class ProjectSettings:
    """Lanes, the outline of the visitor's own rows, the timeline and the upload limits."""

    lanes: tuple[Lane, ...]
    own_outline: str
    timeline: TimelineSettings
    upload: UploadSettings

    def lane(self, lane_id: str) -> Lane:
        """The lane with this id."""
        return next(lane for lane in self.lanes if lane.id == lane_id)


def parse_settings(raw: dict) -> ProjectSettings:
    """Build the settings from the parsed YAML, raising ConfigError on bad values."""
    try:
        upload = raw["upload"]
        settings = ProjectSettings(
            lanes=tuple(Lane(lane["id"], lane["color"], lane["symbol"]) for lane in raw["activity_lanes"]),
            own_outline=raw["own_outline_color"],
            timeline=TimelineSettings(**raw["timeline"]),
            upload=UploadSettings(
                int(upload["max_rows"]), int(upload["max_megabytes"] * MEGABYTE), dict(upload["examples"])
            ),
        )
    except (KeyError, TypeError) as error:
        raise ConfigError(f"{CONFIG_PATH.name}: missing or malformed setting {error}") from error
    colours = [lane.color for lane in settings.lanes] + [settings.own_outline]
    if not all(HEX_COLOUR.match(colour) for colour in colours):
        raise ConfigError(f"activity lane colours must be #RRGGBB, got {colours}")
    if any(lane.symbol not in SYMBOLS for lane in settings.lanes) or OWN_LANE not in {
        lane.id for lane in settings.lanes
    }:
        raise ConfigError(f"activity lanes need symbols from {SYMBOLS} and an '{OWN_LANE}' lane")
    return settings


@cache
def project_settings(path: Path = CONFIG_PATH) -> ProjectSettings:
    """Read and check the settings once per process."""
    return parse_settings(yaml.safe_load(path.read_text(encoding="utf-8")))
