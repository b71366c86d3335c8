"""Display parts of the project page: its cards, the partners table and its aims from the press texts."""

from __future__ import annotations

from html import escape

import pandas as pd

from core.config import Config
from core.text import format as fmt
from core.text.i18n import bilingual, text
from core.views.cards import Card


def project_cards(project: pd.Series, partners: pd.DataFrame, meta: dict, lang: str) -> list[Card]:
    """Period, funding, coordinator and number of partners of the project, with the source's name."""
    provenance = text("source.card_plain", lang, source=escape(bilingual(meta["source"], lang)))
    participants = partners[partners["partner_type"].ne("co_financier")]
    return [
        Card(
            text("project.period", lang),
            f"{fmt.date(project['start_date'], lang)} – {fmt.date(project['end_date'], lang)}",
            text("project.period_help", lang),
            provenance,
        ),
        Card(
            text("project.funding", lang),
            project[f"funding_{lang}"],
            text("project.co_financiers", lang, names=project["co_financiers"]),
            provenance,
        ),
        Card(text("project.coordinator", lang), project["coordinator"], "", provenance),
        Card(
            text("project.partner_count", lang),
            fmt.number(len(participants), lang),
            text("project.partner_count_help", lang),
            provenance,
        ),
    ]


def partners_table(
    partners: pd.DataFrame, config: Config, focus_labels: dict[str, str], lang: str
) -> pd.DataFrame:
    """Partners with their role, county and focus area in the reader's language."""
    counties = {c.code: c.name for c in config.counties}
    return pd.DataFrame(
        {
            text("column.organisation", lang): partners["organisation"],
            text("column.partner_type", lang): [
                text(f"partner_type.{v}", lang) for v in partners["partner_type"]
            ],
            text("column.role", lang): partners[f"role_{lang}"],
            text("column.county", lang): partners["county_code"].map(counties).fillna("–"),
            text("column.focus_area", lang): partners["focus_area"]
            .map(focus_labels)
            .fillna(text("project.all_areas", lang)),
        }
    )


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _focus_line(
    row: pd.Series, organisations: dict[str, str], focus_labels: dict[str, str], lang: str
) -> str:
    lead = organisations.get(row["partner_id"]) if pd.notna(row["partner_id"]) else None
    name = f"<strong>{escape(focus_labels[row['focus_area']])}</strong>"
    return f"{name}: {escape(text('project.aims.led_by', lang, partner=lead))}" if lead else name


def _no_lead(aims: pd.DataFrame, focus_labels: dict[str, str], lang: str) -> str:
    """One sentence naming the focus areas whose lead no source gives ('' when every one has a lead)."""
    rows = aims[aims["kind"].eq("focus_area") & aims["partner_id"].isna()]
    names = [focus_labels[area] for area in rows["focus_area"]]
    said = text("project.aims.no_lead", lang, areas=fmt.listing(names, lang))
    return f'<p class="ik-note">{escape(said)}</p>' if names else ""


def aims_html(aims: pd.DataFrame, partners: pd.DataFrame, focus_labels: dict[str, str], lang: str) -> str:
    """The purpose in a sentence, then cards: the aims, the means, and who leads each focus area."""
    organisations = dict(zip(partners["partner_id"], partners["organisation"], strict=True))

    def texts(kind: str) -> list[str]:
        return [escape(value) for value in aims.loc[aims["kind"].eq(kind), f"text_{lang}"]]

    focus = [
        _focus_line(row, organisations, focus_labels, lang)
        for _, row in aims[aims["kind"].eq("focus_area")].iterrows()
    ]
    cards = [("project.aims.goals", texts("goal")), ("project.aims.means", texts("means"))]
    cards.append(("project.aims.focus", focus))
    items = "".join(
        f'<li class="ik-card"><h3 class="ik-card-heading">{escape(text(key, lang))}</h3>{_list(lines)}</li>'
        for key, lines in cards
    )
    purpose = " ".join(texts("purpose"))
    heading = escape(text("project.aims.purpose", lang))
    lead_note = _no_lead(aims, focus_labels, lang)
    return f'<p><strong>{heading}</strong> {purpose}</p><ul class="ik-cards">{items}</ul>{lead_note}'


def aims_sources(aims: pd.DataFrame, meta: dict) -> list[dict]:
    """Provenance of each distinct source the aims cite, with the table's years and licence."""
    sources = aims[["source", "source_url"]].drop_duplicates()
    return [
        {**row, "years": meta["years"], "license": meta["license"], "license_url": meta.get("license_url")}
        for row in sources.to_dict("records")
    ]


def contact_fields(project: pd.Series) -> dict[str, str]:
    """Who to write to about the site and where, as data/project.csv gives them (no invented address)."""
    return {
        "coordinator": project["coordinator"],
        "project": project["name"],
        "contact_url": project["source_url"],
    }
