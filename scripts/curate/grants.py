"""Klimatklivet grants decided 2025-01 to 2026-06 in the region (charging points not included)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from scripts.curate.common import read

GRANTS = "klimatklivet-grants-nms-2025-2026/klimatklivet_nonCharging_grants_nms_2025-01_2026-06.csv"


def grants(sources: Path) -> pd.DataFrame:
    """Klimatklivet grants decided 2025-01 to 2026-06 in the region."""
    source = read(sources / GRANTS)
    table = pd.DataFrame(
        {
            "case_number": source["case_number"],
            "decision_date": source["decision_date"],
            "organisation": source["organisation_name"],
            "municipality_code": source["municipality_code"],
            "county_code": source["municipality_code"].str[:2],
            "measure_category": source["measure_category"],
            "title": source["title"],
            "grant_status": source["status"],
            "end_date": source["end_date"],
            "grant_sek": source["grant_amount_sek"],
        }
    )
    return table.sort_values(["decision_date", "case_number"], ignore_index=True)
