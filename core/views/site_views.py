"""Display tables for the workplace register: labels, cards and summaries."""

from __future__ import annotations

from html import escape

import pandas as pd

from core.data.queries import is_own
from core.text import format as fmt
from core.text.i18n import bilingual, text
from core.views.cards import Card


def short_name(company: str) -> str:
    """The company's common name, without the legal entity in brackets: 'SSAB (SSAB EMEA AB)' -> 'SSAB'."""
    return company.split(" (")[0]


def site_labels(sites: pd.DataFrame, focus_labels: dict[str, str], lang: str) -> pd.DataFrame:
    """Add label, value_text (with unit), bar_text (short) and the card of workplace sites."""

    def employees_text(row: pd.Series, key: str) -> str:
        if pd.isna(row["employees"]):
            return text("sites.employees_missing", lang)
        prefix = text("qualifier.about_short", lang) if row["employees_approx"] else ""
        value = fmt.number(row["employees"], lang)
        return text(key, lang, prefix=prefix, value=value, year=int(row["employees_year"]))

    value_text = [employees_text(row, "sites.employees") for _, row in sites.iterrows()]
    bar_text = [employees_text(row, "sites.employees_short") for _, row in sites.iterrows()]
    labels = [f"{short_name(c)}, {s}" for c, s in zip(sites["company"], sites["site"], strict=True)]
    own = is_own(sites)
    cards = [
        (
            row["company"],
            *((text("own.label", lang),) if mine else ()),
            row["site"],
            focus_labels[row["focus_area"]],
            value,
            row[f"products_{lang}"] if pd.notna(row[f"products_{lang}"]) else "",
            text("sites.card_source", lang, source=_employees_source(row)),
        )
        for (_, row), value, mine in zip(sites.iterrows(), value_text, own, strict=True)
    ]
    return sites.assign(label=labels, value_text=value_text, bar_text=bar_text, card=cards)


def _employees_source(row: pd.Series) -> str:
    return row["employees_source"] if pd.notna(row["employees_source"]) else row["source"]


def sites_table(sites: pd.DataFrame, focus_labels: dict[str, str], meta: dict, lang: str) -> pd.DataFrame:
    """The register rows as a readable table with translated headers.

    Employees come right after the site, so they show without scrolling sideways in a profile's half
    column (1366 px) and on a phone; an approximate figure says 'ca'.
    """
    columns = meta["columns"]
    about = text("qualifier.about_short", lang)
    table = sites.assign(
        focus_area=sites["focus_area"].map(focus_labels),
        employees=[
            f"{about if pd.notna(v) and pd.notna(rough) and bool(rough) else ''}{fmt.number(v, lang)}"
            for v, rough in zip(sites["employees"], sites["employees_approx"], strict=True)
        ],
        status=[text(f"status.{v}", lang) for v in sites["status"]],
        products=sites[f"products_{lang}"],
    )
    keep = [
        "company",
        "site",
        "employees",
        "employees_year",
        "focus_area",
        "products",
        "employees_source",
        "status",
    ]
    headers = {c: bilingual(columns.get(c, {}).get("title"), lang) or text(f"column.{c}", lang) for c in keep}
    table = table[keep].rename(columns=headers)
    own = is_own(sites)
    if own.any():
        origin = own.map({True: text("own.label", lang), False: text("own.published", lang)})
        table.insert(0, text("own.column", lang), origin.to_numpy())
    return table


def register_cards(sites: pd.DataFrame, meta: dict, lang: str) -> list[Card]:
    """Cards: sites in the selection, employees at those with a figure, and how many have one."""
    provenance = text("source.card_register", lang, source=escape(bilingual(meta["source"], lang)))
    with_figure = int(sites["employees"].notna().sum())
    return [
        Card(
            text("focus.card_sites", lang),
            fmt.number(len(sites), lang),
            text("focus.card_sites_help", lang),
            provenance,
        ),
        Card(
            text("focus.card_employees", lang),
            fmt.number(sites["employees"].sum(), lang),
            text("focus.card_employees_help", lang),
            provenance,
        ),
        Card(
            text("focus.card_with_figure", lang),
            f"{with_figure} / {len(sites)}",
            text("focus.card_with_figure_help", lang),
            provenance,
        ),
    ]


def sites_without_figure(sites: pd.DataFrame) -> list[str]:
    """Names of sites that have no employee figure."""
    missing = sites[sites["employees"].isna()]
    return [f"{c} ({s})" for c, s in zip(missing["company"], missing["site"], strict=True)]


def county_table(
    summary: pd.DataFrame, county_names: dict[str, str], focus_labels: dict[str, str], lang: str
) -> pd.DataFrame:
    """Sites and employees per county and focus area, with translated headers."""
    table = summary.assign(
        county=summary["county_code"].map(county_names), focus=summary["focus_area"].map(focus_labels)
    )
    columns = {
        "county": text("column.county", lang),
        "focus": text("column.focus_area", lang),
        "sites": text("focus.measure.sites", lang),
        "employees": text("focus.measure.employees", lang),
        "sites_with_figure": text("focus.card_with_figure", lang),
    }
    return table[list(columns)].rename(columns=columns)


def in_municipality(frame: pd.DataFrame, code: str) -> pd.DataFrame:
    """Rows of one municipality."""
    return frame[frame["municipality_code"].eq(code)].reset_index(drop=True)
