"""Every UI string exists in Swedish and English, with the same placeholders, and every key used exists."""

import re
import string
from pathlib import Path

import pytest

from core.text.i18n import strings, text

ROOT = Path(__file__).resolve().parents[2]
CODE = [
    *ROOT.glob("*.py"),
    *ROOT.glob("pages/*.py"),
    *ROOT.glob("components/**/*.py"),
    *ROOT.glob("core/**/*.py"),
]
LITERAL_KEY = re.compile(r"\b(?:t|text)\(\s*\"([a-z_][\w.]*)\"")


def placeholders(value: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(value) if name}


@pytest.mark.parametrize("key", sorted(strings()))
def test_both_languages_with_the_same_placeholders(key):
    pair = strings()[key]
    assert set(pair) == {"sv", "en"}
    assert placeholders(pair["sv"]) == placeholders(pair["en"])


def test_every_literal_key_in_the_code_exists():
    used = {key for path in CODE for key in LITERAL_KEY.findall(path.read_text(encoding="utf-8"))}
    assert used, "the pattern found no keys"
    assert sorted(used - set(strings())) == []


def test_every_page_and_focus_area_has_labels():
    from components.shell.frame import PAGES
    from core.config import load_config

    for _, key, _ in PAGES:
        assert text(f"nav.{key}", "sv") and text(f"{key}.title", "en")
    for area in load_config().focus_area_ids:
        assert text(f"focus.{area}", "sv") != text(f"focus.{area}", "en") or area == "other_industry"
        assert text(f"focus.{area}.description", "en")


def test_missing_key_fails_loudly():
    with pytest.raises(KeyError):
        text("no.such.key", "sv")
