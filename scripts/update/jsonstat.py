"""Read a json-stat2 dataset (SCB PxWebApi 2.0) into rows; a changed shape is an error, ".." is missing."""

from __future__ import annotations

import itertools
import math

import pandas as pd

MISSING_STATUS = {"..", "...", "-"}  # SCB's symbols for a value that is missing or cannot be shown


class ShapeError(ValueError):
    """The response is not the json-stat2 dataset the refresh expects."""


def codes(dimension: dict) -> list[str]:
    """A dimension's value codes in the dataset's order."""
    index = dimension["category"]["index"]
    return list(index) if isinstance(index, list) else sorted(index, key=index.__getitem__)


def _values(payload: dict, count: int) -> list[float | None]:
    raw = payload["value"]
    if isinstance(raw, dict):  # the sparse form: {"position": value}
        raw = [raw.get(str(i)) for i in range(count)]
    if len(raw) != count:
        raise ShapeError(f"{len(raw)} values for {count} cells (truncated?)")
    status = payload.get("status") or {}
    status = status if isinstance(status, dict) else dict(enumerate(status))
    blank = {int(i) for i, s in status.items() if s in MISSING_STATUS}
    return [None if i in blank or v is None else float(v) for i, v in enumerate(raw)]


def dataset(payload: object, expected: list[str]) -> pd.DataFrame:
    """One row per cell: a column per dimension (codes as text) and `value` (missing stays missing)."""
    if not isinstance(payload, dict) or payload.get("class") != "dataset" or "value" not in payload:
        raise ShapeError("not a json-stat2 dataset")
    ids = list(payload.get("id") or [])
    if set(ids) != set(expected):
        new, gone = sorted(set(ids) - set(expected)), sorted(set(expected) - set(ids))
        raise ShapeError(f"dimensions changed: new {new}, missing {gone}")
    try:
        axes = [codes(payload["dimension"][name]) for name in ids]
    except (KeyError, TypeError, AttributeError) as error:
        raise ShapeError(f"dimension without categories ({error})") from None
    if [len(a) for a in axes] != list(payload.get("size") or []):
        raise ShapeError("dimension sizes disagree with their categories")
    frame = pd.DataFrame(list(itertools.product(*axes)), columns=ids, dtype=str)
    frame["value"] = pd.Series(_values(payload, math.prod(len(a) for a in axes)), dtype="Float64")
    return frame
