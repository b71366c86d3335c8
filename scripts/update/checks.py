"""What a refresh must pass before it replaces anything: limits on jumps and revisions; a short diff."""

from __future__ import annotations

import pandas as pd

from scripts.update.http import UpdateError

KEYS = ["municipality_code", "year"]
SHOWN = 3  # largest changes printed per dataset


def _numbers(frame: pd.DataFrame, column: str) -> pd.Series:
    index = pd.MultiIndex.from_arrays([frame["municipality_code"], frame["year"].astype(int)], names=KEYS)
    return pd.Series(pd.to_numeric(frame[column]).to_numpy(dtype=float, na_value=float("nan")), index=index)


def _refuse(
    where: tuple[str, str, str], changes: pd.Series, before: pd.Series, column: str, limit: float
) -> None:
    publisher, table, against = where
    ratios = (changes / before).where(before > 0)
    over = ratios.abs() > limit
    if over.any():
        (code, year), ratio = next(iter(ratios[over].items()))
        problem = f"{column} of {code} in {year} moves {ratio:+.0%} from {against}"
        limit_text = f"over the limit {limit:.0%} (update.max_change in config.yaml)"
        raise UpdateError(publisher, table, f"{problem}, {limit_text}")


def check_limits(
    where: tuple[str, str], old: pd.DataFrame | None, new: pd.DataFrame, column: str, limit: float
) -> None:
    """Refuse a value that jumps past the limit from the year before, or from the file it replaces."""
    values = _numbers(new, column).sort_index()
    before = values.groupby(level="municipality_code").shift()
    _refuse((*where, "the year before"), values - before, before, column, limit)
    if old is not None:
        previous = _numbers(old, column).reindex(values.index)
        _refuse((*where, "the published file"), values - previous, previous, column, limit)


def diff(name: str, old: pd.DataFrame | None, new: pd.DataFrame, column: str) -> list[str]:
    """Rows added, changed and removed (by municipality and year), and the largest changes of one column."""
    old = new.iloc[0:0] if old is None else old
    before, after = old.set_index(KEYS).astype(str), new.set_index(KEYS).astype(str)
    both = before.index.intersection(after.index)
    changed = both[(before.loc[both] != after.loc[both].reindex(columns=before.columns)).any(axis=1)]
    lines = [
        f"{name}: {len(after.index.difference(before.index))} rows added, {len(changed)} changed, "
        f"{len(before.index.difference(after.index))} removed"
    ]
    deltas = (_numbers(new, column) - _numbers(old, column).reindex(_numbers(new, column).index)).dropna()
    for (code, year), _size in deltas[deltas != 0].abs().sort_values(ascending=False).head(SHOWN).items():
        lines.append(
            f"  {code} {year} {column}: {before.loc[(code, str(year)), column]} -> "
            f"{after.loc[(code, str(year)), column]} ({deltas[(code, year)]:+g})"
        )
    return lines
