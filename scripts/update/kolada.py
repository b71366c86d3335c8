"""Kolada v3: KPI values per municipality and year, following `next_url` page by page."""

from __future__ import annotations

import pandas as pd

from scripts.update.http import Http, UpdateError

PUBLISHER = "Kolada"


def _rows(page: object, table: str) -> tuple[list[dict], str | None]:
    if not isinstance(page, dict) or not isinstance(page.get("values"), list):
        raise UpdateError(PUBLISHER, table, "response shape changed (no list 'values')")
    rows = []
    for item in page["values"]:
        try:
            total = [v for v in item["values"] if v["gender"] == "T"]
            rows += [
                {
                    "kpi": item["kpi"],
                    "municipality_code": item["municipality"],
                    "year": int(item["period"]),
                    "value": v["value"],
                }
                for v in total
            ]
        except (KeyError, TypeError, ValueError) as error:
            raise UpdateError(PUBLISHER, table, f"response shape changed (value without {error})") from None
    return rows, page.get("next_url") or page.get("next_page")


def fetch(http: Http, settings: dict, municipalities: list[str]) -> pd.DataFrame:
    """One row per municipality and year, a column per KPI (named in config.yaml); missing stays missing."""
    kpis: dict[str, str] = settings["kpis"]
    table = ",".join(kpis)
    base = settings["url"].rstrip("/")
    places = ",".join(municipalities)
    url: str | None = f"{base}/data/kpi/{table}/municipality/{places}?per_page={settings['per_page']}"
    rows: list[dict] = []
    while url:
        if not url.startswith(base):
            raise UpdateError(PUBLISHER, table, f"next page is on another host: {url}")
        page_rows, url = _rows(http.json(table, url), table)
        rows += page_rows
    if not rows:
        raise UpdateError(PUBLISHER, table, "no values returned")
    try:
        values = pd.DataFrame(rows).set_index(["municipality_code", "year", "kpi"])["value"].astype("Float64")
        frame = values.unstack("kpi")  # noqa: PD010 (a duplicate value raises, which is right)
        frame = frame.reindex(columns=list(kpis)).rename(columns=kpis).reset_index()
        frame["employed"] = frame["employed"].round().astype("Int64")
    except (ValueError, TypeError) as error:
        raise UpdateError(PUBLISHER, table, f"response shape changed ({error})") from None
    return frame[["municipality_code", "year", *kpis.values()]].sort_values(["municipality_code", "year"])
