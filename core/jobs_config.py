"""Settings of the industrial-jobs indicator (data/jobs_municipality.csv), read from config.yaml once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from core.config import CONFIG_PATH, HEX_COLOUR, ConfigError


@dataclass(frozen=True)
class JobsSettings:
    """The statistical products (methods) in order of preference, and each one's line colour."""

    methods: tuple[str, ...]
    colours: dict[str, str]


def parse_jobs(raw: dict) -> JobsSettings:
    """The jobs section of config.yaml, checked: known-looking ids, one colour each."""
    entries = raw["methods"]
    bad = [e for e in entries if not HEX_COLOUR.match(str(e.get("colour")))]
    if bad or not entries:
        raise ConfigError(f"config.yaml: jobs.methods needs an id and a colour like #1A2B3C each, got {bad}.")
    return JobsSettings(
        methods=tuple(str(e["id"]) for e in entries),
        colours={str(e["id"]): str(e["colour"]) for e in entries},
    )


@cache
def jobs_settings(path: Path = CONFIG_PATH) -> JobsSettings:
    """The jobs section of config.yaml, checked."""
    with path.open(encoding="utf-8") as handle:
        return parse_jobs(yaml.safe_load(handle)["jobs"])
