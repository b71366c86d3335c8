"""Curate the industrial-transition datasets from the shared source folders into data/.

    python -m scripts.curate.transition --sources ../shared/sources

Writes data/emissions.csv, ets_plants.csv, ets_emissions.csv, transition_projects.csv, grants.csv and
jobs_region.csv, and appends the project's own items to data/activities.csv (existing rows kept). Running it
again gives byte-identical files. Values are copied as the sources give them; nothing is estimated, and a
missing value stays an empty cell. The plant-in-municipality check is printed to stderr. Each dataset
family has its own module beside this one (emissions, ets, pipeline, grants, jobs, activities); our own
sentences are in project_texts.yaml and activity_texts.yaml.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.curate.activities import activities
from scripts.curate.common import ROOT, write
from scripts.curate.emissions import emissions
from scripts.curate.ets import ets_emissions, ets_plants
from scripts.curate.grants import grants
from scripts.curate.jobs import jobs_region
from scripts.curate.pipeline import transition_projects


def main(argv: list[str] | None = None) -> int:
    """Regenerate every curated table from the sources folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "sources")
    sources = parser.parse_args(argv).sources
    plants = ets_plants(sources)
    write(emissions(sources), "emissions")
    write(plants, "ets_plants")
    write(ets_emissions(sources, plants), "ets_emissions")
    write(transition_projects(sources), "transition_projects")
    write(grants(sources), "grants")
    write(jobs_region(sources), "jobs_region")
    write(activities(sources), "activities")
    outside = plants[plants["location_check"].ne("inside")]
    for row in outside.itertuples():
        sys.stderr.write(f"{row.eutl_id} {row.name} ({row.municipality_code}): {row.location_check}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
