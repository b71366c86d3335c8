"""All or nothing: stage new files in a copy of data/, validate it all, then replace the files in one step."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from core.data.errors import DataError
from core.data.loading import read_csv
from core.data.validate import check_all
from scripts.update.checks import Watch, check_limits, diff
from scripts.update.http import UpdateError


@dataclass(frozen=True)
class Output:
    """One curated table from one publisher, its metadata and what its limits and diff watch."""

    name: str
    publisher: str
    frame: pd.DataFrame
    meta: dict
    watch: Watch

    @property
    def files(self) -> tuple[str, str]:
        """The file names it writes in data/."""
        return f"{self.name}.csv", f"{self.name}.meta.yaml"


def _write(output: Output, folder: Path) -> None:
    output.frame.to_csv(folder / output.files[0], index=False, lineterminator="\n")
    text = yaml.safe_dump(output.meta, allow_unicode=True, sort_keys=False, width=110)
    (folder / output.files[1]).write_text(text, encoding="utf-8")


def _compare(output: Output, staged: Path, data_dir: Path, limit: float) -> list[str]:
    old_path = data_dir / output.files[0]
    old = read_csv(old_path) if old_path.exists() else None
    new = read_csv(staged / output.files[0])
    check_limits((output.publisher, output.name), old, new, output.watch, limit)
    return diff(output.name, old, new, output.watch)


def _validate(staged: Path, outputs: list[Output]) -> None:
    errors = check_all(staged)[1]
    if errors:
        owner = next((o for o in outputs if o.name in errors[0].file), None)
        where = (owner.publisher, owner.name) if owner else ("data", errors[0].file)
        raise UpdateError(*where, f"failed validation: {errors[0].file}: {errors[0].problems[0]}")


def _replace(staged: Path, data_dir: Path, names: list[str], backup: Path) -> None:
    backup.mkdir()
    done: list[str] = []
    try:
        for name in names:
            if (data_dir / name).exists():
                shutil.copy2(data_dir / name, backup / name)
            (staged / name).replace(data_dir / name)  # os.replace: atomic, same file system
            done.append(name)
    except OSError as error:
        for name in done:
            kept = backup / name
            if kept.exists():
                kept.replace(data_dir / name)
            else:
                (data_dir / name).unlink()
        raise UpdateError(
            "data", "files", f"could not replace them ({error}); the old files are back"
        ) from None


def publish(data_dir: Path, outputs: list[Output], limit: float) -> list[str]:
    """Write, validate and check every output, then replace the files; return the diff lines."""
    staging = Path(tempfile.mkdtemp(prefix=".update-", dir=data_dir.parent))
    try:
        staged = staging / "data"
        shutil.copytree(data_dir, staged)
        for output in outputs:
            _write(output, staged)
        _validate(staged, outputs)
        try:
            lines = [line for output in outputs for line in _compare(output, staged, data_dir, limit)]
        except DataError as error:
            raise UpdateError("data", error.file, str(error.problems[0])) from None
        _replace(staged, data_dir, [f for output in outputs for f in output.files], staging / "backup")
        return lines
    finally:
        shutil.rmtree(staging, ignore_errors=True)
