"""The state of the whole data package, checked again only when a file in data/ changes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from core.config import ConfigError
from core.data.loading import DATA_DIR
from core.data.validate import check_all


@dataclass(frozen=True)
class PackageReport:
    """Whether every data file loads and validates; what is wrong where it does not."""

    summaries: tuple[str, ...]
    errors: tuple[str, ...]
    files: tuple[str, ...]

    @property
    def valid(self) -> bool:
        """True when no file has a problem."""
        return not self.errors


def fingerprint(data_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, modification time and size of every file in data_dir: changes whenever a file does."""
    stats = ((path.name, path.stat()) for path in sorted(data_dir.iterdir()) if path.is_file())
    return tuple((name, stat.st_mtime_ns, stat.st_size) for name, stat in stats)


@lru_cache(maxsize=1)
def _check(data_dir: Path, _fingerprint: tuple) -> PackageReport:
    try:
        summaries, errors = check_all(data_dir)
    except (ConfigError, yaml.YAMLError) as error:
        return PackageReport((), (f"config.yaml: {error}",), ("config.yaml",))
    files = tuple(dict.fromkeys(error.file for error in errors))
    return PackageReport(tuple(summaries), tuple(str(error) for error in errors), files)


def check_package(data_dir: Path = DATA_DIR) -> PackageReport:
    """Validate the package, or return the last report if no file in data_dir changed since."""
    return _check(data_dir, fingerprint(data_dir))
