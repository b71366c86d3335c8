"""The compare-over-time explorer: its lines keep gaps open, its numbers read as the reader writes them."""

from core.charts.explorer import compare_figure
from core.data.loading import load
from core.views import compare_views

EMISSIONS = load("emissions")
GAPS = frozenset({2016, 2017, 2018, 2019})


def test_a_known_gap_breaks_the_line_instead_of_joining_it():
    figure = compare_figure([("A", "#000000", [2015, 2020], [10.0, 8.0])], GAPS, ("T", "t"), "sv", 400)
    trace = figure.data[0]
    assert list(trace.x) == [2015, 2016, 2017, 2018, 2019, 2020]
    assert list(trace.y)[1:5] == [None] * 4 and trace.connectgaps is False


def test_numbers_on_hover_and_axis_follow_the_readers_language():
    sv = compare_figure([("A", "#000000", [2020], [1234.5])], GAPS, ("T", "ton"), "sv", 400)
    en = compare_figure([("A", "#000000", [2020], [1234.5])], GAPS, ("T", "t"), "en", 400)
    assert sv.layout.separators == ", " and en.layout.separators == ".,"
    assert [value.replace("\xa0", " ") for value in sv.data[0].customdata] == ["1 234"]
    assert list(en.data[0].customdata) == ["1,234"]


def test_one_line_per_chosen_place_in_the_order_chosen_and_the_default_is_the_largest_emitters():
    names = {"2081": "Borlänge", "2104": "Hofors"}
    lines = compare_views.compare_lines(EMISSIONS, ["2104", "2081"], "industry", names, ("#1", "#2"))
    assert [line.name for line in lines] == ["Hofors", "Borlänge"] and lines[0].colour == "#1"
    assert compare_views.default_places(EMISSIONS, 1, "industry") == ["2081"]  # SSAB's Borlänge


def test_all_sectors_is_the_sum_of_the_sectors():
    total = compare_views.sector_values(EMISSIONS, "2081", compare_views.ALL_SECTORS).set_index("year")[
        "value"
    ]
    rows = EMISSIONS.query("area_code == '2081' and year == 2024")
    assert total[2024] == rows["emissions_t"].sum()
