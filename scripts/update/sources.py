"""The publishers `make update-data` reads, each turned into curated outputs with their metadata."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd
import yaml

from scripts.update import jobs, kolada
from scripts.update.http import Http, UpdateError
from scripts.update.publish import Output
from scripts.update.scb import Scb

TEMPLATES = Path(__file__).with_name("meta")


def meta(name: str, frame: pd.DataFrame, release: str, today: date) -> dict:
    """The table's metadata: the template, with the years, the date accessed and the release filled in."""
    template = yaml.safe_load((TEMPLATES / f"{name}.meta.yaml").read_text(encoding="utf-8"))
    years = frame["year"].astype(int)
    return (
        template
        | {"years": [int(years.min()), int(years.max())], "date_accessed": today.isoformat()}
        | {"release": release}
    )


def scb(
    http: Http, settings: dict, places: list[str], today: date, clock: Callable[[], float]
) -> list[Output]:
    """SCB's employment tables joined into data/jobs_municipality.csv."""
    client = Scb(http, settings["url"], clock)
    client.limits()
    frame, releases = jobs.fetch(client, settings, places)
    release = "; ".join(f"{table} updated {updated}" for table, updated in releases.items())
    name = "jobs_municipality"
    return [Output(name, "SCB", frame, meta(name, frame, release, today), "employed_total")]


def kolada_outputs(
    http: Http, settings: dict, places: list[str], today: date, _clock: object
) -> list[Output]:
    """Kolada's N02235 and N02201 as data/kolada_industry.csv."""
    frame = kolada.fetch(http, settings, places)
    release = f"Kolada API v3, values as served on {today.isoformat()}"
    name = "kolada_industry"
    return [Output(name, "Kolada", frame, meta(name, frame, release, today), "employed")]


def not_automated(publisher: str, table: str, by_hand: str) -> Callable[..., list[Output]]:
    """A publisher the command does not fetch yet: asking for it fails with what a maintainer does instead."""

    def fetch(*_args: object) -> list[Output]:
        raise UpdateError(publisher, table, f"not automated yet: {by_hand}")

    return fetch


SMHI_BY_HAND = (
    "download the municipal Excel files (all greenhouse gases) from Nationella emissionsdatabasen, "
    "then run python -m scripts.curate.transition"
)
EUTL_BY_HAND = (
    "download the Union Registry's yearly compliance file (verified emissions), "
    "then run python -m scripts.curate.transition"
)
PUBLISHERS = {
    "scb": scb,
    "kolada": kolada_outputs,
    "smhi": not_automated("SMHI", "emissions", SMHI_BY_HAND),
    "eutl": not_automated("EUTL", "ets_emissions", EUTL_BY_HAND),
}
DEFAULT = ("scb", "kolada")
