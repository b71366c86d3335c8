"""Send deeper and unknown paths to a page: under them Streamlit's page never starts or answers in English.

Streamlit's page loads its scripts relative to the URL (./static/…), and for an unknown path it answers
with the page itself, so at /map/x the browser gets HTML for every script and waits forever. A path that
names no page (/nonexistent) goes to the overview with ?notfound=1, which says so in the reader's language
(the path itself is never repeated on the page).
"""

from __future__ import annotations

from starlette.responses import RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from core.present.links import NOT_FOUND, names_no_page

# First or later path segments that belong to Streamlit's or the app's own routes, never to a page.
RESERVED = frozenset({"_stcore", "static", "media", "component", "app", "api"})
FOUND = 302


def page_root(path: str) -> str | None:
    """The page path to send a deeper path to, or None when the path is fine as it is."""
    first, *rest = path.strip("/").split("/")
    if not first or not rest or RESERVED.intersection([first, *rest]):
        return None
    return f"/{first}"


def target(path: str, query: str) -> str | None:
    """Where to send a request for path with query: its page, the overview's notice, or None (serve it)."""
    root = page_root(path)
    if root is not None:
        return f"{root}?{query}" if query else root
    if path.strip("/").split("/")[0] in RESERVED or not names_no_page(path):
        return None
    kept = "&".join(part for part in query.split("&") if part and not part.startswith(f"{NOT_FOUND}="))
    return f"/?{NOT_FOUND}=1" + (f"&{kept}" if kept else "")


class NestedPathRedirect:
    """ASGI middleware: a deeper page path goes to its page, an unknown path to the overview's notice."""

    def __init__(self, app: ASGIApp) -> None:
        """Wrap the app."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Redirect or pass the request on."""
        query = scope.get("query_string", b"").decode("latin-1")
        where = target(scope["path"], query) if scope["type"] == "http" else None
        if where is None:
            await self.app(scope, receive, send)
            return
        await RedirectResponse(where, FOUND)(scope, receive, send)
