"""The trend chart: a true time axis, no line across a gap, breaks and preliminary values marked."""

import re

from core.charts.series import Mark, Point, Series, TrendStyle, TrendText, segments, year_ticks
from core.charts.trend import trend_chart

YEARS = (1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024)
GAPS = frozenset({2016, 2017, 2018, 2019})
STYLE = TrendStyle(width=640, plot_height=220, font=13)
WORDS = TrendText("Utsläpp", "ton", "Uppgift saknas", "Preliminär", lambda v: f"{v:.0f}")


def points(values, preliminary=()):
    return tuple(Point(y, v, (f"{y}", f"{v}"), y in preliminary) for y, v in zip(YEARS, values, strict=True))


def line_ends(svg):
    return re.findall(r'd="M([\d.]+),[\d.]+L([\d.]+),[\d.]+"', svg)


def test_no_line_is_drawn_across_the_missing_years():
    joined = segments(points([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]), GAPS)
    assert (2015, 2020) not in [(a.year, b.year) for a, b in joined]
    assert (2010, 2015) in [(a.year, b.year) for a, b in joined]
    assert len(joined) == 8


def test_a_missing_value_breaks_the_line_on_both_sides():
    joined = segments(points([10, 9, None, 7, 6, 5, 4, 3, 2, 1]), frozenset())
    pairs = [(a.year, b.year) for a, b in joined]
    assert (2000, 2010) not in pairs and (2000, 2005) not in pairs and (2005, 2010) not in pairs


def test_the_axis_is_true_to_time():
    drawing = trend_chart((Series("Region", "#1f77b4", points([10] * 10)),), GAPS, (), STYLE, WORDS)
    xs = {float(a) for a, _ in line_ends(drawing.svg)}
    ends = sorted(xs | {float(b) for _, b in line_ends(drawing.svg)})
    step = (ends[-1] - ends[0]) / (2024 - 1990)
    assert abs((ends[1] - ends[0]) - 10 * step) < 0.5  # 1990 to 2000 is ten years wide, not one step


def test_every_figure_is_a_point_with_its_card_and_missing_ones_are_not():
    drawing = trend_chart(
        (Series("Region", "#1f77b4", points([10, 9, None, 7, 6, 5, 4, 3, 2, 1])),), GAPS, (), STYLE, WORDS
    )
    assert len(drawing.items) == 9
    assert drawing.items[0].card == ("1990", "10")


def test_a_break_is_marked_with_its_words_and_the_gap_is_named_in_the_legend():
    drawing = trend_chart(
        (Series("Region", "#1f77b4", points([10] * 10)),), GAPS, (Mark(2013, "Ny omfattning"),), STYLE, WORDS
    )
    assert "Ny omfattning" in drawing.svg and 'stroke-dasharray="4 3"' in drawing.svg
    assert "Uppgift saknas" in [key.label for key in drawing.legend.keys]


def test_a_preliminary_value_is_drawn_apart():
    drawing = trend_chart(
        (Series("R", "#1f77b4", points([10] * 10, preliminary={2024})),), GAPS, (), STYLE, WORDS
    )
    assert drawing.svg.count('stroke-dasharray="5 4"') == 1
    assert "Preliminär" in [key.label for key in drawing.legend.keys]


def test_year_ticks_are_every_fifth_year_on_a_long_axis():
    assert year_ticks(1990, 2024) == [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024]
    assert year_ticks(1990, 2024, 5) == [1990, 2000, 2010, 2024]
    assert year_ticks(2016, 2021) == [2016, 2017, 2018, 2019, 2020, 2021]
