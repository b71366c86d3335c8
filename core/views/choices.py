"""What a reader chose on the map page and the screen it is drawn for: small frozen values, hashable."""

from __future__ import annotations

from dataclasses import dataclass

from core.data import queries


@dataclass(frozen=True)
class MapChoice:
    """The map page's choice: indicator, year (None for the register), level, county, focus areas."""

    indicator: str
    year: int | None
    level: str = "municipality"
    county: str | None = None
    focus_areas: tuple[str, ...] = ()

    @property
    def selection(self) -> queries.Selection:
        """The county and focus areas as the queries take them."""
        return queries.Selection(self.county, self.focus_areas)


@dataclass(frozen=True)
class Screen:
    """Who reads: the language, a phone or not, and whether the view is presented."""

    lang: str
    phone: bool = False
    present: bool = False
