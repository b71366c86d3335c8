"""The app's own route /api/health: is the data package valid? (JSON; 200 when it is, 503 when not)."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from core.data.package import check_package

HEALTH_PATH = "/api/health"
OK, UNAVAILABLE = 200, 503


async def health(_request: Request) -> JSONResponse:
    """The data package's state; validated again only after a file in data/ changed."""
    report = await run_in_threadpool(check_package)
    body = {
        "status": "ok" if report.valid else "degraded",
        "data": "valid" if report.valid else "invalid",
        "invalid_files": list(report.files),
    }
    return JSONResponse(
        body, status_code=OK if report.valid else UNAVAILABLE, headers={"Cache-Control": "no-store"}
    )


ROUTES = [Route(HEALTH_PATH, health, methods=["GET", "HEAD"])]
