"""Sharing a view: its link, embed snippet, QR code and citation (fields, language, data version)."""

import base64
import datetime as dt
import io
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from core.data import package
from core.data.loading import load_meta
from core.present import citation, links
from core.present.qr import qr_img

TODAY = dt.date(2026, 11, 23)
URL = "https://industrikartan.example/map?indicator=firms_50pct_payroll&year=2022&county=21&lang=sv"


def test_a_view_link_keeps_the_view_and_language_and_drops_presentation_talk_and_embedding():
    query = [("county", "21"), ("present", "true"), ("talk", "industrin"), ("step", "3"), ("embed", "true")]
    url = links.view_url("http://127.0.0.1:8700/map", [*query, ("lang", "sv")], "en")
    assert url == "http://127.0.0.1:8700/map?county=21&lang=en"
    assert links.embed_url(url).endswith("?county=21&lang=en&embed=true")


def test_the_iframe_snippet_embeds_the_view_and_escapes_its_title():
    snippet = links.iframe_snippet("http://x/map?county=21&lang=sv", 'Karta "län"', 700)
    assert snippet.startswith('<iframe src="http://x/map?county=21&amp;lang=sv&amp;embed=true"')
    assert 'title="Karta &quot;län&quot;"' in snippet and 'height="700"' in snippet


def test_a_link_is_parsed_into_its_page_and_parameters():
    page, query = links.parse("/map?focus=steel&focus=forest_bioeconomy&county=21")
    assert page.key == "map"
    assert links.grouped(query) == {"focus": ["steel", "forest_bioeconomy"], "county": ["21"]}
    assert links.parse("/")[0].key == "overview"
    assert links.parse("/nowhere")[0] is None


def test_the_view_label_names_the_choices_in_words():
    page, query = links.parse("/map?county=21&year=2022&indicator=firms")
    names = {"county": {"21": "Gävleborg"}, "indicator": {"firms": "Företag som betalar"}}
    assert links.view_label(page, query, names) == "Företag som betalar · 2022 · Gävleborg"


def decode(img_html: str) -> list[str]:
    """The texts of the QR codes in an <img> with a PNG data URI, enlarged as CSS would."""
    uri = img_html.split('src="')[1].split('"')[0]
    assert uri.startswith("data:image/png;base64,")
    image = Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1]))).convert("L")
    big = image.resize((image.width * 8, image.height * 8), Image.Resampling.NEAREST)
    return [result.text for result in zxingcpp.read_barcodes(big)]


def test_the_qr_code_is_an_image_in_the_page_that_decodes_to_the_link():
    html = qr_img(URL, "QR-kod med länken")
    assert 'alt="QR-kod med länken"' in html
    assert decode(html) == [URL]
    assert decode(qr_img(URL.replace("lang=sv", "lang=en"), "QR")) == [URL.replace("lang=sv", "lang=en")]


@pytest.fixture(scope="module")
def metas():
    return {name: load_meta(name) for name in ("indicators", "workplaces", "municipalities", "partners")}


def test_a_map_view_cites_its_indicator_with_year_and_licence_in_the_readers_language(metas):
    page, query = links.parse("/map?indicator=firms_50pct_payroll&year=2022&county=21")
    sources = citation.view_metas(page, query, metas)
    cited = citation.cite("Industrikartan – Karta", "Focus Industry Spets", URL, sources, TODAY, "sv", "abc")
    text = citation.citation_text(cited, "sv")
    assert text.startswith("Industrikartan – Karta. Utgivare: Focus Industry Spets. " + URL)
    assert "(hämtad 23 november 2026)" in text
    assert "Socioekonomisk analys Norra Mellansverige (SCB:s mikrodata) (2022, MPL-2.0)" in text
    assert text.endswith("Dataversion: abc.")
    english = citation.citation_text(
        citation.cite("Industrikartan – Map", "Focus Industry Spets", URL, sources, TODAY, "en", "abc"), "en"
    )
    assert "Publisher: Focus Industry Spets" in english and "(accessed 23 November 2026)" in english
    assert "Socioekonomisk analys Norra Mellansverige (SCB microdata) (2022, MPL-2.0)" in english
    assert english.endswith("Data version: abc.")


def test_a_data_page_view_cites_the_chosen_dataset(metas):
    page, query = links.parse("/data?dataset=partners")
    (meta,) = citation.view_metas(page, query, metas)
    assert meta is metas["partners"]


def test_the_data_version_is_stable_for_the_same_data_and_changes_with_a_data_file(data_copy: Path):
    first = package.content_hash(data_copy)
    assert first == package.content_hash(data_copy)
    assert len(first) == package.VERSION_LENGTH
    assert package.data_version() == package.content_hash(package.DATA_DIR)
    table = data_copy / "partners.csv"
    table.write_text(table.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert package.content_hash(data_copy) != first


def test_a_shared_link_pins_the_choices_left_to_defaults_but_not_all_or_none():
    page, query = links.parse("/map?county=21")
    remembered = {
        "indicator": "firms_50pct_payroll",
        "year": 2022,
        "county": "20",
        "focus": ["steel"],
        "level": "",
    }
    assert links.pinned(page, query, remembered) == [
        ("county", "21"),
        ("indicator", "firms_50pct_payroll"),
        ("year", "2022"),
    ]
    assert links.pinned(links.BY_KEY["map"], [], {"year": None, "county": ""}) == []
