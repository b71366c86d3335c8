"""Broken data files raise one DataError that names the file, row and column and says how to fix it."""

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from core.data.errors import DataError
from core.data.loading import load, load_geojson
from core.data.validate import main as validate_main


def rewrite(path: Path, edit) -> None:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    edit(frame)
    frame.to_csv(path, index=False)


def error_for(name: str, data_dir: Path) -> DataError:
    with pytest.raises(DataError) as caught:
        load(name, data_dir)
    return caught.value


def assert_names(error: DataError, file: str, row: int | None, column: str | None) -> None:
    message = str(error)
    assert message.startswith(f"data/{file}")
    if row is not None:
        assert f"row {row}" in message
    if column is not None:
        assert f"column '{column}'" in message
    assert "Fix:" in message


def test_the_package_as_shipped_is_valid(capsys):
    assert validate_main([]) == 0
    assert "valid" in capsys.readouterr().out


def test_missing_column(data_copy):
    rewrite(data_copy / "workplaces.csv", lambda f: f.pop("site"))
    error = error_for("workplaces", data_copy)
    assert_names(error, "workplaces.csv", None, "site")
    assert "header must be exactly" in str(error)


def test_unknown_municipality_code(data_copy):
    rewrite(data_copy / "workplaces.csv", lambda f: f.loc.__setitem__((2, "municipality_code"), "9999"))
    error = error_for("workplaces", data_copy)
    assert_names(error, "workplaces.csv", 4, "municipality_code")
    assert "'9999'" in str(error)


def test_code_written_as_number_loses_its_format(data_copy):
    rewrite(data_copy / "indicators.csv", lambda f: f.loc.__setitem__((0, "municipality_code"), "208"))
    error = error_for("indicators", data_copy)
    assert_names(error, "indicators.csv", 2, "municipality_code")
    assert "4-digit SCB municipality code" in str(error)


def test_text_in_a_number_column(data_copy):
    rewrite(data_copy / "indicators.csv", lambda f: f.loc.__setitem__((5, "value"), "many"))
    error = error_for("indicators", data_copy)
    assert_names(error, "indicators.csv", 7, "value")
    assert "write a number" in str(error)
    assert len(error.problems) == 1


def test_unknown_focus_area(data_copy):
    rewrite(data_copy / "workplaces.csv", lambda f: f.loc.__setitem__((0, "focus_area"), "textiles"))
    error = error_for("workplaces", data_copy)
    assert_names(error, "workplaces.csv", 2, "focus_area")
    assert "steel" in str(error)


def test_negative_count(data_copy):
    rewrite(data_copy / "indicators.csv", lambda f: f.loc.__setitem__((1, "value"), "-3"))
    assert_names(error_for("indicators", data_copy), "indicators.csv", 3, "value")


def test_employee_count_without_year(data_copy):
    def drop_year(frame):
        row = frame.index[frame["employees"].ne("")][0]
        frame.loc[row, "employees_year"] = ""
        frame.loc[row, "employees_source_url"] = ""

    rewrite(data_copy / "workplaces.csv", drop_year)
    assert "an employee count lacks its year or source" in str(error_for("workplaces", data_copy))


def test_empty_file(data_copy):
    (data_copy / "activities.csv").write_text("", encoding="utf-8")
    error = error_for("activities", data_copy)
    assert_names(error, "activities.csv", None, None)
    assert "empty" in str(error)


def test_header_without_rows(data_copy):
    path = data_copy / "partners.csv"
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    assert "no rows" in str(error_for("partners", data_copy))


def test_bad_encoding_names_the_line(data_copy):
    path = data_copy / "workplaces.csv"
    lines = path.read_bytes().split(b"\n")
    lines[3] = lines[3].replace(b",", "ä".encode("latin-1") + b",", 1)  # as saved by an old Excel
    path.write_bytes(b"\n".join(lines))
    error = error_for("workplaces", data_copy)
    assert_names(error, "workplaces.csv", 4, None)
    assert "save the file as UTF-8" in str(error)


def test_invalid_geojson_syntax(data_copy):
    path = data_copy / "municipalities.geojson"
    path.write_text(path.read_text(encoding="utf-8")[:-20], encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_geojson("municipalities", data_copy)
    assert re.search(r"row \d+: invalid JSON", str(caught.value))


def test_invalid_polygon_names_the_feature(data_copy):
    path = data_copy / "counties.geojson"
    collection = json.loads(path.read_text(encoding="utf-8"))
    collection["features"][1]["geometry"] = {
        "type": "Polygon",
        "coordinates": [[[14, 60], [15, 61], [15, 60], [14, 61], [14, 60]]],
    }
    path.write_text(json.dumps(collection), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_geojson("counties", data_copy)
    assert_names(caught.value, "counties.geojson", 2, "geometry")
    assert "Self-intersection" in str(caught.value)


def test_missing_property_in_geojson(data_copy):
    path = data_copy / "municipalities.geojson"
    collection = json.loads(path.read_text(encoding="utf-8"))
    del collection["features"][0]["properties"]["municipality_code"]
    path.write_text(json.dumps(collection), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_geojson("municipalities", data_copy)
    assert_names(caught.value, "municipalities.geojson", 1, "municipality_code")


def test_validator_command_fails_on_a_broken_file(data_copy, capsys):
    rewrite(data_copy / "workplaces.csv", lambda f: f.loc.__setitem__((0, "focus_area"), "textiles"))
    assert validate_main([str(data_copy)]) == 1
    assert "workplaces.csv" in capsys.readouterr().err
