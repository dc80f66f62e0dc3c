"""A region town's name shared by towns of two region states, in local text: the state the
story's other towns are in.

"у дому културе у Пожеги" in a story about Arilje, Ivanjica and Kosjerić is Serbia's Požega,
though Croatia's is bigger: the region's states share many town names (Požega, Brezovica,
Kula, Bistrica), and the gazetteer's larger twin wins where the text does not say.  A
local story names the towns around the one it is about; when none of its other places lies in
the bigger twin's state and at least two lie in the other twin's, the name is the other twin,
a town the gazetteer knows by its own name (no alternate).  Capitals keep their reading.
"""

from __future__ import annotations

from collections import Counter

from newsmap.geotag.choice import Choice, new_tuple
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate
from newsmap.geotag.matcher import Hit
from newsmap.model import REGION_COUNTRIES

__all__ = ["local_twins"]

#: The six and Croatia and Slovenia: the states whose languages share the towns' names.
_REGION = frozenset(REGION_COUNTRIES) | frozenset(("HR", "SI"))
#: Other towns of the twin's state the story must name (and none of the chosen one's).
_MIN_OTHERS = 2
#: Real names: GeoNames' untagged alternates are no twin.
_OWN_KINDS = frozenset(("name", "ascii", "local", "cyrillic"))


def local_twins(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` with each region town moved to its same-named twin in the state of the
    story's other towns."""
    if not doc.local or len(places) < _MIN_OTHERS + 1:
        return places
    gplaces = doc.gaz.places
    states: Counter[str] = Counter()
    for c in places:
        country = gplaces[c.place].country
        if c.level is None and country in _REGION and gplaces[c.place].level == "city":
            states[country] += 1
    if len(states) < 2:
        return places  # one state's towns, or none: no twin to move to
    by_start = {h.start: h for h in doc.hits}
    out = places
    for i, c in enumerate(places):
        place = gplaces[c.place]
        if c.level is not None or place.level != "city" or place.country not in _REGION:
            continue
        if c.place in doc.gaz.capitals:
            continue
        hit = by_start.get(c.start)
        if hit is None or hit.end != c.end:
            continue
        own = states[place.country] - _same_name(places, c)
        if own > 0:
            continue
        twin = _twin(doc, hit, place.country, place.name, states)
        if twin is None:
            continue
        if out is places:
            out = list(places)
        reason = c.reason + f"; twin in the story's state, {gplaces[twin].country}"
        out[i] = new_tuple(Choice, (c.start, c.end, twin, c.score, reason, c.level, c.metonymic))
    return out


def _same_name(places: list[Choice], c: Choice) -> int:
    """How many of the story's towns are this one (its name written again)."""
    return sum(1 for o in places if o.place == c.place and o.level is None)


def _twin(doc: Doc, hit: Hit, country: str, name: str, states: Counter[str]) -> int | None:
    """The other region state's town of the same own name, when the story names at least
    ``_MIN_OTHERS`` towns of that state."""
    gplaces = doc.gaz.places
    for cand in hit.value if isinstance(hit.value, tuple) else ():
        if not isinstance(cand, Candidate) or cand.kind not in _OWN_KINDS or cand.needs:
            continue
        other = gplaces[cand.place]
        if (
            other.country != country
            and other.country in _REGION
            and other.level == "city"
            and other.name == name
            and states[other.country] >= _MIN_OTHERS
        ):
            return cand.place
    return None
