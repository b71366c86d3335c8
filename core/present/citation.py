"""'Cite this view': title, publisher, link, the data's years and licences, date accessed, data version."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from core.data import catalogue
from core.present import links
from core.text import format as fmt
from core.text.i18n import bilingual, text
from core.text.provenance import years_label


@dataclass(frozen=True)
class Citation:
    """The parts of a citation, each already in the reader's language."""

    title: str
    publisher: str
    url: str
    sources: tuple[str, ...]
    accessed: str
    version: str


def source_text(meta: dict, lang: str) -> str:
    """'Source (years, licence)' for one dataset, in the reader's language."""
    parts = [years_label(meta.get("years")), bilingual(meta.get("license"), lang)]
    shown = ", ".join(part for part in parts if part)
    source = bilingual(meta.get("source"), lang)
    return f"{source} ({shown})" if shown else source


def view_metas(page: links.Page, query: links.Query, metas: dict[str, dict]) -> list[dict]:
    """The metadata of the datasets a view shows; on the map the chosen indicator's own entry and year."""
    params = dict(query)
    if page.key == "data":
        return [metas[params.get("dataset", catalogue.DATASETS[0])]]
    chosen = [metas[name] for name in page.datasets]
    indicator = params.get("indicator")
    if page.key == "map" and indicator in metas["indicators"].get("indicators", {}):
        entry = metas["indicators"]["indicators"][indicator]
        year = params.get("year")
        chosen[0] = {**entry, "years": int(year) if year else entry.get("years")}
    return chosen


def cite(
    title: str, publisher: str, url: str, metas: list[dict], today: dt.date, lang: str, version: str
) -> Citation:
    """The citation of one view."""
    return Citation(
        title=title,
        publisher=publisher,
        url=url,
        sources=tuple(dict.fromkeys(source_text(meta, lang) for meta in metas)),
        accessed=fmt.date(today, lang),
        version=version,
    )


def citation_text(citation: Citation, lang: str) -> str:
    """The citation as one paragraph of plain text to copy."""
    return text(
        "present.citation",
        lang,
        title=citation.title,
        publisher=citation.publisher,
        url=citation.url,
        accessed=citation.accessed,
        sources="; ".join(citation.sources) or text("format.missing", lang),
        version=citation.version,
    )
