"""Settlements the text places itself: "in Gornji Dol, near Knin", "from Brest, north of Vlorë".

English news names a village the gazetteer lacks (or reads as something else) and says where
it is in the same breath: a locative word, the capitalised name, a comma, then where it lies
against a place the rules have decided ("near", "north of", "on the edge of", "above",
"close to").  Written so, the name is a settlement whatever its spelling (``locative_names``
needs the region's letters), and it stands where the place after the relation stands: a
``city`` at the village score, reason ``REASON``.  A name the rules read already keeps its
reading; a person is not placed so ("said Ana, near ..." has no locative word before it).
"""

from __future__ import annotations

import bisect
import re

from newsmap.geotag.choice import START_OF, Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.sites import VILLAGE_SCORE

__all__ = ["REASON", "placed_names"]

REASON = "settlement placed by the place after it"

_CAP = r"[A-ZČĆŠŽĐÇË][\w'’-]*"
#: The comma and the relation to the place that follows (a literal start: the engine skips
#: to each comma).
_RELATION = re.compile(
    r", (?:just |a few kilometres |some kilometres )?"
    r"(?:near|close to|not far from|outside|above|below|beside|"
    r"on the (?:edge|outskirts|fringe) of|"
    r"(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|"
    r"northwest|southeast|southwest) of) "
    r"(?:the (?:town|city|village) of )?"
)
#: Before that comma: a locative word and a name of one to three capitalised words (Albanian
#: "i"/"e" links inside), read back from the comma.
_BEFORE = re.compile(
    r"(?:^|[^\w])(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|to|of|around|past|outside|towards|via) "
    rf"(?P<name>{_CAP}(?: (?:(?:i|e) )?{_CAP}){{0,2}})$"
)
_REACH = 80  # characters read back from the comma


def placed_names(doc: Doc, places: list[Choice]) -> list[Choice]:
    """The names a comma and a relation to a decided place follow (English text)."""
    text = doc.text
    found: list[Choice] = []
    for m in _RELATION.finditer(text):
        there = _place_at(places, m.end())
        if there is None:
            continue
        comma = m.start()
        window = max(0, comma - _REACH)
        before = _BEFORE.search(text, window, comma)
        if before is None:
            continue
        start, end = before.span("name")
        if _covered(places, start, end):
            continue  # a name a rule has read keeps that reading
        found.append(Choice(start, end, there.place, VILLAGE_SCORE, REASON, "city"))
    return found


def _covered(places: list[Choice], start: int, end: int) -> bool:
    i = bisect.bisect_left(places, end, key=START_OF)
    return any(c.end > start for c in places[max(0, i - 8) : i])


def _place_at(places: list[Choice], start: int) -> Choice | None:
    """The town, unit or state decided at ``start`` (not a demonym), if any."""
    i = bisect.bisect_left(places, start, key=START_OF)
    while i < len(places) and places[i].start == start:
        if places[i].level is None:
            return places[i]
        i += 1
    return None
