"""EU ETS verified emissions: the Commission's yearly Union Registry file, for the region's installations."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from core.data.loading import read_csv
from scripts.update.http import Http, UpdateError
from scripts.update.workbook import download, find_row, number, sheet_rows, text, year

WHERE = ("EUTL", "ets_emissions")
KEYS = ["eutl_id", "year"]
VALUES = {"verified": "verified_t", "allocation": "free_allocation"}  # config.yaml prefix -> our column
COLUMNS = [*KEYS, *VALUES.values(), "compliance_code"]


def _years(header: list[str], prefix: str) -> dict[int, int]:
    """Column position -> year of the columns named <prefix><year>."""
    tails = {i: year(name.removeprefix(prefix)) for i, name in enumerate(header) if name.startswith(prefix)}
    return {i: tail for i, tail in tails.items() if tail}


def _records(rows: list[tuple], settings: dict, wanted: set[str]) -> pd.DataFrame:
    registry, installation = settings["id_columns"]
    at = find_row(rows, lambda r: registry in map(text, r), settings["within"], WHERE, f"header {registry}")
    header = [text(c) for c in rows[at]]
    columns = {ours: _years(header, settings[prefix]) for prefix, ours in VALUES.items()}
    if installation not in header or not columns["verified_t"]:
        problem = f"no column {installation} or {settings['verified']}<year> in the header row"
        raise UpdateError(*WHERE, f"layout changed: {problem}")
    where_registry, where_id = header.index(registry), header.index(installation)
    records = []
    for row in rows[at + 1 :]:
        cells = row + (None,) * (len(header) - len(row))
        eutl_id = f"{text(cells[where_registry])}-{text(cells[where_id]).removesuffix('.0')}"
        if eutl_id in wanted:
            records += [
                (eutl_id, y, ours, number(cells[i]))
                for ours, at_year in columns.items()
                for i, y in at_year.items()
            ]
    if not records:
        raise UpdateError(*WHERE, f"none of the {len(wanted)} installations of ets_plants.csv is in the file")
    long = pd.DataFrame(records, columns=[*KEYS, "column", "value"]).set_index([*KEYS, "column"])
    return long["value"].astype(float).unstack("column")  # noqa: PD010 (an installation twice raises)


def merge(published: pd.DataFrame, found: pd.DataFrame) -> pd.DataFrame:
    """The published table updated by the file: the file's number wins, a value it lacks keeps the published
    one, compliance codes stay as published (not read from the file: a new year has none), new years are
    added and no row is removed."""
    old = published.assign(year=published["year"].astype(int)).set_index(KEYS)
    table = old.reindex(old.index.union(found.index))
    for column in VALUES.values():
        fresh = found[column] if column in found else pd.Series(dtype=float)
        table[column] = fresh.combine_first(pd.to_numeric(table[column])).round().astype("Int64")
    return table.reset_index()[COLUMNS].sort_values(KEYS, ignore_index=True)


def fetch(http: Http, settings: dict, data_dir: Path) -> tuple[pd.DataFrame, str]:
    """The region's verified emissions and free allocation per installation and year, and the release."""
    wanted = set(read_csv(data_dir / "ets_plants.csv")["eutl_id"])
    published_path = data_dir / "ets_emissions.csv"
    published = read_csv(published_path) if published_path.exists() else pd.DataFrame(columns=COLUMNS)
    content, name = download(http, settings, WHERE[1])
    try:
        found = _records(sheet_rows(content, settings["sheet"], WHERE), settings, wanted)
        table = merge(published, found)
    except (KeyError, ValueError, TypeError) as error:
        raise UpdateError(*WHERE, f"layout changed ({error})") from None
    years = sorted(found.dropna(subset=["verified_t"]).index.get_level_values("year"))
    return table, f"{name}, verified emissions up to {years[-1] if years else 'none'}"
