"""Load and validate the files in data/: one clear DataError naming file, row, column and fix."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import yaml
from shapely.geometry import shape
from shapely.validation import explain_validity

from core.config import ROOT, load_config
from core.data.errors import DataError, Problem, describe_failures
from core.data.metadata import untranslated
from core.data.schemas import BOOLEAN_COLUMNS, SCHEMAS

DATA_DIR = ROOT / "data"
GEOMETRY_PROPERTIES = {
    "municipalities": ("municipality_code", "county_code", "name"),
    "counties": ("county_code", "name"),
}
POLYGON_TYPES = {"Polygon", "MultiPolygon"}
REBUILD = "rebuild the file with scripts/build_geometry.py"
META_KEYS = (
    "title",
    "description",
    "source",
    "source_url",
    "license",
    "license_url",
    "years",
    "date_accessed",
    "columns",
)


def _relative(path: Path) -> str:
    return str(path.relative_to(path.parents[1])) if len(path.parents) > 1 else str(path)


def read_text(path: Path) -> str:
    """Read a UTF-8 file (a byte-order mark is allowed) or raise a DataError naming the line."""
    if not path.exists():
        raise DataError(
            _relative(path),
            [Problem(None, None, "the file does not exist", "restore it from git or rebuild it")],
        )
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DataError(
            _relative(path),
            [
                Problem(
                    line,
                    None,
                    f"byte 0x{raw[error.start]:02X} is not valid UTF-8",
                    "save the file as UTF-8 (in Excel: 'CSV UTF-8 (comma delimited)')",
                )
            ],
        ) from error


def read_csv(path: Path) -> pd.DataFrame:
    """Read a CSV as text columns; empty cells become missing values, nothing else does."""
    text = read_text(path)
    if not text.strip():
        raise DataError(
            _relative(path),
            [Problem(None, None, "the file is empty", "restore the header row and the data rows")],
        )
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=[""])
    if frame.empty:
        raise DataError(
            _relative(path),
            [Problem(None, None, "the file has a header but no rows", "add at least one data row")],
        )
    return frame


def reference_values(name: str, data_dir: Path) -> dict[str, list[str]]:
    """Allowed values of the columns that refer to other files or to config.yaml."""
    config = load_config()
    municipalities = load_geojson("municipalities", data_dir)
    values = {
        "municipality_code": [f["properties"]["municipality_code"] for f in municipalities["features"]],
        "county_code": list(config.county_codes),
        "area_code": [config.region_code, *config.county_codes],
        "focus_area": list(config.focus_area_ids),
    }
    if name == "emissions":
        values["area_code"] = [*values["municipality_code"], *config.county_codes, "SE"]  # SE: Sweden
    if name == "ets_emissions":
        values["eutl_id"] = read_csv(data_dir / "ets_plants.csv")["eutl_id"].dropna().tolist()
    if name in {"activities", "project_aims"}:
        values["partner_id"] = read_csv(data_dir / "partners.csv")["partner_id"].dropna().tolist()
    if name == "indicators":
        values["indicator"] = list(load_meta("indicators", data_dir)["indicators"])
    if name == "key_figures":
        values["figure_id"] = list(load_meta("key_figures", data_dir)["figures"])
    return values


def build_schema(name: str, data_dir: Path = DATA_DIR) -> pa.DataFrameSchema:
    """The dataset's schema plus membership checks against geometry, config and metadata."""
    schema = SCHEMAS[name].to_schema()
    updates = {
        column: {"checks": [*schema.columns[column].checks, pa.Check.isin(allowed)]}
        for column, allowed in reference_values(name, data_dir).items()
        if column in schema.columns
    }
    return schema.update_columns(updates)


def load(name: str, data_dir: Path = DATA_DIR) -> pd.DataFrame:
    """Read data/<name>.csv and return it validated and typed, or raise one DataError."""
    path = data_dir / f"{name}.csv"
    frame = read_csv(path)
    schema = build_schema(name, data_dir)
    try:
        frame = schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        raise DataError(_relative(path), describe_failures(errors.failure_cases, schema)) from None
    for column in BOOLEAN_COLUMNS.get(name, []):
        frame[column] = frame[column].eq("true")
    return frame


def load_meta(name: str, data_dir: Path = DATA_DIR) -> dict:
    """Read data/<name>.meta.yaml and check that its required keys are present."""
    path = data_dir / f"{name}.meta.yaml"
    try:
        meta = yaml.safe_load(read_text(path))
    except yaml.YAMLError as error:
        raise DataError(
            _relative(path), [Problem(None, None, f"invalid YAML: {error}", "fix the indentation or quoting")]
        ) from None
    missing = [key for key in META_KEYS if key not in (meta or {})]
    if missing:
        raise DataError(
            _relative(path),
            [Problem(None, None, f"missing keys {missing}", "add them (see docs/data-package.md)")],
        )
    one_language = untranslated(meta, load_config().languages)
    if one_language:
        fix = "write each as {sv: …, en: …}, one text per language (see docs/data-package.md)"
        problems = [Problem(None, None, f"'{key}' is not in both languages", fix) for key in one_language]
        raise DataError(_relative(path), problems)
    return meta


def _feature_problems(index: int, feature: object, properties: tuple[str, ...]) -> list[Problem]:
    row = index + 1
    if not isinstance(feature, dict) or not isinstance(feature.get("geometry"), dict):
        return [Problem(row, None, "feature has no geometry object", "rebuild the file")]
    missing = [key for key in properties if key not in (feature.get("properties") or {})]
    if missing:
        return [Problem(row, missing[0], "property is missing", "rebuild the file")]
    geometry = feature["geometry"]
    if geometry.get("type") not in POLYGON_TYPES:
        return [
            Problem(
                row,
                "geometry",
                f"type {geometry.get('type')!r} is not a polygon",
                "use Polygon or MultiPolygon geometries",
            )
        ]
    try:
        polygon = shape(geometry)
    except (ValueError, TypeError, IndexError, AttributeError) as error:
        return [Problem(row, "geometry", f"coordinates are malformed ({error})", "rebuild the file")]
    if not polygon.is_valid:
        return [Problem(row, "geometry", f"invalid polygon: {explain_validity(polygon)}", REBUILD)]
    return []


def load_geojson(name: str, data_dir: Path = DATA_DIR) -> dict:
    """Read data/<name>.geojson and check it is a FeatureCollection of valid polygons."""
    path = data_dir / f"{name}.geojson"
    text = read_text(path)
    try:
        collection = json.loads(text)
    except json.JSONDecodeError as error:
        problem = Problem(error.lineno, None, f"invalid JSON: {error.msg} (column {error.colno})", REBUILD)
        raise DataError(_relative(path), [problem]) from None
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection":
        raise DataError(_relative(path), [Problem(None, None, "not a GeoJSON FeatureCollection", REBUILD)])
    features = collection.get("features") or []
    problems = [p for i, f in enumerate(features) for p in _feature_problems(i, f, GEOMETRY_PROPERTIES[name])]
    if not features:
        problems.append(Problem(None, None, "the collection has no features", "rebuild the file"))
    if problems:
        raise DataError(_relative(path), problems)
    return collection
