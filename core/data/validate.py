"""Validate the whole data package: python -m core.data.validate (exit 1 and a report on any error)."""

from __future__ import annotations

import sys
from pathlib import Path

from core.data.catalogue import GEOMETRIES, present_tables
from core.data.errors import DataError, Problem
from core.data.loading import DATA_DIR, load, load_geojson, load_meta

NON_COLUMN_META = {"geometry"}


def check_meta_columns(name: str, columns: list[str], data_dir: Path) -> None:
    """The metadata must describe exactly the file's columns."""
    described = [c for c in load_meta(name, data_dir)["columns"] if c not in NON_COLUMN_META]
    if described != columns:
        missing = sorted(set(columns) - set(described))
        extra = sorted(set(described) - set(columns))
        raise DataError(
            f"data/{name}.meta.yaml",
            [
                Problem(
                    None,
                    "columns",
                    f"describes {described}, the file has {columns} (missing {missing}, extra {extra})",
                    "list every column of the file, in the file's order",
                )
            ],
        )


def check_one(name: str, data_dir: Path) -> str:
    """Load and check one dataset and its metadata; return a summary line or raise DataError."""
    if name in GEOMETRIES:
        features = load_geojson(name, data_dir)["features"]
        check_meta_columns(name, list(features[0]["properties"]), data_dir)
        return f"{name}.geojson: {len(features)} features"
    frame = load(name, data_dir)
    check_meta_columns(name, list(frame.columns), data_dir)
    return f"{name}.csv: {len(frame)} rows"


def check_all(data_dir: Path = DATA_DIR) -> tuple[list[str], list[DataError]]:
    """Check every dataset; return the summary lines of good ones and the errors of broken ones."""
    lines, errors = [], []
    for name in (*GEOMETRIES, *present_tables(data_dir)):
        try:
            lines.append(check_one(name, data_dir))
        except DataError as error:
            errors.append(error)
    return lines, errors


def validate_all(data_dir: Path = DATA_DIR) -> tuple[list[str], list[str]]:
    """Check every dataset; return the summary lines of good ones and the error reports of broken ones."""
    lines, errors = check_all(data_dir)
    return lines, [str(error) for error in errors]


def main(argv: list[str] | None = None) -> int:
    """Run the validation and report; returns the process exit code."""
    lines, errors = validate_all(Path(argv[0]) if argv else DATA_DIR)
    for line in lines:
        sys.stdout.write(f"ok  {line}\n")
    for error in errors:
        sys.stderr.write(f"ERROR {error}\n")
    sys.stdout.write("The data package is valid.\n" if not errors else "")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
