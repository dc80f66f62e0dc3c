"""Towns abroad named in local text after a place word, in the region's spelling and case.

Local news names the towns its emigrants, clubs and ferries go to in its own spelling and in
a case form: "u Beču", "iz Venecije", "në Janinë", "u Rigi", "iz Graca, Pariza i Vintertura".
The gazetteer holds those towns, but not every case form of every spelling, and it keeps a
foreign town's form that could be something else until the story names its state; a place
word before the name says it is a place.  Without this, such a name was read as a village of
the region (``local_locatives``) and given a region code.
"""

from __future__ import annotations

from typing import Any

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate
from newsmap.model import Place

__all__ = [
    "ABROAD_REASON",
    "CASE_ENDS",
    "KNOWN_SCORE",
    "NOMINATIVE_ENDS",
    "rejected_town_abroad",
    "town_abroad",
]

#: A town abroad found by its case form ("u Beču", "iz Venecije").
ABROAD_REASON = "a town abroad's case form after a place word"
#: A town found by its case form: a place as sure as its indexed forms.
KNOWN_SCORE = 0.8
#: Endings folded nominatives may have lost in a case form ("Igalu" of "Igalo").
CASE_ENDS = ("ima", "ama", "jem", "ju", "ja", "om", "oj", "em", "u", "i", "e", "a", "")
NOMINATIVE_ENDS = ("o", "a", "e", "i", "")
_SIX = frozenset(("AL", "BA", "XK", "ME", "MK", "RS"))
_NEIGHBOURS = frozenset(("HR", "SI", None))
#: The smallest town abroad a place word alone makes sure of.
_BIG_TOWN = 50_000


def town_abroad(
    doc: Doc, places: list[Choice], folded: str, start: int, end: int, foreign: bool = False
) -> Choice | None:
    """A place outside the six of which the word is a case form ("u Beču", "iz Venecije",
    "në Janinë", "v Tarvisiu"): that place, when no town of the six has the form's name.

    A name the gazetteer holds only among a place's untrusted alternate names counts in Europe
    alone, where the region's emigrants, clubs and ferries go: elsewhere such names are as
    often a village's of the region read through a stray ending ("prema Čanju" is no Kano).
    A name that needs its state named counts without it when ``foreign``: spelt as no language
    of the region spells ("u Dachauu").
    """
    lookup = doc.gaz.matcher.lookup
    gplaces = doc.gaz.places
    named: set[str | None] | None = None
    for ending in CASE_ENDS:
        if ending and not folded.endswith(ending):
            continue
        stem = folded[: len(folded) - len(ending)] if ending else folded
        if len(stem) < 3:
            continue
        # a j-stem's ending ("v Kotorju") follows a bare nominative only
        for nominative in ("",) if ending[:1] == "j" else NOMINATIVE_ENDS:
            key = stem + nominative
            if key == folded:
                continue
            found = lookup(f" {key} ")
            if not found:
                continue
            if any(gplaces[c.place].country in _SIX for c in found):
                return None
            if named is None:
                named = {gplaces[c.place].country for c in places}
            towns = [
                c.place
                for c in found
                if gplaces[c.place].level in ("city", "admin1")
                and (c.needs is None or c.needs in named or foreign)
                and (c.kind != "alternate" or _european(gplaces[c.place]))
            ]
            if towns:
                best = max(towns, key=lambda p: gplaces[p].population)
                return Choice(start, end, best, KNOWN_SCORE, ABROAD_REASON)
    return None


def rejected_town_abroad(doc: Doc, hits: list[Any], start: int, end: int) -> Choice | None:
    """The town abroad of a matcher hit that is exactly the word after a place word, which
    the rules left for want of its state in the story ("iz Graca, Pariza i Vintertura",
    "z ladjarjem iz Pireja"): when no candidate of the hit is a place of the six."""
    gplaces = doc.gaz.places
    exact = [h for h in hits if h.start == start and h.end == end]
    if len(exact) != len(hits) or not exact:
        return None  # part of a longer name the rules read
    found = [c for h in exact for c in h.value if isinstance(c, Candidate)]
    if not found or any(gplaces[c.place].country in _SIX for c in found):
        return None
    # not the neighbours' towns, whose names the region's villages and words share ("Rijeke
    # Crnojevića", "Blato"), nor a small town abroad ("v Muri" is the river Mura)
    towns = [
        c.place
        for c in found
        if gplaces[c.place].level == "city"
        and gplaces[c.place].country not in _NEIGHBOURS
        and gplaces[c.place].population >= _BIG_TOWN
        and (c.kind != "alternate" or _european(gplaces[c.place]))
    ]
    if not towns:
        return None
    best = max(towns, key=lambda p: gplaces[p].population)
    return Choice(start, end, best, KNOWN_SCORE, ABROAD_REASON)


def _european(place: Place) -> bool:
    """Whether a place lies in Europe (a box from Iceland to the Urals, Crete to the Cape)."""
    lat, lon = place.lat, place.lon
    return lat is not None and lon is not None and 34.5 <= lat <= 71.5 and -25.0 <= lon <= 45.0
