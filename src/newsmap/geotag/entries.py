"""What a gazetteer key stands for: candidate places, demonym words, winners known in advance.

Also the two judgements about a place that hold in every document: how likely a name means it
before any context is read (``prior_score``) and whether its name alone says which country a
text is about (``strong_place``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

from newsmap.model import Place


@dataclass(slots=True, unsafe_hash=True)
class Candidate:
    """One place a key may stand for, and how the key names it.

    ``kind`` is the alias kind (name, ascii, local, cyrillic, curated, alternate); ``inflected``
    marks a generated case form; ``needs`` a country that must be supported by the rest of the
    document; ``exact`` the only spelling accepted for short, case-sensitive aliases ("RS").

    A value, never changed once made (``dataclasses.replace`` makes another), and one object
    is shared by every key that names the place so (``Gazetteer.from_builder``).  It is not
    ``frozen`` all the same: a frozen class's ``__init__`` sets each field through
    ``object.__setattr__``, and loading the prepared gazetteer builds 17,800 of them (three
    times as slow as plain assignments, a ninth of the load).  Hash and equality are the
    fields', as a frozen class's.
    """

    place: int
    kind: str
    inflected: bool = False
    needs: str | None = None
    exact: str | None = None

    def __reduce__(self) -> tuple[type, tuple]:
        # a frozen slotted dataclass unpickles field by field through Python code; by its
        # arguments it takes a tenth of the time (the prepared cache holds tens of thousands)
        return (Candidate, (self.place, self.kind, self.inflected, self.needs, self.exact))


@dataclass(frozen=True, slots=True)
class DemonymWord:
    """A demonym key ("Serbian", "Kosovars"): the state it belongs to and its role."""

    word: str
    country: str
    role: str


class Dominant(NamedTuple):
    """A key's winner decided in advance, and what could still overturn it in a document.

    ``needs``: countries whose "needs" candidates take the name when the document supports
    them.  ``rivals``: (highest score before the support bonus, country) of candidates in
    other countries that could outscore ``place`` with enough support for their country.
    """

    place: int
    needs: tuple[str, ...]
    rivals: tuple[tuple[float, str | None], ...]


#: The largest support bonus resolve gives (0.15 + 0.05 * 3).
MAX_SUPPORT_BONUS = 0.3


def prior_score(place: Place, capital: bool, seat_unit: bool = False) -> float:
    """How likely a name means this place before context is read: by level and population.

    ``seat_unit`` marks a unit named after its seat town (a municipality, one of Kosovo's
    districts): "Gjilan" is the town far more often than the district.
    """
    if place.level in ("country", "region"):
        return 0.95
    if place.level == "admin1":
        return 0.6 if seat_unit or place.place_id.startswith("admin1:") else 0.9
    if place.level == "site":
        return 0.75
    if capital:
        return 0.95
    pop = max(place.population, 1)
    return min(0.9, 0.35 + 0.1 * math.log10(pop))


def strong_place(place: Place, capital: bool) -> bool:
    """A place famous enough that its name alone says which country a text is about."""
    return (
        place.level in ("country", "admin1")
        or capital
        or place.population >= 50_000
        or place.place_id.startswith("cur:")
    )
