"""Redirect /map/anything to /map: under a deeper path Streamlit's page never starts.

Streamlit's page loads its scripts relative to the URL (./static/…), and for an unknown path it answers
with the page itself, so at /map/x the browser gets HTML for every script and waits forever.
"""

from __future__ import annotations

from starlette.responses import RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

# First or later path segments that belong to Streamlit's or the app's own routes, never to a page.
RESERVED = frozenset({"_stcore", "static", "media", "component", "app", "api"})
FOUND = 302


def page_root(path: str) -> str | None:
    """The page path to send a deeper path to, or None when the path is fine as it is."""
    first, *rest = path.strip("/").split("/")
    if not first or not rest or RESERVED.intersection([first, *rest]):
        return None
    return f"/{first}"


class NestedPathRedirect:
    """ASGI middleware: a page path with extra segments is redirected to the page, keeping the query."""

    def __init__(self, app: ASGIApp) -> None:
        """Wrap the app."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Redirect or pass the request on."""
        target = page_root(scope["path"]) if scope["type"] == "http" else None
        if target is None:
            await self.app(scope, receive, send)
            return
        query = scope.get("query_string", b"").decode("latin-1")
        await RedirectResponse(f"{target}?{query}" if query else target, FOUND)(scope, receive, send)
