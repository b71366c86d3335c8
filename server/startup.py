"""At start, check the whole data package once and log every problem (file, row, column and fix)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.concurrency import run_in_threadpool
from streamlit.logger import get_logger

from core.data.package import PackageReport, check_package

LOGGER = get_logger("industrikartan")


def log_report(report: PackageReport) -> None:
    """One log line per good file, one error per broken file with all its problems."""
    for line in report.summaries:
        LOGGER.info("data ok: %s", line)
    for error in report.errors:
        LOGGER.error("data problem: %s", error)
    if report.valid:
        LOGGER.info("The data package is valid.")
    else:
        LOGGER.error(
            "The data package has problems in %s; pages show a notice there.", ", ".join(report.files)
        )


@asynccontextmanager
async def check_data_at_start(_app: object) -> AsyncIterator[None]:
    """st.App's lifespan hook: validate before serving (in a thread, so the server stays responsive)."""
    log_report(await run_in_threadpool(check_package))
    yield
