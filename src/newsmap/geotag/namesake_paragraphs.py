"""A namesake abroad holds its paragraph: "another Belgrade sits on a lake in Maine ... Its
villages, Belgrade Lakes and North Belgrade, fill with summer visitors".

Once a paragraph has read a region town's name as a town abroad (``abroad``'s namesakes), the
name written with a quarter's word later in that paragraph ("North Belgrade") is a place of
that town, and so is a site named after it with a generic word of places abroad ("Belgrade
Lakes"): the paragraph is about the town abroad until it names
the region state again ("... unlike Belgrade, the Serbian capital").  A site named after the
town was placed by the town inside its name, which the gazetteer reads as the region's.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.site_anchor import ABROAD_REASONS
from newsmap.model import REGION_COUNTRIES

_REGION = frozenset(REGION_COUNTRIES)
REASON = "namesake abroad, as earlier in its paragraph"
#: Capitalised words before a town's name that make a place of their own ("North Belgrade").
_QUARTERS = ("North ", "South ", "East ", "West ", "Upper ", "Lower ")
#: The generic words of towns and waters abroad after a town's name ("Belgrade Lakes").
_ABROAD_GENERICS = frozenset(
    ("Lakes", "Lake", "Pond", "Falls", "Springs", "Heights", "Township", "Village", "Center")
)


def paragraph_namesakes(text: str, gplaces: list, places: list[Choice]) -> list[Choice]:
    """``places`` with the region readings of a namesake's name, after it in its paragraph,
    moved to the town abroad."""
    # ``abroad`` decides its namesakes at the level of a town: most choices have none
    abroad = [c for c in places if c.level == "city" and c.reason.startswith(ABROAD_REASONS)]
    if not abroad:
        return places
    out = list(places)
    for a in abroad:
        name = text[a.start : a.end]
        hi = text.find("\n", a.end)
        hi = len(text) if hi == -1 else hi
        for i, c in enumerate(out):
            if c.start < a.end or c.start >= hi:
                continue
            country = gplaces[c.place].country
            if c.level == "demonym" or (c.level is None and gplaces[c.place].level == "country"):
                if country in _REGION:
                    break  # the paragraph names the region state again
                continue
            if country not in _REGION and c.place != a.place:
                continue
            surface = text[c.start : c.end]
            if surface == name and c.level in (None, "city"):
                quarter = next((q for q in _QUARTERS if text.endswith(q, 0, c.start)), None)
                if quarter is not None:  # "North Belgrade": a place of the town abroad
                    start = c.start - len(quarter)
                    out[i] = c._replace(start=start, place=a.place, reason=REASON)
            elif c.level == "site" and _named_after(surface, name):
                out[i] = c._replace(place=a.place, reason=REASON)
    return out


def _named_after(surface: str, name: str) -> bool:
    """Whether ``surface`` is ``name`` and a generic word of places abroad ("Belgrade Lakes",
    "Macedonia Township"): not a square or a street, which the region's towns have too."""
    if not surface.startswith(name + " "):
        return False
    return surface[len(name) + 1 :] in _ABROAD_GENERICS
