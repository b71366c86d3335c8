"""Links to the app's views: its pages, the parameters each page reads, and a view's full address."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from urllib.parse import parse_qsl, urlencode, urlsplit


@dataclass(frozen=True)
class Page:
    """One page: its key, URL path, script, the parameters that set its view and the datasets it shows."""

    key: str
    path: str
    script: str
    params: dict[str, str]  # parameter -> kind of value (see core.present.talks.Vocabulary)
    datasets: tuple[str, ...]


PAGES = (
    Page("overview", "", "app.py", {}, ("key_figures", "indicators", "workplaces", "counties")),
    Page(
        "map",
        "map",
        "pages/map.py",
        {"indicator": "indicator", "year": "year", "level": "level", "county": "county", "focus": "focus"},
        ("indicators", "workplaces", "municipalities"),
    ),
    Page(
        "transition",
        "transition",
        "pages/transition.py",
        {"county": "county", "show": "emissions_view", "area": "focus"},
        ("emissions", "ets_plants", "ets_emissions", "transition_projects", "grants"),
    ),
    Page(
        "compare",
        "compare",
        "pages/compare.py",
        {"places": "municipality", "sector": "emission_sector", "chart": "compare_chart"},
        ("emissions",),
    ),
    Page(
        "focus_areas",
        "focus_areas",
        "pages/focus_areas.py",
        {"area": "focus", "county": "county", "measure": "measure"},
        ("workplaces",),
    ),
    Page(
        "municipality",
        "municipality",
        "pages/municipality.py",
        {"kommun": "municipality", "compare": "indicator"},
        ("indicators", "workplaces", "activities", "municipalities"),
    ),
    Page(
        "project",
        "project",
        "pages/project.py",
        {"partner": "partner", "county": "county", "area": "focus"},
        ("project", "partners", "activities"),
    ),
    Page("data", "data", "pages/data.py", {"section": "section", "dataset": "dataset", "kind": "upload"}, ()),
    Page("accessibility", "accessibility", "pages/accessibility.py", {}, ()),
)
BY_KEY = {page.key: page for page in PAGES}
BY_PATH = {page.path: page for page in PAGES}
REPEATABLE = {"focus", "places"}  # parameters a link may repeat (several focus areas on the map)
LANGUAGE = "lang"
NOT_FOUND = "notfound"  # ?notfound=1: the reader followed a path that names no page (never the path itself)
# Parameters of the frame, not of a view: a shared link keeps only the language.
FRAME_PARAMS = ("lang", "present", "talk", "step", "embed", "embed_options", NOT_FOUND)
Query = list[tuple[str, str]]


def names_no_page(path: str) -> bool:
    """True when a path's first segment names neither a page of the app nor a file ('/nonexistent').

    Streamlit then runs the overview and says in English that the page was not found; the app says it
    in the reader's language instead (components.shell.frame, and server.paths for the served app).
    """
    first = path.strip("/").split("/")[0]
    return bool(first) and first not in BY_PATH and "." not in first


def parse(link: str) -> tuple[Page | None, Query]:
    """The page a link opens (None if the app has no such page) and its parameters in order."""
    parts = urlsplit(link.strip())
    return BY_PATH.get(parts.path.strip("/")), parse_qsl(parts.query, keep_blank_values=True)


def view_query(query: Query, lang: str) -> Query:
    """The parameters that set a view, then the language; presentation, talk and embedding dropped."""
    return [(k, v) for k, v in query if k not in FRAME_PARAMS] + [(LANGUAGE, lang)]


def pinned(page: Page, query: Query, remembered: dict[str, object]) -> Query:
    """The query plus each choice it leaves to a default, as the page shows it now (a str or int).

    So a shared link keeps its meaning when the defaults move, e.g. with a new year of data.
    """
    given = {name for name, _ in query}
    return query + [
        (name, str(value))
        for name in page.params
        if name not in given
        and isinstance(value := remembered.get(name), str | int)
        and not isinstance(value, bool)
        and str(value)
    ]


def view_url(base: str, query: Query, lang: str) -> str:
    """The full link to a view: base is the page's address without a query (st.context.url)."""
    return f"{base}?{urlencode(view_query(query, lang))}"


def embed_url(url: str) -> str:
    """The view's link with Streamlit's embed mode (no menu, no toolbar)."""
    return f"{url}&embed=true"


def iframe_snippet(url: str, title: str, height: int) -> str:
    """HTML that embeds the view in another page."""
    return (
        f'<iframe src="{escape(embed_url(url), quote=True)}" title="{escape(title, quote=True)}" '
        f'width="100%" height="{height}" style="border:0" loading="lazy"></iframe>'
    )


def view_label(page: Page, query: Query, names: dict[str, dict[str, str]]) -> str:
    """The view's choices in words, in the page's order, e.g. 'Företag som … · 2022 · Gävleborg'."""
    words = [
        names.get(kind, {}).get(value, value)
        for name, kind in page.params.items()
        for key, value in query
        if key == name and value
    ]
    return " · ".join(words)


def grouped(query: Query) -> dict[str, list[str]]:
    """Parameters as name -> values (a repeated parameter keeps every value), for st.switch_page."""
    groups: dict[str, list[str]] = {}
    for name, value in query:
        groups.setdefault(name, []).append(value)
    return groups


def href(page: str, lang: str, present: bool, **params: object) -> str:
    """A relative link to a page of this app that keeps the language and presentation mode."""
    query = {**{k: str(v) for k, v in params.items() if v not in (None, "")}, "lang": lang}
    if present:
        query["present"] = "true"
    return f"{page}?{urlencode(query)}"
