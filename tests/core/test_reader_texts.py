"""Texts a reader sees: metadata in both languages, licence words in the page's language, no internal ids."""

import re
import shutil
from html import unescape

import pandas as pd
import pytest
import yaml

from core.config import load_config
from core.data import catalogue, loading, queries
from core.data.errors import DataError
from core.data.metadata import texts, untranslated
from core.text.i18n import focus_labels
from core.text.provenance import indicator_source, row_source, source_line
from core.views import dataset_views, project_views, site_views
from core.views.cards import cards_html, headline_cards
from tests.visible_text import FOREIGN_LICENCE_WORDS, ids_in, internal_ids

CONFIG = load_config()
LANGS = CONFIG.languages
METAS = {name: loading.load_meta(name) for name in catalogue.DATASETS}


def plain(markup: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", markup))


def source_lines(lang: str) -> list[str]:
    """Every source line the app can show: per dataset, per indicator, per key-figure row."""
    indicators = METAS["indicators"]
    key_figures = loading.load("key_figures")
    lines = [source_line(meta, lang) for meta in METAS.values()]
    lines += [source_line(indicator_source(indicators, i), lang) for i in indicators["indicators"]]
    lines += [
        source_line(row_source(row, METAS["key_figures"], lang), lang) for _, row in key_figures.iterrows()
    ]
    return [plain(line) for line in lines]


@pytest.mark.parametrize("name", catalogue.DATASETS)
def test_every_reader_facing_metadata_text_is_one_text_per_language(name):
    found = dict(texts(METAS[name]))
    assert {"title", "description", "source", "license"} <= set(found)
    assert untranslated(METAS[name], LANGS) == []
    for path, pair in found.items():
        for lang in LANGS:
            assert not FOREIGN_LICENCE_WORDS[lang].search(pair[lang]), (path, pair[lang])
            assert ids_in(pair[lang]) == [], (path, pair[lang])


def test_a_mixed_or_one_language_text_is_reported_by_its_path():
    meta = {
        "title": {"sv": "Tabell", "en": "Table"},
        "license": "Ej angiven / not stated – facts",
        "indicators": {"x": {"title": {"sv": "X"}, "source": {"sv": "SCB", "en": "SCB"}}},
    }
    assert untranslated(meta, LANGS) == ["license", "indicators.x.title"]


def test_the_loader_refuses_metadata_whose_licence_mixes_the_languages(tmp_path):
    for path in loading.DATA_DIR.glob("*"):
        shutil.copy(path, tmp_path / path.name)
    meta = yaml.safe_load((tmp_path / "project.meta.yaml").read_text(encoding="utf-8"))
    meta["license"] = "Ej angiven / not stated – facts"
    (tmp_path / "project.meta.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataError, match="'license' is not in both languages"):
        loading.load_meta("project", tmp_path)


@pytest.mark.parametrize("lang", LANGS)
def test_source_lines_use_only_the_readers_licence_words_and_no_ids(lang):
    lines = source_lines(lang)
    assert len(lines) > len(METAS)
    for line in lines:
        assert not FOREIGN_LICENCE_WORDS[lang].search(line), line
        assert ids_in(line) == [], line


def test_the_word_lists_catch_what_the_tester_saw():
    assert FOREIGN_LICENCE_WORDS["sv"].search("Licens: ej angiven / not stated – facts")
    assert FOREIGN_LICENCE_WORDS["en"].search("Licence: Ej angiven / not stated – facts")
    assert not FOREIGN_LICENCE_WORDS["en"].search("Source: Ekonomifakta, Regionfakta. Licence: None stated.")
    assert ids_in("MPL-2.0 (firms_50pct_payroll, industry_breadth)") == [
        "firms_50pct_payroll",
        "industry_breadth",
    ]
    assert ids_in("https://www.dalarnasciencepark.se/vara-projekt/focus-industry-spets/") == []
    assert {"key_figures", "municipality_code", "forest_bioeconomy", "ssab-borlange"} <= internal_ids()


def generated_texts(lang: str) -> list[str]:
    """Cards, facts, coverage and the Data page's tables (headers and cells) as readers get them."""
    key_figures, workplaces = loading.load("key_figures"), loading.load("workplaces")
    municipalities = queries.municipalities_table(loading.load_geojson("municipalities"))
    cards = headline_cards(
        key_figures, METAS["key_figures"]["figures"], CONFIG.headline_figures, CONFIG.region_code, lang
    )
    cards += site_views.register_cards(workplaces, METAS["workplaces"], lang)
    cards += project_views.project_cards(
        loading.load("project").iloc[0], loading.load("partners"), METAS["project"], lang
    )
    found = [plain(cards_html(cards, "x")), *(card.definition for card in cards)]
    labels = dataset_views.id_labels(
        METAS["indicators"], METAS["key_figures"], loading.load("partners"), lang
    )
    tables = [
        catalogue.indicator_coverage(loading.load("indicators"), municipalities, METAS["indicators"], lang)
    ]
    tables.append(
        site_views.sites_table(
            site_views.site_labels(workplaces, focus_labels(lang), lang),
            focus_labels(lang),
            METAS["workplaces"],
            lang,
        )
    )
    for name, meta in METAS.items():
        found.append(catalogue.facts(meta, lang).to_string())
        found.append(catalogue.columns_table(meta, lang).iloc[:, 1:].to_string())
        table = (
            catalogue.as_table(loading.load_geojson(name))
            if name in catalogue.GEOMETRIES
            else loading.load(name)
        )
        tables.append(dataset_views.readable(name, table, meta, labels, lang))
    found += [" | ".join(map(str, t.columns)) + "\n" + t.astype(str).to_string() for t in tables]
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_no_internal_id_in_generated_visible_text(lang):
    shown = generated_texts(lang)
    assert any("Anställda i industrin" in text or "Employees in industry" in text for text in shown)
    assert [ids for ids in map(ids_in, shown) if ids] == []


def test_the_data_dictionary_shows_file_column_names_in_their_own_column():
    table = catalogue.columns_table(METAS["key_figures"], "sv")
    assert table.columns[0] == "Kolumn i filen"
    assert "figure_id" in set(table.iloc[:, 0]) and "Nyckeltal" in set(table.iloc[:, 1])


@pytest.mark.parametrize("lang", LANGS)
def test_the_data_pages_table_shows_titles_and_labels_not_codes(lang):
    labels = dataset_views.id_labels(
        METAS["indicators"], METAS["key_figures"], loading.load("partners"), lang
    )
    shown = dataset_views.readable(
        "key_figures", loading.load("key_figures"), METAS["key_figures"], labels, lang
    )
    title = {"sv": "Anställda i industrin", "en": "Employees in industry"}[lang]
    first = shown.iloc[0]
    assert shown.columns[0] == METAS["key_figures"]["columns"]["figure_id"]["title"][lang]
    assert first.iloc[0] == title
    assert pd.api.types.is_float_dtype(shown.iloc[:, 3])  # values stay numbers
    qualifiers = {"sv": {"ungefär", "drygt", "nästan"}, "en": {"about", "just over", "nearly"}}[lang]
    assert qualifiers <= set(shown.iloc[:, 4])


def test_the_data_pages_table_names_each_place_beside_its_code():
    labels = {"place": dataset_views.place_labels({"2104": "Hofors", "21": "Gävleborg"})}
    table = pd.DataFrame({"area_code": ["2104", "21", "SE", None], "year": [2024] * 4})
    shown = dataset_views.readable("emissions", table, METAS["emissions"], labels, "sv")
    assert list(shown.iloc[:3, 0]) == ["Hofors (2104)", "Gävleborg (21)", "SE"]  # a code without a name stays
    assert pd.isna(shown.iloc[3, 0])  # missing stays missing


@pytest.mark.parametrize("lang", LANGS)
def test_the_data_pages_table_names_sectors_and_levels_in_words(lang):
    shown = dataset_views.readable("emissions", loading.load("emissions"), METAS["emissions"], {}, lang)
    words = {"sv": ("Jordbruk", "kommun", "riket"), "en": ("Agriculture", "municipality", "country")}[lang]
    assert words[0] in set(shown.iloc[:, 3]) and {words[1], words[2]} <= set(shown.iloc[:, 1])
    plants = dataset_views.readable("ets_plants", loading.load("ets_plants"), METAS["ets_plants"], {}, lang)
    assert {"sv": "Stål", "en": "Steel"}[lang] in set(
        plants[METAS["ets_plants"]["columns"]["sector"]["title"][lang]]
    )
