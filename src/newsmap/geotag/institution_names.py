"""Hospitals whose name is only words any town's hospital may have, told apart by their town.

"The Clinical Hospital in Štip", "the General Hospital in Prizren", "the General Hospital
Smederevo": the press names such a hospital by its town, after "in" or right after the noun
as its official name does, so the town is part of the site's name and the site stands in it.
So is a school's or a museum's plain name after "of" ("the Academy of Fine Arts in Belgrade"),
which many towns have (``in_its_town``).  Apart from ``sites`` so that each module stays a size
one can read.
"""

from __future__ import annotations

import bisect

from newsmap.geotag.choice import START_OF, Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate
from newsmap.model import REGION_COUNTRIES

__all__ = ["GENERIC_HEADS", "PLAIN_NAMED", "in_its_town", "town_completing"]

_REGION = frozenset(REGION_COUNTRIES)

#: Hospitals' nouns: their names are often only words any town's may have.
GENERIC_HEADS = frozenset(("hospital", "clinic", "clinical centre", "clinical center"))
#: Words that make a hospital's name without naming it ("Clinical Hospital", "General
#: Hospital", "Cantonal Hospital").
_GENERIC_NAMES = frozenset(
    "Clinical General University Cantonal Special Psychiatric Regional Municipal Military "
    "Children's Gynaecological Gynecological Orthopaedic Orthopedic Clinic Clinical".split()
)


def town_completing(
    doc: Doc, places: list[Choice], start: int, head: int, end: int
) -> Choice | None:
    """The town that completes a hospital's plain name: after "in" ("the Clinical Hospital in
    Štip"), or right after its capitalised noun ("the General Hospital Smederevo"), where a
    town of the region or a unit is decided."""
    text = doc.text
    if text.startswith(" in ", end):
        after = end + 4
    elif text.startswith(" ", end) and text[end + 1 : end + 2].isupper() and text[head].isupper():
        after = end + 1
    else:
        return None
    if not all(w in _GENERIC_NAMES for w in text[start:head].split()):
        return None
    i = bisect.bisect_left(places, after, key=START_OF)
    if i < len(places) and places[i].start == after and places[i].level is None:
        if doc.gaz.places[places[i].place].level in ("city", "admin1"):
            return places[i]
    if after == end + 1:
        return _region_town_at(doc, after)
    return None


def _region_town_at(doc: Doc, start: int) -> Choice | None:
    """A region town's name at ``start`` that ends the hospital's name, though no place was
    decided there (a town right after a capitalised noun reads as part of a longer name)."""
    text = doc.text
    for hit in doc.by_start.get(start, ()):
        if text[hit.end : hit.end + 2].strip()[:1].isupper():
            continue  # "General Hospital Smederevo Director ...": the name runs on
        for cand in hit.value:
            if isinstance(cand, Candidate):
                place = doc.gaz.places[cand.place]
                if place.level == "city" and place.country in _REGION:
                    return Choice(hit.start, hit.end, cand.place, 0.6, "hospital's town", None)
    return None


#: The nouns of schools and museums whose names after "of" many towns have ("the Faculty of
#: Law", "the Museum of Contemporary Art"); a street's dedication ("the Boulevard of King
#: Alexander in Belgrade") is a name of its own.
PLAIN_NAMED = frozenset(("faculty", "academy", "museum"))


def in_its_town(
    doc: Doc, places: list[Choice], start: int, name: int, name_end: int, score: float = 0.6
) -> Choice | None:
    """ "the Academy of Fine Arts in Belgrade", "the Museum of Contemporary Art in Skopje": a
    name after "of" that names no place, then "in" and a town, is a school's or a museum's
    that many towns have; the town completes the name, and the site stands in it."""
    if not doc.text.startswith(" in ", name_end):
        return None
    i = bisect.bisect_left(places, name, key=START_OF)
    if i < len(places) and places[i].start < name_end:
        return None  # "the University of Pristina in North Mitrovica": a name of its own
    after = name_end + 4
    while i < len(places) and places[i].start < after:
        i += 1
    if i == len(places) or places[i].start != after or places[i].level is not None:
        return None
    town = places[i]
    if doc.gaz.places[town.place].level != "city":
        return None
    return Choice(start, town.end, town.place, score, "site of, in its town", "site")
