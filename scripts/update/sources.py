"""The publishers `make update-data` reads, each turned into curated outputs with their metadata."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import yaml

from scripts.update import eutl, jobs, kolada, smhi
from scripts.update.checks import Watch
from scripts.update.http import Http
from scripts.update.publish import Output
from scripts.update.scb import Scb

TEMPLATES = Path(__file__).with_name("meta")
# RAMS and BAS overlap in 2020-2021: a row per method, each series held to its own year before.
JOBS_WATCH = Watch("employed_total", jobs.KEYS, ("municipality_code", "method"))


@dataclass(frozen=True)
class Run:
    """What every publisher is given besides its settings: the municipalities (code -> name), data/, the date
    and the clock."""

    places: dict[str, str]
    data_dir: Path
    today: date
    clock: Callable[[], float]


def meta(name: str, frame: pd.DataFrame, release: str, today: date) -> dict:
    """The table's metadata: the template, with the years, the date accessed and the release filled in."""
    template = yaml.safe_load((TEMPLATES / f"{name}.meta.yaml").read_text(encoding="utf-8"))
    years = frame["year"].astype(int)
    return (
        template
        | {"years": [int(years.min()), int(years.max())], "date_accessed": today.isoformat()}
        | {"release": release}
    )


def scb(http: Http, settings: dict, run: Run) -> list[Output]:
    """SCB's employment tables joined into data/jobs_municipality.csv."""
    client = Scb(http, settings["url"], run.clock)
    client.limits()
    frame, releases = jobs.fetch(client, settings, list(run.places))
    release = "; ".join(f"{table} updated {updated}" for table, updated in releases.items())
    name = "jobs_municipality"
    return [Output(name, "SCB", frame, meta(name, frame, release, run.today), JOBS_WATCH)]


def kolada_outputs(http: Http, settings: dict, run: Run) -> list[Output]:
    """Kolada's N02235 and N02201 as data/kolada_industry.csv."""
    frame = kolada.fetch(http, settings, list(run.places))
    release = f"Kolada API v3, values as served on {run.today.isoformat()}"
    name = "kolada_industry"
    return [Output(name, "Kolada", frame, meta(name, frame, release, run.today), Watch("employed"))]


def smhi_outputs(http: Http, settings: dict, run: Run) -> list[Output]:
    """SMHI's whole release as data/emissions.csv; the years it lacks that the published release had
    (or listed as gaps) are its gaps."""
    frame = smhi.fetch(http, settings, run.places)
    info = meta("emissions", frame, str(frame["data_release"].iloc[0]), run.today)
    years = sorted({int(y) for y in frame["year"]})
    published = run.data_dir / "emissions.meta.yaml"
    before = yaml.safe_load(published.read_text(encoding="utf-8")) if published.exists() else {}
    had = {int(y) for y in [*(before.get("years") or []), *(before.get("gaps") or [])]}
    info |= {"years": years, "gaps": sorted(y for y in had - set(years) if years[0] < y < years[-1])}
    watch = Watch("emissions_t", ("area_code", "sector", "year"), ("area_code",), jumps=False)
    return [Output("emissions", "SMHI", frame, info, watch)]


def eutl_outputs(http: Http, settings: dict, run: Run) -> list[Output]:
    """The Commission's verified emissions for the region's plants, merged into data/ets_emissions.csv."""
    frame, release = eutl.fetch(http, settings, run.data_dir)
    info = meta("ets_emissions", frame, release, run.today)
    info["comparable_years"] = [settings["comparable_from"], info["years"][1]]
    watch = Watch("verified_t", ("eutl_id", "year"), ("eutl_id",), jumps=False)
    return [Output("ets_emissions", "EUTL", frame, info, watch)]


PUBLISHERS = {"scb": scb, "kolada": kolada_outputs, "smhi": smhi_outputs, "eutl": eutl_outputs}
DEFAULT = tuple(PUBLISHERS)
