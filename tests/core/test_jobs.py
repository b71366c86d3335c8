"""Industrial jobs per municipality: the derived indicators and the profile's trend, on a hand-made table."""

import math

import pandas as pd

from core.charts.series import TrendStyle
from core.charts.trend import SPAN_FILL
from core.data import derived
from core.jobs_config import JobsSettings, jobs_settings
from core.views import jobs_views

SETTINGS = JobsSettings(methods=("BAS", "RAMS"), colours={"BAS": "#0060A8", "RAMS": "#5A5A5A"})
STYLE = TrendStyle(width=640, plot_height=220, font=13)
META = {
    "source": "SCB",
    "source_url": "https://www.scb.se",
    "license": "CC0 1.0",
    "license_url": "https://creativecommons.org/publicdomain/zero/1.0/",
    "years": [2017, 2023],
    "breaks": [
        {"year": 2019, "label": {"sv": "Ny RAMS-serie", "en": "New RAMS series"}},
        {
            "year": 2020,
            "until": 2021,
            "label": {"sv": "RAMS och BAS överlappar", "en": "RAMS and BAS overlap"},
        },
    ],
}
ROWS = [  # code, year, method, total, manufacturing, preliminary
    ("2080", 2017, "RAMS", 1000, 200, False),
    ("2080", 2018, "RAMS", 1000, None, False),  # SCB's "..": a gap, never zero
    ("2080", 2019, "RAMS", 1100, 220, False),
    ("2080", 2020, "RAMS", 1100, 230, False),
    ("2080", 2021, "RAMS", 1200, 240, False),
    ("2080", 2020, "BAS", 1000, 210, False),
    ("2080", 2021, "BAS", 1050, 215, False),
    ("2080", 2022, "BAS", 1080, 216, False),
    ("2080", 2023, "BAS", 1100, 231, True),
]


def jobs():
    frame = pd.DataFrame(
        ROWS,
        columns=[
            "municipality_code",
            "year",
            "method",
            "employed_total",
            "employed_manufacturing",
            "preliminary",
        ],
    )
    return frame.astype({"employed_total": "Int64", "employed_manufacturing": "Int64"})


def test_the_settings_read_from_config_name_a_colour_per_method():
    settings = jobs_settings()
    assert set(settings.methods) == {"BAS", "RAMS"} and set(settings.colours) == set(settings.methods)


def test_the_share_is_manufacturing_over_all_and_a_missing_cell_stays_missing():
    rows = derived.job_indicators(jobs(), SETTINGS.methods).set_index(["indicator", "year"])["value"]
    assert rows[(derived.JOBS_SHARE, 2017)] == 20.0
    assert math.isclose(rows[(derived.JOBS_SHARE, 2023)], 231 / 1100 * 100)
    assert math.isnan(rows[(derived.JOBS, 2018)]) and math.isnan(rows[(derived.JOBS_SHARE, 2018)])


def test_the_map_has_one_value_a_year_the_first_method_where_both_count():
    rows = derived.job_indicators(jobs(), SETTINGS.methods)
    count = rows[rows["indicator"].eq(derived.JOBS)].set_index("year")["value"]
    assert list(count.index) == list(range(2017, 2024))
    assert count[2020] == 210 and count[2021] == 215  # BAS, not RAMS's 230 and 240


def test_the_trend_draws_both_methods_the_break_the_overlap_and_the_preliminary_year():
    view = jobs_views.jobs_trend(jobs(), META, ("2080", "Falun"), derived.JOBS, SETTINGS, STYLE, "sv")
    svg = view.drawing.svg
    assert [key.label for key in view.drawing.legend.keys][:3] == [
        "BAS (15–74 år)",
        "RAMS (16 år och äldre)",
        "RAMS och BAS överlappar 2020–2021",
    ]
    assert f'fill="{SPAN_FILL}"' in svg  # the overlap shaded
    assert "Ny RAMS-serie" in svg and 'stroke-dasharray="4 3"' in svg  # the break dashed, with words
    assert "Preliminär uppgift" in [key.label for key in view.drawing.legend.keys]
    cards = [item.card for item in view.drawing.items]
    assert ("BAS (15–74 år)", "2023: 231", "Preliminär uppgift") in cards
    assert not any("2018" in line for card in cards for line in card)  # the gap is no point, never a zero
    assert "2018" in list(view.table.iloc[:, 0]) and "uppgift saknas" in view.table.to_string().lower()
    assert "Skuggat 2020–2021" in view.summary and "Streckad linje 2019" in view.summary


def test_the_share_trend_has_one_decimal():
    view = jobs_views.jobs_trend(jobs(), META, ("2080", "Falun"), derived.JOBS_SHARE, SETTINGS, STYLE, "sv")
    assert ("RAMS (16 år och äldre)", "2017: 20,0") in [item.card for item in view.drawing.items]


def test_no_figures_give_no_trend_rather_than_an_empty_one():
    assert (
        jobs_views.jobs_trend(jobs(), META, ("2104", "Hofors"), derived.JOBS, SETTINGS, STYLE, "sv") is None
    )
