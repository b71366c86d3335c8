"""Colours: contrast against the page (WCAG 2.1) and distinguishable with colour-vision deficiency."""

import itertools
import re
import tomllib
from pathlib import Path

import numpy as np
import pytest
from colorspacious import cspace_convert, deltaE

from components.shell.frame import BASE_CSS
from core.config import load_config
from core.svg.drawing import TEXT_COLOUR as MAP_TEXT
from core.svg.fills import text_on

ROOT = Path(__file__).resolve().parents[2]
THEME = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["theme"]
WHITE = "#FFFFFF"
DEFICIENCIES = ["deuteranomaly", "protanomaly", "tritanomaly"]
MIN_DISTANCE = 12.0  # CAM02-UCS ΔE between any two focus-area colours
GRAPHICS_CONTRAST = 3.0  # WCAG 1.4.11
TEXT_CONTRAST = 4.5  # WCAG 1.4.3


def rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255


def luminance(colour: str) -> float:
    channels = rgb(colour)
    linear = np.where(channels <= 0.03928, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
    return float(linear @ [0.2126, 0.7152, 0.0722])


def contrast(a: str, b: str) -> float:
    high, low = sorted([luminance(a), luminance(b)], reverse=True)
    return (high + 0.05) / (low + 0.05)


def simulate(colour: str, deficiency: str) -> np.ndarray:
    space = {"name": "sRGB1+CVD", "cvd_type": deficiency, "severity": 100}
    return np.clip(cspace_convert(rgb(colour), space, "sRGB1"), 0, 1)


FOCUS = [area.color for area in load_config().focus_areas]


@pytest.mark.parametrize("colour", FOCUS)
def test_focus_colours_stand_out_from_the_white_page(colour):
    assert contrast(colour, WHITE) >= GRAPHICS_CONTRAST


@pytest.mark.parametrize("deficiency", [None, *DEFICIENCIES])
def test_focus_colours_stay_apart_with_colour_vision_deficiency(deficiency):
    seen = [rgb(c) if deficiency is None else simulate(c, deficiency) for c in FOCUS]
    closest = min(deltaE(a, b, input_space="sRGB1") for a, b in itertools.combinations(seen, 2))
    assert closest >= MIN_DISTANCE


@pytest.mark.parametrize("deficiency", [None, *DEFICIENCIES])
def test_map_scale_gets_darker_step_by_step_for_every_reader(deficiency):
    scale = load_config().map.choropleth_scale
    seen = [rgb(c) if deficiency is None else simulate(c, deficiency) for c in scale]
    lightness = [cspace_convert(c, "sRGB1", "CAM02-UCS")[0] for c in seen]
    assert all(a > b for a, b in itertools.pairwise(lightness))


def test_lightest_map_colour_differs_from_no_data_white():
    settings = load_config().map
    distance = deltaE(rgb(settings.choropleth_scale[0]), rgb(settings.no_data_color), input_space="sRGB1")
    assert distance >= MIN_DISTANCE


@pytest.mark.parametrize("background", [THEME["backgroundColor"], THEME["secondaryBackgroundColor"]])
def test_text_link_and_caption_colours_are_readable(background):
    css_text = set(re.findall(r"(?<![-\w])color:\s*(#[0-9A-F]{6})", BASE_CSS))  # text, not borders
    colours = [THEME["textColor"], THEME["primaryColor"], MAP_TEXT, *css_text]
    assert all(contrast(colour, background) >= TEXT_CONTRAST for colour in colours)


CHARTS = load_config().charts


@pytest.mark.parametrize("colour", FOCUS)
def test_values_written_inside_bars_are_readable(colour):
    assert contrast(text_on(colour, CHARTS.text_color), colour) >= TEXT_CONTRAST


def test_bar_chart_text_and_bars_stand_out():
    assert contrast(CHARTS.text_color, WHITE) >= TEXT_CONTRAST
    assert contrast(CHARTS.muted_color, WHITE) >= GRAPHICS_CONTRAST
    assert contrast(CHARTS.highlight_color, CHARTS.muted_color) >= GRAPHICS_CONTRAST


def test_activity_lanes_stand_out_from_the_white_page_and_from_the_timeline_band():
    from core.charts.timeline import BAND_FILL
    from core.project_config import project_settings

    settings = project_settings()
    colours = [lane.color for lane in settings.lanes] + [settings.own_outline]
    assert all(contrast(colour, WHITE) >= GRAPHICS_CONTRAST for colour in colours)
    assert all(contrast(colour, BAND_FILL) >= GRAPHICS_CONTRAST for colour in colours)
    assert len({lane.symbol for lane in settings.lanes}) == len(settings.lanes)  # never colour alone
