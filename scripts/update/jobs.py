"""Employed persons per municipality from SCB's RAMS and BAS tables: one series per method, both kept."""

from __future__ import annotations

import pandas as pd

from scripts.update.http import UpdateError
from scripts.update.jsonstat import codes
from scripts.update.scb import PUBLISHER, Scb, contents_code

KEPT = ("Region", "SNI2007", "ContentsCode", "Tid")
SUMMED = ("Kon", "Fodelseregion")  # a total code where the table has one, else its values are added
COLUMNS = ["municipality_code", "year", "source_table", "method"]
COLUMNS += ["employed_total", "employed_manufacturing", "preliminary"]
KEYS = ("municipality_code", "year", "method")  # a row's identity: RAMS and BAS overlap in 2020-2021


def _total_or_all(options: list[str], totals: list[str]) -> list[str]:
    return next(([c] for c in totals if c in options), options)


def selection(dims: dict[str, dict], table: str, municipalities: list[str], settings: dict) -> dict:
    """What to ask for: the municipalities, every branch group, the by-workplace count, every year."""
    unknown = sorted(set(dims) - set(KEPT) - set(SUMMED))
    if unknown or not set(KEPT) <= set(dims):
        raise UpdateError(PUBLISHER, table, f"variables changed: {list(dims)} (new {unknown})")
    absent = [m for m in municipalities if m not in codes(dims["Region"])]
    if absent or settings["manufacturing"] not in codes(dims["SNI2007"]):
        raise UpdateError(PUBLISHER, table, f"missing codes: municipalities {absent}, or branch group B+C")
    chosen = {"Region": municipalities, "SNI2007": codes(dims["SNI2007"]), "Tid": codes(dims["Tid"])}
    chosen["ContentsCode"] = [contents_code(dims["ContentsCode"], table)]
    chosen |= {name: _total_or_all(codes(dims[name]), settings["totals"]) for name in SUMMED if name in dims}
    return {name: chosen[name] for name in dims}


def _strict_sum(values: pd.Series) -> object:
    return values.sum(min_count=len(values))  # one missing part makes the sum missing, never a smaller sum


def reduce(cells: pd.DataFrame, totals: list[str], manufacturing: str) -> pd.DataFrame:
    """Per municipality and year: all employed (the table's total, or the sum of every branch group, the
    unknown one "00"/"US" included) and employed in manufacturing (B+C only)."""
    summed = cells.groupby(["Region", "Tid", "SNI2007"])["value"].agg(_strict_sum).unstack("SNI2007")  # noqa: PD010
    total_code = next((c for c in totals if c in summed.columns), None)
    branches = summed.drop(columns=[total_code]) if total_code else summed
    total = summed[total_code] if total_code else branches.sum(axis=1, min_count=branches.shape[1])
    frame = pd.DataFrame({"employed_total": total, "employed_manufacturing": summed[manufacturing]})
    frame = frame.round().astype("Int64").reset_index()
    frame["year"] = frame.pop("Tid").str[:4].astype(int)
    return frame.rename(columns={"Region": "municipality_code"})


def combine(parts: list[tuple[dict, pd.DataFrame]]) -> pd.DataFrame:
    """One row per municipality, year and method, from the first table of that method (in precedence order)
    that has the year: RAMS and BAS both keep their rows where they overlap (2020-2021)."""
    tagged = [
        frame.assign(
            source_table=source["id"], method=source["method"], preliminary=str(source["preliminary"]).lower()
        )
        for source, frame in parts
    ]
    rows = pd.concat(tagged, ignore_index=True).drop_duplicates(list(KEYS), keep="first")
    return rows.sort_values(list(KEYS), ignore_index=True)[COLUMNS]


def fetch(scb: Scb, settings: dict, municipalities: list[str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """The joined series and, per table, the date SCB last updated it (the release)."""
    parts, releases = [], {}
    for source in settings["tables"]:
        table = source["id"]
        dims, meta = scb.metadata(table)
        cells = scb.data(table, selection(dims, table, municipalities, settings))
        try:
            parts.append((source, reduce(cells, settings["totals"], settings["manufacturing"])))
        except (KeyError, ValueError, TypeError) as error:
            raise UpdateError(PUBLISHER, table, f"response shape changed ({error})") from None
        releases[table] = str(meta.get("updated", "not stated"))
    return combine(parts), releases
