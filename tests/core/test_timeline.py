"""The timeline picture: the project period as a band, each dated activity a labelled, linked mark."""

import itertools
import re
import xml.etree.ElementTree as ET

import pandas as pd

from core.charts.timeline import Period, timeline_svg
from core.data import queries
from core.data.loading import load
from core.project_config import project_settings
from core.views import activity_views

SETTINGS = project_settings()
PERIOD = Period(
    pd.Timestamp("2022-02-01"), pd.Timestamp("2023-10-31"), "Projekttid 1 feb. 2022 – 31 okt. 2023"
)


def activity(activity_id: str, date: str, title: str, relation: str = "project") -> dict:
    return {
        "activity_id": activity_id,
        "date": pd.Timestamp(date) if date else pd.NaT,
        "title_sv": title,
        "title_en": title,
        "relation": relation,
        "organiser": "Dalarna Science Park",
        "source": "Exempelkälla",
        "source_url": f"https://example.org/{activity_id}",
    }


def draw(activities: pd.DataFrame, lang: str = "sv", width: int = 720):
    events = activity_views.timeline_events(activities, SETTINGS, lang)
    lanes = activity_views.lanes(SETTINGS, lang)
    return timeline_svg(
        events, lanes, PERIOD, lang, SETTINGS.timeline, width, "Tidslinje", "#1A1A1A", "Inga ännu"
    )


def mark_heights(drawing) -> list[float]:
    return [float(y) for y in re.findall(r'<circle class="ik-target" cx="[\d.]+" cy="([\d.]+)"', drawing.svg)]


def texts(drawing) -> list[str]:
    return [
        "".join(node.itertext())
        for node in ET.fromstring(drawing.svg).iter("{http://www.w3.org/2000/svg}text")
    ]


def test_without_dated_activities_the_band_shows_the_period_and_says_so():
    undated = load("activities").loc[lambda frame: frame["date"].isna()]
    drawing = draw(queries.with_own(undated, None))
    shown = texts(drawing)
    assert PERIOD.label in shown and "Inga ännu" in shown
    assert drawing.items == ()
    assert "okt. 2023" in shown  # the axis speaks Swedish


def test_each_dated_activity_is_a_mark_with_its_date_title_and_a_card():
    curated = pd.DataFrame([activity("a", "2022-05-10", "Verkstad i Falun"), activity("b", "", "Odaterad")])
    own = pd.DataFrame([activity("c", "2023-09-01", "Vår egen träff", "related")])
    drawing = draw(queries.with_own(curated, own))
    shown = texts(drawing)
    assert "10 maj 2022 Verkstad i Falun" in shown and "1 sep. 2023 Vår egen träff" in shown
    assert "Projektaktivitet (1)" in shown and "Dina data (1)" in shown  # lanes named directly
    assert not any("Odaterad" in line for line in shown)
    cards = [item.card for item in drawing.items]
    assert cards[0] == (
        "Verkstad i Falun",
        "10 maj 2022",
        "Projektaktivitet",
        "Dalarna Science Park",
        "Källa: Exempelkälla",
    )
    assert cards[1][:4] == ("Vår egen träff", "1 september 2023", "Närliggande initiativ", "Dina data")
    assert drawing.svg.count('aria-label="') == 2 and drawing.svg.count("data-i=") == 2
    assert drawing.svg.count('stroke="#1A1A1A" stroke-width="2.5"') == 1  # the visitor's own row is ringed


def test_lanes_follow_the_configured_order():
    rows = [activity("r", "2022-06-01", "R", "related"), activity("p", "2022-06-01", "P", "project")]
    shown = texts(draw(pd.DataFrame(rows)))
    assert shown.index("Projektaktivitet (1)") < shown.index("Närliggande initiativ (1)")


def test_activities_close_in_time_get_rows_of_their_own():
    rows = [activity(f"a{i}", "2023-01-10", f"Träff nummer {i}") for i in range(3)]
    assert len(set(mark_heights(draw(pd.DataFrame(rows))))) == 3


def test_dates_outside_the_period_widen_the_axis():
    inside = draw(pd.DataFrame([activity("a", "2022-05-10", "Inne")]))
    later = draw(pd.DataFrame([activity("a", "2024-11-10", "Efteråt")]))
    assert any(line.endswith("2024") for line in texts(later))
    assert not any(line.endswith("2024") for line in texts(inside))
    x = float(re.search(r'<circle class="ik-target" cx="([\d.]+)"', later.svg).group(1))
    assert x < later.width  # the mark is inside the picture


def test_text_from_data_is_escaped_and_long_titles_are_cut():
    title = "<script>alert(1)</script> & " + "mycket lång titel " * 5
    drawing = draw(pd.DataFrame([activity("x", "2022-05-10", title)]))
    assert "<script>" not in drawing.svg and "&lt;script&gt;" in drawing.svg
    label = next(line for line in texts(drawing) if line.startswith("10 maj 2022"))
    assert label.endswith("…") and len(label) == SETTINGS.timeline.label_chars
    assert drawing.items[0].card[0] == title  # the whole title is in the card, as text


def test_english_labels_and_dates():
    drawing = draw(pd.DataFrame([activity("a", "2022-05-10", "Workshop")]), lang="en")
    assert "10 May 2022 Workshop" in texts(drawing) and "Project activity (1)" in texts(drawing)


def test_phone_width_keeps_tick_labels_apart():
    drawing = draw(
        pd.DataFrame([activity("a", "2022-05-10", "Verkstad")]), width=SETTINGS.timeline.phone_width
    )
    ticks = [float(x) for x in re.findall(r'<text x="([\d.]+)"[^>]*font-size="12.6"', drawing.svg)]
    assert len(ticks) >= 3
    assert min(b - a for a, b in itertools.pairwise(ticks)) > 50
