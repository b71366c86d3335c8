"""What visible text must not hold: the package's internal ids, and the other language's licence words."""

import re
from functools import cache

import yaml

from core.config import load_config
from core.data import loading

# Licence words of the other language: a Swedish page must not say "not stated", an English one "fakta".
FOREIGN_LICENCE_WORDS = {
    "sv": re.compile(r"\b(not stated|none stated|no licen[cs]e|facts?|licen[cs]ed?|public domain)\b", re.I),
    "en": re.compile(r"\b(ej angiven|ingen angiven|inte angiven|fakta|licens(en|er|ierad|ierat)?)\b", re.I),
}
ROW_IDS = {
    "workplaces": "workplace_id",
    "partners": "partner_id",
    "activities": "activity_id",
    "project": "project_id",
}


@cache
def internal_ids() -> frozenset[str]:
    """Ids readers should never see: column names, row ids, indicator, figure, focus-area and code values.

    Only ids with an underscore or a hyphen count: a plain word such as 'steel' or 'year' is also English.
    """
    ids: set[str] = set()
    for path in sorted(loading.DATA_DIR.glob("*.meta.yaml")):
        meta = yaml.safe_load(path.read_text(encoding="utf-8"))
        ids |= {
            path.name.split(".")[0],
            *meta["columns"],
            *meta.get("indicators", {}),
            *meta.get("figures", {}),
        }
    for name, column in ROW_IDS.items():
        ids |= set(loading.read_csv(loading.DATA_DIR / f"{name}.csv")[column])
    config = load_config()
    ids |= {*config.focus_area_ids, *config.register_indicators}
    for name, column in (
        ("key_figures", "qualifier"),
        ("partners", "partner_type"),
        ("activities", "relation"),
    ):
        ids |= set(loading.read_csv(loading.DATA_DIR / f"{name}.csv")[column])
    return frozenset(i for i in ids if "_" in i or "-" in i)


@cache
def id_pattern() -> re.Pattern[str]:
    """Any internal id as a whole word, not inside a web address (…/focus-industry-spets/ is a page's URL)."""
    alternatives = "|".join(sorted(map(re.escape, internal_ids()), key=len, reverse=True))
    return re.compile(rf"(?<![\w/.-])({alternatives})(?![\w/-])")


def ids_in(text: str) -> list[str]:
    """The internal ids a text shows, in order."""
    return id_pattern().findall(text)
