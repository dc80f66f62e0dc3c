"""The shared vocabulary of newsmap: articles, places, mentions and events.

Every stage (ingest, geotag, events, store, query) speaks in these frozen
dataclasses so that no stage depends on another's internals.  Offsets are
Python ``str`` indices into ``Article.text``: ``text[start:end] == surface``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

#: The six countries mapped in full (admin-1 units and places).
REGION_COUNTRIES: tuple[str, ...] = ("AL", "BA", "XK", "ME", "MK", "RS")
#: Close neighbours shown with their main cities.
NEIGHBOUR_COUNTRIES: tuple[str, ...] = ("HR", "SI")

Level = Literal["country", "admin1", "city", "site", "region", "demonym"]
Precision = Literal["day", "month", "year", "decade"]
DateSource = Literal["explicit", "relative", "published"]
EventType = Literal[
    "violence",
    "protest",
    "riot",
    "political_legal",
    "diplomacy",
    "military_security",
    "disaster",
    "other",
]
EVENT_TYPES: tuple[str, ...] = (
    "violence",
    "protest",
    "riot",
    "political_legal",
    "diplomacy",
    "military_security",
    "disaster",
    "other",
)


def content_hash(title: str | None, text: str) -> str:
    """Identify an article by what it says, so the same story ingested twice is stored once.

    Whitespace is collapsed so that re-wrapped copies of one text still collide.
    """
    norm = " ".join((title or "").split()) + "\n" + " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One news item as read from a source, before or after tagging."""

    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    id: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.title, self.text)


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: something with a name that can be put on the map."""

    place_id: str
    name: str
    country: str | None
    level: str
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    population: int = 0
    name_local: str | None = None


@dataclass(frozen=True)
class Mention:
    """A place named in a text, at exact character offsets (DESIGN.md section 4)."""

    start: int
    end: int
    surface: str
    place_id: str
    name: str
    country: str | None
    admin1: str | None
    level: str
    lat: float | None
    lon: float | None
    score: float
    metonymic: bool = False
    reason: str = field(default="", compare=False)

    def to_json(self) -> dict[str, Any]:
        """The stable `analyze` shape: the internal ``reason`` is not part of the contract.

        Spelled out rather than ``dataclasses.asdict``, which deep-copies every field and took
        40% of `newsmap analyze`'s time; `tests/unit/test_model.py` holds it to asdict's keys.
        """
        return {
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "place_id": self.place_id,
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "level": self.level,
            "lat": self.lat,
            "lon": self.lon,
            "score": self.score,
            "metonymic": self.metonymic,
        }


@dataclass(frozen=True)
class Event:
    """A dated statement in a text, resolved against the publication date."""

    date: str
    precision: str
    date_source: str
    surface: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    type: str
    countries: tuple[str, ...] = ()
    place_ids: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The stable `analyze` shape (tuples as JSON lists); spelled out, as `Mention.to_json`."""
        return {
            "date": self.date,
            "precision": self.precision,
            "date_source": self.date_source,
            "surface": self.surface,
            "start": self.start,
            "end": self.end,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "type": self.type,
            "countries": list(self.countries),
            "place_ids": list(self.place_ids),
        }
