"""Lighthouse's mobile run of one URL for make measure: its scores and the audits first_view reports."""

from __future__ import annotations

import json
import statistics
import subprocess
from pathlib import Path

from front.local import CHROMIUM, CHROMIUM_FLAGS

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "bench" / "measure" / "node_modules" / ".bin" / "lighthouse"
AUDITS = (
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "total-byte-weight",
)


def lighthouse(url: str, report: Path) -> dict[str, float]:
    """Lighthouse's mobile run (simulated slow 4G, 4x CPU), its report kept in report: scores and AUDITS."""
    flags = " ".join(CHROMIUM_FLAGS[:8])
    command = [str(LIGHTHOUSE), url, "--form-factor=mobile", f"--chrome-path={CHROMIUM}"]
    command += [f"--chrome-flags={flags}", "--only-categories=performance,accessibility"]
    command += ["--output=json", f"--output-path={report}", "--quiet"]
    subprocess.run(command, check=True, timeout=300)
    result = json.loads(report.read_text(encoding="utf-8"))
    figures = {name: category["score"] for name, category in result["categories"].items()}
    return figures | {audit: result["audits"][audit]["numericValue"] for audit in AUDITS}


def lighthouse_median(url: str, reports: Path, name: str, runs: int) -> dict[str, float]:
    """runs Lighthouse runs of url (reports kept as lighthouse-<name>-<i>.json): the median of each figure.
    One run's performance moves by 0.03-0.05 and its TBT by 150-350 ms on a 2-core machine."""
    found = [lighthouse(url, reports / f"lighthouse-{name}-{i + 1}.json") for i in range(runs)]
    return {figure: statistics.median(run[figure] for run in found) for figure in found[0]}


def lighthouse_row(name: str, found: dict[str, float]) -> str:
    """One line of Lighthouse's figures."""
    return (
        f"| {name} | {found['performance']:.2f} | {found['accessibility']:.2f} | "
        f"{found['first-contentful-paint'] / 1000:.1f} s | "
        f"{found['largest-contentful-paint'] / 1000:.1f} s | {found['total-blocking-time']:.0f} ms | "
        f"{found['cumulative-layout-shift']:.3f} | {found['total-byte-weight'] / 1024:.0f} KB |"
    )
