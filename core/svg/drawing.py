"""What every SVG figure is made of: the drawing, the items a reader points at, and their links."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from core.svg.legend import Legend

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"  # as the page
TEXT_COLOUR = "#31333F"
HALO = "#FFFFFF"
MIN_TARGET_RADIUS = 8.0  # px: small site symbols get an invisible ring this wide, so they are easy to hit

Link = Callable[[str], str | None]  # an area code to the page it opens, or None for no link


@dataclass(frozen=True)
class Item:
    """Something a reader can point at: its accessible name, the card it shows and the page it opens."""

    kind: str  # "area", "site" or "bar"
    name: str
    card: tuple[str, ...]  # heading first, then one line each
    href: str | None


@dataclass(frozen=True)
class Drawing:
    """A map or chart as SVG: size in px, title, legend (a band on top, for downloads), what to point at."""

    svg: str
    width: int
    height: int
    title: str
    legend_height: int
    legend: Legend
    items: tuple[Item, ...]
    all_names: bool = False  # name every area where names do not overlap, not only where a name fits inside
    kind: str = "map"  # or "chart"


def link(item: int, item_data: Item, shape: str) -> str:
    """The shape wrapped in a link (or a named image) that shows item number `item`'s card."""
    href = f' href="{escape(item_data.href, quote=True)}"' if item_data.href else ""
    return (
        f'<a{href} data-i="{item}" aria-label="{escape(item_data.name, quote=True)}" '
        f'role="{"link" if item_data.href else "img"}">{shape}</a>'
    )


def no_link(code: str) -> None:
    """Areas and marks that open nothing."""
    return None
