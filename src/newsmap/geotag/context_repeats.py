"""A name placed only by its context stands where its first mention stood.

A site or village the gazetteer lacks takes the place of the words around it (``site_anchor``):
"the mail boat makes its rounds on Great Pond" after "BELGRADE, Maine" stands in Maine.  Named
again further on, it is placed anew by the words around it there, and those may be another
story's towns ("Rome, which borders Great Pond to the north" read as Italy's Rome).  One story
means one lake by one name, so a name placed only by its context takes the place its first
mention took (English text; a name placed by a place inside it, after "in" or "near", keeps
its own).
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice

__all__ = ["first_context"]

#: How ``site_anchor`` marks a place its context gave.
_BY_CONTEXT = ", placed by its context"


def first_context(text: str, places: list[Choice]) -> list[Choice]:
    """The decided places, each name placed by its context at its first mention's place."""
    first: dict[str, Choice] = {}
    moved: list[Choice] | None = None
    for i, c in enumerate(places):
        if c.level == "demonym":
            continue
        name = text[c.start : c.end]
        seen = first.get(name)
        if seen is None:
            first[name] = c
        elif c.place != seen.place and c.reason.endswith(_BY_CONTEXT):
            if moved is None:
                moved = list(places)
            moved[i] = c._replace(place=seen.place, reason=f"{c.reason}, as named first")
    return places if moved is None else moved
