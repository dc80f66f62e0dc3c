"""What an analyst selected: one validated, immutable value the whole page is drawn from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from newsmap.errors import InvalidFilterError
from newsmap.model import EVENT_TYPES

_CODE = re.compile(r"^[A-Z]{2}$")
#: A language code as the store keeps it ("sq", "sr", "sr-Cyrl"; see ingest.language).
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class Filters:
    """What an analyst selected. Empty tuples mean "no restriction"."""

    date_from: date | None = None
    date_to: date | None = None
    include_undated: bool = True
    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    text: str = ""
    #: City and site markers (place ids): articles naming one of them.
    place_ids: tuple[str, ...] = field(default=())
    #: Article languages (codes as the store keeps them: "sq", "sr", "sr-Cyrl").
    languages: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InvalidFilterError(
                f"date range is reversed: from {self.date_from} is after to {self.date_to}"
            )
        for code in self.countries:
            if not _CODE.match(code):
                raise InvalidFilterError(
                    f"country {code!r} is not an ISO alpha-2 code (Kosovo is XK)"
                )
        for code in self.languages:
            if not _LANGUAGE.match(code):
                raise InvalidFilterError(
                    f"language {code!r} is not a language code (such as sq, sr or sr-Cyrl)"
                )
        for kind in self.event_types:
            if kind not in EVENT_TYPES:
                raise InvalidFilterError(
                    f"event type {kind!r} is not one of {', '.join(EVENT_TYPES)}"
                )

    def with_(self, **changes: Any) -> Filters:
        """A copy with some fields changed (the dashboard's click-to-filter)."""
        return replace(self, **changes)

    def summary(self) -> str:
        """One human line for map titles and export captions."""
        parts = []
        if self.date_from and self.date_to:
            parts.append(f"{self.date_from} to {self.date_to}")
        elif self.date_from:
            parts.append(f"from {self.date_from}")
        elif self.date_to:
            parts.append(f"up to {self.date_to}")
        else:
            parts.append("all dates")
        parts.append(", ".join(self.countries) if self.countries else "all countries")
        if self.admin1:
            parts.append("units: " + ", ".join(self.admin1))
        if self.event_types:
            parts.append("events: " + ", ".join(self.event_types))
        if self.sources:
            parts.append("sources: " + ", ".join(self.sources))
        if self.languages:
            parts.append("languages: " + ", ".join(self.languages))
        if self.text:
            parts.append(f"text: “{self.text}”")
        return "; ".join(parts)
