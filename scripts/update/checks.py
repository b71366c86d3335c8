"""What a refresh must pass before it replaces anything: limits on jumps and revisions; a short diff."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from scripts.update.http import UpdateError

SHOWN = 3  # largest changes printed per dataset


@dataclass(frozen=True)
class Watch:
    """What the limits and the diff look at: a column, the keys of a row, and the unit whose total per year
    the limits hold (a municipality, an area, a plant); `jumps` also limits the move from the year before."""

    column: str
    rows: tuple[str, ...] = ("municipality_code", "year")
    unit: tuple[str, ...] = ("municipality_code",)
    jumps: bool = True


def _numbers(frame: pd.DataFrame, column: str, keys: list[str]) -> pd.Series:
    values = pd.to_numeric(frame[column]).astype(float)
    return values.groupby([frame[k].astype(str) for k in keys]).sum(min_count=1).rename_axis(keys)


def _refuse(
    where: tuple[str, str, str], changes: pd.Series, before: pd.Series, column: str, limit: float
) -> None:
    publisher, table, against = where
    ratios = (changes / before).where(before > 0)
    over = ratios.abs() > limit
    if over.any():
        (*unit, year), ratio = next(iter(ratios[over].items()))
        problem = f"{column} of {' '.join(unit)} in {year} moves {ratio:+.0%} from {against}"
        limit_text = f"over the limit {limit:.0%} (update.max_change in config.yaml)"
        raise UpdateError(publisher, table, f"{problem}, {limit_text}")


def check_limits(
    where: tuple[str, str], old: pd.DataFrame | None, new: pd.DataFrame, watch: Watch, limit: float
) -> None:
    """Refuse a unit's total that jumps past the limit from the year before (where `jumps`), or from the
    file it replaces."""
    keys = [*watch.unit, "year"]
    values = _numbers(new, watch.column, keys).sort_index()
    if watch.jumps:
        before = values.groupby(level=list(watch.unit)).shift()
        _refuse((*where, "the year before"), values - before, before, watch.column, limit)
    if old is not None:
        previous = _numbers(old, watch.column, keys).reindex(values.index)
        _refuse((*where, "the published file"), values - previous, previous, watch.column, limit)


def diff(name: str, old: pd.DataFrame | None, new: pd.DataFrame, watch: Watch) -> list[str]:
    """Rows added, changed and removed (by their keys), and the largest changes of the watched column."""
    keys, column = list(watch.rows), watch.column
    old = new.iloc[0:0] if old is None else old
    before, after = old.astype(str).set_index(keys), new.astype(str).set_index(keys)
    both = before.index.intersection(after.index)
    changed = both[(before.loc[both] != after.loc[both].reindex(columns=before.columns)).any(axis=1)]
    lines = [
        f"{name}: {len(after.index.difference(before.index))} rows added, {len(changed)} changed, "
        f"{len(before.index.difference(after.index))} removed"
    ]
    deltas = (_numbers(new, column, keys) - _numbers(old, column, keys)).dropna()
    for key, _size in deltas[deltas != 0].abs().sort_values(ascending=False).head(SHOWN).items():
        lines.append(
            f"  {' '.join(key)} {column}: {before.loc[key, column]} -> {after.loc[key, column]} "
            f"({deltas[key]:+g})"
        )
    return lines
