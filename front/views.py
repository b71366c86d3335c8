"""The views that get a snapshot (page defaults, profiles, talk views, county maps) and their file names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.config import load_config
from core.present import links
from core.present.talks import load_talks
from core.present.vocabulary import vocabulary

# The parameters a snapshot's name can carry, in the order of the name whatever their order in the link.
# nginx.conf.j2 builds the same name from the request ($ik_view): keep the two in step.
KEY_PARAMS = ("indicator", "year", "county", "kommun", "show")
VALUE = re.compile(r"^[A-Za-z0-9_]{1,40}$")  # what nginx accepts in a name (no dot, slash or escape)
FRAME = "frame"  # <page>.frame.<lang>.html: the page's title and menu, for any view without its own


@dataclass(frozen=True)
class View:
    """A page and the parameters that set its view (none: the page's default view)."""

    page: str
    query: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        """The parameters in KEY_PARAMS order, so one view is one View whatever its link's order."""
        rank = {name: i for i, name in enumerate(KEY_PARAMS)}
        ordered = tuple(sorted(self.query, key=lambda item: rank.get(item[0], len(rank))))
        object.__setattr__(self, "query", ordered)

    @property
    def key(self) -> str:
        """The file name's stem: page, then each parameter as .name-value in KEY_PARAMS order."""
        given = dict(self.query)
        return self.page + "".join(f".{name}-{given[name]}" for name in KEY_PARAMS if name in given)

    def file_name(self, lang: str) -> str:
        """Where the front looks for this view's snapshot in this language."""
        return f"{self.key}.{lang}.html"


def keyable(query: links.Query) -> bool:
    """True when nginx can name this view: each parameter once, in KEY_PARAMS, with a plain value."""
    names = [name for name, _ in query]
    return len(names) == len(set(names)) and all(
        name in KEY_PARAMS and VALUE.match(value) for name, value in query
    )


def view_of(link: str) -> View | None:
    """The view a link opens (frame parameters dropped), or None if nginx could not name it."""
    page, query = links.parse(link)
    query = [(name, value) for name, value in query if name not in links.FRAME_PARAMS]
    return View(page.key, tuple(query)) if page and keyable(query) else None


def page_views() -> list[View]:
    """Every page's default view, in menu order."""
    return [View(page.key) for page in links.PAGES]


def linked_views() -> list[View]:
    """The views people link to: every municipality's profile, every view of the shipped talks, the map's
    county views for the default indicator (page defaults not repeated)."""
    words = vocabulary()
    found = [View("municipality", (("kommun", code),)) for code in sorted(words.values["municipality"])]
    found += [View("map", (("county", county.code),)) for county in load_config().counties]
    for talk in load_talks(words=words).values():
        for step in talk.views:
            query = tuple((name, value) for name, value in step.query if name not in links.FRAME_PARAMS)
            if keyable(list(query)):
                found.append(View(step.page.key, query))
    return [view for view in dict.fromkeys(found) if view.query]
