"""python -m scripts.update [--only scb kolada smhi eutl] [--file PATH]: refresh; on failure keep data/."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import yaml

from core.config import CONFIG_PATH
from core.data.loading import DATA_DIR, load_geojson
from scripts.update.http import Http, UpdateError
from scripts.update.publish import publish
from scripts.update.sources import DEFAULT, PUBLISHERS, Run


def settings(path: Path = CONFIG_PATH) -> dict:
    """The `update` block of config.yaml."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))["update"]


def run(names: list[str], conf: dict, data_dir: Path, sleep: Callable, clock: Callable) -> list[str]:
    """Fetch every named publisher, then publish all of their outputs together; return the diff lines."""
    features = load_geojson("municipalities", data_dir)["features"]
    names_by_code = {f["properties"]["municipality_code"]: f["properties"]["name"] for f in features}
    places = {code: names_by_code[code] for code in conf.get("municipalities") or names_by_code}
    context = Run(places, data_dir, date.today(), clock)
    outputs = []
    for name in names:
        http = Http(name.upper(), tuple(conf["timeout_s"]), conf["tries"], conf["max_wait_s"], sleep)
        outputs += PUBLISHERS[name](http, conf.get(name, {}), context)
    return publish(data_dir, outputs, conf["max_change"])


def main(argv: list[str] | None = None, conf: dict | None = None, sleep: Callable = time.sleep) -> int:
    """Run the refresh; print the diff, or one line naming publisher, table and problem (exit 1)."""
    parser = argparse.ArgumentParser(prog="make update-data", description=__doc__)
    parser.add_argument("--only", nargs="+", choices=sorted(PUBLISHERS), default=list(DEFAULT))
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument(
        "--file", type=Path, help="a file downloaded by hand, for the one publisher in --only"
    )
    args = parser.parse_args(argv)
    conf = conf or settings()
    if args.file:
        if len(args.only) != 1 or args.only[0] not in ("smhi", "eutl"):
            parser.error("--file needs exactly one of --only smhi or --only eutl")
        conf = conf | {args.only[0]: conf[args.only[0]] | {"file": str(args.file)}}
    try:
        lines = run(args.only, conf, args.data_dir, sleep, time.monotonic)
    except UpdateError as error:
        sys.stderr.write(f"update-data failed: {error}. data/ is unchanged.\n")
        return 1
    sys.stdout.write(
        "".join(f"{line}\n" for line in lines) + "update-data: data/ refreshed; review the diff.\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
