"""Bar charts drawn as SVG: order, lengths, labels and values a reader can see, patterns and highlight."""

import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import pandas as pd
import pytest
import yaml

from core.charts import bar_charts, bars
from core.config import CONFIG_PATH, ConfigError, load_config, parse_config
from core.svg import fills
from core.svg.legend_html import legend_html

CONFIG = load_config()
WIDE = bars.style(CONFIG)
NARROW = replace(WIDE, width=CONFIG.map.phone_width)
LABELS = {
    "steel": "Stål",
    "forest_bioeconomy": "Skog",
    "advanced_manufacturing": "Verkstad",
    "other_industry": "Övrigt",
}
NS = {"svg": "http://www.w3.org/2000/svg"}
BAR = re.compile(r"M([\d.]+),([\d.]+)h(-?[\d.]+)")


def sites(*rows):
    """Hand-made rows as site_views.site_labels gives them: label, employees, area and texts."""
    frame = pd.DataFrame(rows, columns=["label", "employees", "focus_area", "municipality_code"])
    frame = frame.astype({"employees": "Int64"})
    return frame.assign(
        bar_text=[f"{v} (2023)" for v in frame["employees"]],
        card=[(label, "card") for label in frame["label"]],
    )


def parse(drawing):
    return ET.fromstring(drawing.svg)


def bar_shapes(root):
    """(x, y, length, fill) of every bar, top to bottom, left to right."""
    found = []
    for path in root.iter("{http://www.w3.org/2000/svg}path"):
        if path.get("class") == "ik-bar":
            x, y, length = map(float, BAR.match(path.get("d")).groups())
            found.append((x, y, length, path.get("fill")))
    return sorted(found, key=lambda bar: (bar[1], bar[0]))


def texts(root):
    return ["".join(node.itertext()) for node in root.iter("{http://www.w3.org/2000/svg}text")]


RANKED = sites(
    ("Ovako, Hofors", 300, "steel", "2104"),
    ("Hitachi Energy, Ludvika", 3225, "advanced_manufacturing", "2085"),
    ("Holmen, Iggesund", 850, "forest_bioeconomy", "2184"),
    ("Okänd, Mora", None, "steel", "2062"),
)


def ranking(frame=RANKED, chart=WIDE):
    return bar_charts.site_ranking(frame, CONFIG.focus_areas, LABELS, chart, "Titel", "sv")


def test_largest_site_on_top_and_bar_lengths_proportional_to_employees():
    shapes = bar_shapes(parse(ranking()))
    assert len(shapes) == 3  # the site without a figure is left out
    lengths = [length for _, _, length, _ in shapes]
    assert lengths == sorted(lengths, reverse=True)
    for length, employees in zip(lengths, [3225, 850, 300], strict=True):
        assert length / lengths[0] == pytest.approx(employees / 3225, abs=0.002)


def test_every_row_shows_its_label_and_value_without_hovering():
    shown = texts(parse(ranking()))
    for label, value in [("Hitachi Energy, Ludvika", "3225 (2023)"), ("Ovako, Hofors", "300 (2023)")]:
        assert label in shown and value in shown
    drawing = ranking()
    assert drawing.items[0].name == "Hitachi Energy, Ludvika: 3225 (2023)"  # the visible text, read in full


def test_text_from_data_is_escaped_never_markup():
    drawing = ranking(sites(("SSAB <b>x</b>, Borlänge", 10, "steel", "2081")))
    assert "<b>" not in drawing.svg
    root = parse(drawing)
    assert "SSAB <b>x</b>, Borlänge" in texts(root)
    assert not list(root.iter("b")) and not list(root.iter("{http://www.w3.org/2000/svg}b"))
    assert root.find(".//svg:a", NS).get("aria-label") == "SSAB <b>x</b>, Borlänge: 10 (2023)"


def test_each_focus_area_has_its_own_pattern_in_bars_and_legend():
    drawing = ranking()
    root = parse(drawing)
    fills_by_area = {
        area.id: fills.paint(area.pattern, area.color)
        for area in CONFIG.focus_areas
        if area.id in set(RANKED["focus_area"])
    }
    assert len(set(fills_by_area.values())) == len(fills_by_area)
    assert {fill for *_, fill in bar_shapes(root)} == set(fills_by_area.values())
    defined = {pattern.get("id") for pattern in root.iter("{http://www.w3.org/2000/svg}pattern")}
    assert {fill[5:-1] for fill in fills_by_area.values() if fill.startswith("url")} <= defined
    assert [key.label for key in drawing.legend.keys] == ["Stål", "Skog", "Verkstad"]  # only areas shown
    patterned = [area for area in CONFIG.focus_areas if area.pattern and area.id in fills_by_area]
    assert patterned and all(
        "gradient" in legend_html(drawing.legend).split(LABELS[a.id])[0] for a in patterned
    )


def test_bars_are_named_for_screen_readers_and_the_chart_has_a_title():
    root = parse(ranking())
    assert root.find("svg:title", NS).text == "Titel"
    assert root.get("aria-label") == "Titel"
    links = root.findall(".//svg:a", NS)
    assert len(links) == 3 and all(link.get("aria-label") for link in links)
    assert all(link.get("href", "").startswith("municipality") or link.get("role") == "img" for link in links)


