"""Precompress static files for nginx's gzip_static and brotli_static: python -m front.precompress DIR.

Writes NAME.gz (gzip -9) and NAME.br (brotli, quality 11) beside every text file in DIR, on all cores,
and prints how many files, how many bytes before and after, and how long it took.
"""

from __future__ import annotations

import gzip
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import brotli

TEXT_SUFFIXES = {".js", ".mjs", ".css", ".html", ".json", ".svg", ".map", ".txt", ".ttf"}
MIN_BYTES = 512  # smaller files gain nothing worth a second request path
MB = 1_000_000


@dataclass(frozen=True)
class Sizes:
    """Bytes of the originals and of their gzip and brotli copies."""

    files: int
    raw: int
    gzip: int
    brotli: int


def compress_file(path: Path) -> Sizes:
    """Write path.gz and path.br beside path; return the three sizes."""
    raw = path.read_bytes()
    packed = {
        ".gz": gzip.compress(raw, compresslevel=9, mtime=0),
        ".br": brotli.compress(raw, quality=11),
    }
    for suffix, data in packed.items():
        path.with_name(path.name + suffix).write_bytes(data)
    return Sizes(1, len(raw), len(packed[".gz"]), len(packed[".br"]))


def text_files(directory: Path) -> list[Path]:
    """The files worth compressing: text types, not tiny."""
    return sorted(
        path
        for path in directory.rglob("*")
        if path.is_file() and path.suffix in TEXT_SUFFIXES and path.stat().st_size >= MIN_BYTES
    )


def precompress(directory: Path) -> Sizes:
    """Compress every text file under directory, one process per core."""
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        results = list(pool.map(compress_file, text_files(directory), chunksize=4))
    return Sizes(*(sum(getattr(r, field) for r in results) for field in ("files", "raw", "gzip", "brotli")))


def main(argv: list[str]) -> int:
    """Compress the directory given and print the figures."""
    started = time.perf_counter()
    sizes = precompress(Path(argv[0]))
    sys.stdout.write(
        f"precompressed {sizes.files} files in {time.perf_counter() - started:.1f} s: "
        f"{sizes.raw / MB:.1f} MB -> gzip {sizes.gzip / MB:.1f} MB, brotli {sizes.brotli / MB:.1f} MB\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
