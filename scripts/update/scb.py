"""SCB PxWebApi 2.0: limits from /config, table metadata, and data in chunks that respect the cell limit."""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd

from scripts.update.http import Http, UpdateError
from scripts.update.jsonstat import ShapeError, codes, dataset
from scripts.update.ratelimit import RateLimit

PUBLISHER = "SCB"


class Scb:
    """One connection to SCB's API; `limits()` must run first (it sets the rate limit and the cell limit)."""

    def __init__(self, http: Http, url: str, clock: Callable[[], float]) -> None:
        self.http, self.url, self.clock = http, url.rstrip("/"), clock
        self.max_cells = 0

    def limits(self) -> dict:
        """Read /config: cells per call and calls per time window, applied to every later call."""
        config = self.http.json("config", f"{self.url}/config")
        try:
            self.max_cells = int(config["maxDataCells"])
            calls, window = int(config["maxCallsPerTimeWindow"]), float(config["timeWindow"])
        except (KeyError, TypeError, ValueError) as error:
            raise UpdateError(PUBLISHER, "config", f"response shape changed (no {error})") from None
        self.http.limit = RateLimit(calls, window, self.clock, self.http.sleep)
        return config

    def metadata(self, table: str) -> tuple[dict[str, dict], dict]:
        """A table's variables (json-stat2 dimensions by code) and its whole metadata."""
        meta = self.http.json(table, f"{self.url}/tables/{table}/metadata?lang=sv&outputFormat=json-stat2")
        try:
            return {name: meta["dimension"][name] for name in meta["id"]}, meta
        except (KeyError, TypeError) as error:
            raise UpdateError(PUBLISHER, table, f"metadata shape changed (no {error})") from None

    def data(self, table: str, selection: dict[str, list[str]]) -> pd.DataFrame:
        """The selected cells, fetched in as few calls as the cell limit allows (split by time)."""
        per_period = math.prod(len(v) for k, v in selection.items() if k != "Tid")
        if per_period > self.max_cells:
            problem = f"one year is {per_period} cells, over the limit of {self.max_cells} per call"
            raise UpdateError(PUBLISHER, table, problem)
        step = self.max_cells // per_period
        periods = selection["Tid"]
        chunks = [periods[i : i + step] for i in range(0, len(periods), step)]
        frames = [self._chunk(table, {**selection, "Tid": chunk}) for chunk in chunks]
        return pd.concat(frames, ignore_index=True)

    def _chunk(self, table: str, selection: dict[str, list[str]]) -> pd.DataFrame:
        body = {"selection": [{"variableCode": k, "valueCodes": v} for k, v in selection.items()]}
        url = f"{self.url}/tables/{table}/data?lang=sv&outputFormat=json-stat2"
        payload = self.http.json(table, url, body)
        try:
            return dataset(payload, list(selection))
        except ShapeError as error:
            raise UpdateError(PUBLISHER, table, f"response shape changed: {error}") from None


def contents_code(dimension: dict, table: str) -> str:
    """The contents code counting people by workplace (the only one, or the one whose label says so)."""
    options = codes(dimension)
    labels = dimension["category"].get("label", {})
    by_workplace = [c for c in options if any(w in labels.get(c, "").lower() for w in ("arbetsst", "dagbef"))]
    chosen = options if len(options) == 1 else by_workplace
    if len(chosen) != 1:
        raise UpdateError(PUBLISHER, table, f"cannot tell the by-workplace count among contents {options}")
    return chosen[0]
