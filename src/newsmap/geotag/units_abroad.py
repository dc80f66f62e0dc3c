"""A region state's name that is also a unit abroad: "Macedonia", Greece's region.

"Greece's Macedonia", "Macedonia, the historic region of northern Greece", "the Greek region of
Macedonia ... prices in Macedonia": the state abroad says which Macedonia the text means, and
once it has, the same name later is that unit too.  Apart from ``abroad`` (towns abroad named
like region places), which calls this, so that each stays a size one can read.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice, new_tuple
from newsmap.geotag.context import Doc
from newsmap.model import REGION_COUNTRIES

_REGION = frozenset(REGION_COUNTRIES)
POSSESSIVE = ("'s ", "’s ")
#: An apposition that puts a name in a region of a state abroad: ", the historic region of
#: northern Greece", ", a province in the north of Greece".
_REGION_OF = re.compile(
    r", (?:the|a|an) (?:[\w-]+ ){0,3}(?:region|province) (?:of|in) (?:the )?"
    r"(?:(?:(?:far )?(?:north|south|east|west|central|north-?east|north-?west|south-?east"
    r"|south-?west)(?:ern)?|north|south|east|west) (?:of )?)?"
)


def state_names_abroad(doc: Doc, places: list[Choice]) -> list[Choice]:
    """A region state's name that is also a unit abroad ("Macedonia", Greece's region): after a
    foreign state's possessive ("Greece's Macedonia") it is the unit in that state, when the
    gazetteer has one under the name; and once the text has read the name abroad ("the
    Greek region of Macedonia"), the same name later is that unit too ("prices in Macedonia,
    on the Greek side"), unless the text named the region state by it first."""
    gplaces = doc.gaz.places
    states = [
        i
        for i, c in enumerate(places)
        if c.level is None
        and gplaces[c.place].level == "country"
        and gplaces[c.place].country in _REGION
    ]
    if not states:
        return places
    text = doc.text
    units = [
        c
        for c in places
        if c.level is None
        and gplaces[c.place].level == "admin1"
        and gplaces[c.place].country not in _REGION
    ]
    out = places
    for i in states:
        c = places[i]
        there: int | None = None
        if i > 0 and text[places[i - 1].end : c.start] in POSSESSIVE:
            b = places[i - 1]
            state = foreign_state(gplaces[b.place].level, gplaces[b.place].country, b.level)
            there = _candidate_in(doc, c, state) if state is not None else None
        if there is None and i + 1 < len(places):
            # "Macedonia, the historic region of northern Greece": the state abroad says so
            n = places[i + 1]
            state = foreign_state(gplaces[n.place].level, gplaces[n.place].country, n.level)
            if state is not None and _REGION_OF.fullmatch(text, c.end, n.start) is not None:
                there = _candidate_in(doc, c, state)
        if there is None and units:
            name = text[c.start : c.end]
            seen = next((u for u in units if text[u.start : u.end] == name), None)
            named_home = any(
                text[h.start : h.end] == name for h in places[:i] if h.place == c.place
            )
            if seen is not None and seen.start < c.start and not named_home:
                there = seen.place
        if there is None:
            continue
        if out is places:
            out = list(places)
        why = f"the unit abroad of this name ({gplaces[there].country})"
        out[i] = new_tuple(Choice, (c.start, c.end, there, c.score, why, None, False))
    return out


def _candidate_in(doc: Doc, c: Choice, country: str) -> int | None:
    """The place in ``country`` among the candidates of the name at ``c``, if one."""
    for h in doc.by_start.get(c.start, ()):
        if h.end != c.end:
            continue
        for cand in h.value:
            place = getattr(cand, "place", None)
            if place is not None and doc.gaz.places[place].country == country:
                return place
    return None


def foreign_state(level: str, country: str | None, override: str | None) -> str | None:
    """The code of a state's or a first-level unit's mention outside the six ("Plav in
    Bohemia" as "Kula in Bulgaria"), else None."""
    if override is None and level in ("country", "admin1") and country is not None:
        return None if country in _REGION else country
    return None