def test_phone_drawing_is_narrow_and_puts_long_labels_above_their_bars():
    long = sites(("Volvo Construction Equipment AB Tillverkning, Arvika", 900, "steel", "1784"))
    wide, narrow = parse(ranking(long, WIDE)), parse(ranking(long, NARROW))
    assert int(narrow.get("width")) == CONFIG.map.phone_width < int(wide.get("width"))
    assert bar_shapes(narrow)[0][0] == 0  # bar starts at the left edge, under its label
    assert bar_shapes(wide)[0][0] > 0  # label beside the bar


def test_a_label_too_long_to_fit_is_cut_and_keeps_its_full_text():
    name = "Ett mycket långt företagsnamn som inte får plats på två rader i diagrammet, Ort"
    root = parse(ranking(sites((name, 100, "steel", "2081")), NARROW))
    assert any(text.endswith("…") for text in texts(root))
    assert name not in texts(root)
    assert root.find(".//svg:a/svg:title", NS).text == name


SUMMARY = pd.DataFrame(
    {
        "county_code": ["20", "20", "21"],
        "focus_area": ["steel", "advanced_manufacturing", "steel"],
        "sites": [2, 1, 1],
        "employees": [3025, 1550, 2875],
    }
)


@pytest.mark.parametrize(
    ("lang", "total", "part"), [("sv", r"4\s575 anställda", r"3\s025"), ("en", "4,575 employees", "3,025")]
)
def test_county_totals_and_parts_follow_the_readers_number_format(lang, total, part):
    drawing = bar_charts.county_stacks(
        SUMMARY,
        "employees",
        CONFIG.focus_areas,
        LABELS,
        {"20": "Dalarna", "21": "Gävleborg"},
        WIDE,
        "T",
        lang,
    )
    shown = texts(parse(drawing))
    assert any(re.fullmatch(total, text) for text in shown)
    assert any(re.fullmatch(part, text) for text in shown)  # written inside the steel part


def test_county_bars_stack_parts_in_area_order_and_name_one_site_in_the_singular():
    drawing = bar_charts.county_stacks(
        SUMMARY, "sites", CONFIG.focus_areas, LABELS, {"20": "Dalarna", "21": "Gävleborg"}, WIDE, "T", "sv"
    )
    dalarna = [bar for bar in bar_shapes(parse(drawing)) if bar[1] == bar_shapes(parse(drawing))[0][1]]
    assert len(dalarna) == 2 and dalarna[0][0] + dalarna[0][2] == pytest.approx(dalarna[1][0], abs=0.2)
    assert dalarna[0][2] == pytest.approx(2 * dalarna[1][2], abs=0.2)
    assert "1 arbetsplats" in texts(parse(drawing))
    assert [key.label for key in drawing.legend.keys] == ["Stål", "Verkstad"]


PEERS = pd.DataFrame(
    {
        "name": ["Hofors", "Gävle", "Ockelbo", "Sandviken"],
        "municipality_code": ["2104", "2180", "2101", "2181"],
        "value": [1.0, 165.0, None, 8.0],
        "value_text": ["1 företag", "165 företag", "uppgift saknas", "8 företag"],
    }
)


def peer_chart(chosen="2104"):
    return bar_charts.peer_ranking(PEERS, chosen, WIDE, "Titel", "Gävleborg", "sv")


def test_peer_chart_puts_the_highest_first_and_leaves_missing_out_saying_so():
    drawing = peer_chart()
    assert [item.card[0] for item in drawing.items] == ["Gävle", "Sandviken", "Hofors"]
    assert drawing.legend.note == "Uppgift saknas för Ockelbo."
    assert "13 företag" not in texts(parse(drawing)) and "165 företag" in texts(parse(drawing))


def test_chosen_municipality_differs_by_colour_and_by_bold_type():
    root = parse(peer_chart())
    fills_seen = [fill for *_, fill in bar_shapes(root)]
    assert fills_seen == [WIDE.muted, WIDE.muted, WIDE.highlight]
    bold = {
        text.text
        for text in root.iter("{http://www.w3.org/2000/svg}text")
        if text.get("font-weight") == "700"
    }
    assert bold == {"Hofors", "1 företag"}
    assert [key.label for key in peer_chart().legend.keys] == ["Hofors", "Övriga kommuner i Gävleborg"]


def test_a_chart_without_values_says_so_and_has_nothing_to_point_at():
    drawing = ranking(sites(("Okänd, Mora", None, "steel", "2062")))
    assert drawing.items == ()
    assert texts(parse(drawing)) == ["Inga värden att visa."]  # no legend or note for bars that are not there


def test_a_focus_area_pattern_the_charts_cannot_draw_is_refused():
    raw = yaml.safe_load(CONFIG_PATH.read_text(encoding="utf-8"))
    raw["focus_areas"][0]["pattern"] = "~"
    with pytest.raises(ConfigError, match="pattern"):
        parse_config(raw)


def words(text):
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


@pytest.mark.parametrize(
    "drawing",
    [
        ranking(),
        bar_charts.county_stacks(
            SUMMARY, "employees", CONFIG.focus_areas, LABELS, {"21": "Gävleborg"}, WIDE, "T", "sv"
        ),
        peer_chart(),
    ],
    ids=["ranking", "one-part stack", "peers"],
)
def test_what_a_bar_shows_is_part_of_the_name_it_is_read_by(drawing):
    """WCAG 2.5.3: a voice-control user says what they see."""
    links = parse(drawing).findall(".//svg:a", NS)
    assert links
    for link in links:
        shown = " ".join(texts(link))
        assert words(shown) in words(link.get("aria-label")), (shown, link.get("aria-label"))
