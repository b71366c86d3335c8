"""Colour classes: whole-number bounds for counts, ties kept together, never a degenerate legend."""

import itertools
import math

import pytest

from core.maps.classes import classify, upper_bounds

SCALE = ("#A", "#B", "#C", "#D", "#E", "#F", "#G")
FIRMS_2022 = [1, 2, 3, 3, 4, 6, 8, 10, 10, 13, 13, 13, 13, 16, 18, 18, 18, 18, 20, 21, 25, 25, 26, 27, 29]
FIRMS_2022 += [30, 35, 36, 40, 44, 51, 52, 55, 56, 73, 83, 88, 88, 165, 180, 0.5]


def label(value: float) -> str:
    return f"{value:g}"


def test_counts_get_bounds_that_are_their_own_values():
    classes = classify([v for v in FIRMS_2022 if v >= 1], SCALE, 6)
    assert len(classes.classes) == 6
    assert all(c.low == int(c.low) and c.high == int(c.high) for c in classes.classes)
    assert classes.labels(label)[0].startswith("1–") and classes.labels(label)[-1].endswith("–180")


def test_classes_follow_each_other_and_hold_every_value():
    values = [v for v in FIRMS_2022 if v >= 1]
    classes = classify(values, SCALE, 6).classes
    assert all(a.high < b.low for a, b in itertools.pairwise(classes))
    assert classes[0].low == min(values) and classes[-1].high == max(values)


def test_a_tie_is_never_split_between_classes():
    values = [13] * 8 + [1, 2, 3, 20, 30, 40]
    classes = classify(values, SCALE, 6)
    holding = {classes.colour_of(13)}
    assert len(holding) == 1
    assert sum(1 for c in classes.classes if c.low <= 13 <= c.high) == 1


def test_fewer_distinct_values_than_classes_give_one_class_each():
    classes = classify([3, 3, 7, 7, 7], SCALE, 6)
    assert classes.labels(label) == ("3", "7")
    assert len({c.colour for c in classes.classes}) == 2


def test_a_single_value_gives_one_class_with_one_label():
    classes = classify([42.0], SCALE, 6)
    assert classes.labels(label) == ("42",)
    assert classes.colour_of(42.0) in SCALE


def test_all_missing_gives_no_classes():
    assert classify([math.nan, math.nan], SCALE, 6).classes == ()
    assert upper_bounds([], 6) == ()


@pytest.mark.parametrize("strong_low", [False, True])
def test_direction_puts_the_strongest_colour_at_the_chosen_end(strong_low):
    classes = classify(list(range(1, 50)), SCALE, 5, strong_low=strong_low).classes
    strongest = classes[0] if strong_low else classes[-1]
    assert strongest.colour == SCALE[-1]
    lightest = classes[-1] if strong_low else classes[0]
    assert lightest.colour == SCALE[0]
