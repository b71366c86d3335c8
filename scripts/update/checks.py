"""What a refresh must pass before it replaces anything: limits on jumps and revisions; a short diff."""

from __future__ import annotations

import pandas as pd

from scripts.update.http import UpdateError

KEYS = ["municipality_code", "year"]
SERIES = "method"  # a table with this column holds one series per value of it (RAMS and BAS overlap)
SHOWN = 3  # largest changes printed per dataset


def _keys(frame: pd.DataFrame) -> list[str]:
    return [*KEYS, SERIES] if SERIES in frame else KEYS


def _numbers(frame: pd.DataFrame, column: str) -> pd.Series:
    arrays = [
        frame["municipality_code"],
        frame["year"].astype(int),
        *([frame[SERIES]] if SERIES in frame else []),
    ]
    index = pd.MultiIndex.from_arrays(arrays, names=_keys(frame))
    return pd.Series(pd.to_numeric(frame[column]).to_numpy(dtype=float, na_value=float("nan")), index=index)


def _where(key: tuple) -> str:
    """'2080 in 2020', or '2080 in 2020 (BAS)' for a table of several series."""
    code, year, *series = key
    return f"{code} in {year}" + "".join(f" ({s})" for s in series)


def _refuse(
    where: tuple[str, str, str], changes: pd.Series, before: pd.Series, column: str, limit: float
) -> None:
    publisher, table, against = where
    ratios = (changes / before).where(before > 0)
    over = ratios.abs() > limit
    if over.any():
        key, ratio = next(iter(ratios[over].items()))
        problem = f"{column} of {_where(key)} moves {ratio:+.0%} from {against}"
        limit_text = f"over the limit {limit:.0%} (update.max_change in config.yaml)"
        raise UpdateError(publisher, table, f"{problem}, {limit_text}")


def check_limits(
    where: tuple[str, str], old: pd.DataFrame | None, new: pd.DataFrame, column: str, limit: float
) -> None:
    """Refuse a value that jumps past the limit from the year before, or from the file it replaces."""
    values = _numbers(new, column).sort_index()
    series = [
        name for name in values.index.names if name != "year"
    ]  # each series against its own year before
    before = values.groupby(level=series).shift()
    _refuse((*where, "the year before"), values - before, before, column, limit)
    if old is not None:
        previous = _numbers(old, column).reindex(values.index)
        _refuse((*where, "the published file"), values - previous, previous, column, limit)


def diff(name: str, old: pd.DataFrame | None, new: pd.DataFrame, column: str) -> list[str]:
    """Rows added, changed and removed (per municipality, year and series); the largest changes."""
    old = new.iloc[0:0] if old is None else old
    keys = _keys(new)
    before, after = old.set_index(keys).astype(str), new.set_index(keys).astype(str)
    both = before.index.intersection(after.index)
    changed = both[(before.loc[both] != after.loc[both].reindex(columns=before.columns)).any(axis=1)]
    lines = [
        f"{name}: {len(after.index.difference(before.index))} rows added, {len(changed)} changed, "
        f"{len(before.index.difference(after.index))} removed"
    ]
    deltas = (_numbers(new, column) - _numbers(old, column).reindex(_numbers(new, column).index)).dropna()
    for key, _size in deltas[deltas != 0].abs().sort_values(ascending=False).head(SHOWN).items():
        code, year, *series = key
        row = (code, str(year), *series)
        lines.append(
            f"  {' '.join((code, str(year), *series))} {column}: {before.loc[row, column]} -> "
            f"{after.loc[row, column]} ({deltas[key]:+g})"
        )
    return lines
