"""Employed persons by SNI section in Norra Mellansverige (SE31) and Sweden, from SCB's RAMS."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from scripts.curate.common import read

RAMS = "scb-rams-nuts2-se31/rams_dagbef_sni_section_se31_2016_2021.csv"


def jobs_region(sources: Path) -> pd.DataFrame:
    """Employed persons (both sexes) by SNI section, Norra Mellansverige (SE31) and Sweden."""
    source = read(sources / RAMS)
    both = source[source["sex"].eq("totalt")]
    table = pd.DataFrame(
        {
            "year": both["year"],
            "area": both["nuts2"],
            "sni_section": both["sni_section"],
            "employed": both["employed"],
            "source_url": both["source_url"],
        }
    )
    return table.sort_values(
        ["area", "year", "sni_section"], ascending=[False, True, True], ignore_index=True
    )
