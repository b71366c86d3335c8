"""Cards, source lines and download links as HTML: the reader's text is shown, escaped, and linked."""

import base64
import re
from html import unescape

from components.widgets.downloads import download_html
from core.config import load_config
from core.data import loading
from core.text.provenance import source_line
from core.views.cards import Card, FocusCard, cards_html, focus_cards_html, headline_cards

CONFIG = load_config()


def headline(lang: str) -> str:
    figures = loading.load_meta("key_figures")["figures"]
    cards = headline_cards(
        loading.load("key_figures"), figures, CONFIG.headline_figures, CONFIG.region_code, lang
    )
    return cards_html(cards, "Förklaring")


def test_headline_cards_show_each_figure_with_its_year_and_linked_source():
    markup = headline("sv")
    values = [unescape(v) for v in re.findall(r'<p class="ik-card-value">([^<]+)</p>', markup)]
    assert len(values) == len(CONFIG.headline_figures)
    assert values[0].startswith("ca 53")
    notes = re.findall(r'<p class="ik-card-note">(\d{4}) · <a href="https?://[^"]+">[^<]+</a></p>', markup)
    assert len(notes) == len(values)


def test_headline_cards_follow_the_language_number_format():
    assert "53,000" in headline("en") and "53 000" in unescape(headline("sv")).replace("\u00a0", " ")


def test_a_card_keeps_its_definition_one_click_away_and_escapes_text():
    card = Card("R&D <jobs>", "12", "Counted as <b>staff</b>.", "2020 · Source")
    markup = cards_html([card], "Explanation")
    assert "<details><summary>Explanation</summary><p>Counted as &lt;b&gt;staff&lt;/b&gt;.</p>" in markup
    assert "R&amp;D &lt;jobs&gt;" in markup
    assert "<details>" not in cards_html([Card("A", "1", "", "x")], "Explanation")


def test_focus_cards_name_each_area_as_a_heading():
    cards = [
        FocusCard("Stål", "Stålverk.", "SNI 2007: 24.1", ""),
        FocusCard("Skog", "Sågverk.", "SNI 16", "2 sites"),
    ]
    markup = focus_cards_html(cards)
    assert re.findall(r'<h3 class="ik-card-heading">([^<]+)</h3>', markup) == ["Stål", "Skog"]
    assert markup.count("<li") == 2 and "2 sites" in markup


def test_source_line_links_source_and_licence_and_escapes_names():
    meta = {
        "source": 'SCB & "Region"',
        "source_url": "https://example.org/?a=1&b=2",
        "license": {"sv": "CC0 1.0", "en": "CC0 1.0"},
        "license_url": "https://creativecommons.org/publicdomain/zero/1.0/",
        "years": [2019, 2022],
    }
    line = source_line(meta, "sv")
    assert line.startswith(
        'Källa: <a href="https://example.org/?a=1&amp;b=2">SCB &amp; &quot;Region&quot;</a>'
    )
    assert "(2019–2022)" in line and ">CC0 1.0</a>" in line
    assert "<a" not in source_line({"source": "Egen", "license": "MIT"}, "en")


def test_download_link_carries_the_file_and_names_it():
    markup = download_html("Ladda ned tabellen (CSV)", "kommun;värde\n".encode(), "map_chart.csv", "text/csv")
    address = re.search(r'data-href="data:text/csv;base64,([^"]+)"', markup).group(1)
    assert base64.b64decode(address).decode() == "kommun;värde\n"
    assert 'download="map_chart.csv"' in markup and "Ladda ned tabellen (CSV)</a>" in markup
