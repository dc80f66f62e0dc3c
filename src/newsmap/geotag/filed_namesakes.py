"""A region state's name as a town of the state a story is filed from.

"KNIN, Croatia — Most visitors who stop at the sign for Kosovo ... Residents say parcels
addressed to "Kosovo, Croatia" go astray": a report filed from a state abroad that writes a
region state's name with that same state after it ("Kosovo, Croatia") is about the village of
that name where it is filed, and every mention of the name in it is the village, the ones
before the text said so too.  A state's name is moved only so: with the state after a comma
(not in a list of states: "Kosovo, Croatia and Slovenia"), in a story whose dateline is a town
of that state.  ``abroad.namesakes_abroad`` calls this.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice, new_tuple
from newsmap.geotag.context import Doc
from newsmap.geotag.rivers import dateline
from newsmap.model import REGION_COUNTRIES

_REGION = frozenset(REGION_COUNTRIES)
#: Score of a namesake abroad (``abroad.ABROAD_SCORE``).
_SCORE = 0.45


def filed_namesakes(doc: Doc, places: list[Choice], out: list[Choice]) -> list[Choice]:
    """``out`` with a region state's name moved to the dateline's state, where the text
    writes the name with that state after it (read on ``places``, as decided before any
    name was moved abroad)."""
    if len(places) < 3:
        return out
    gplaces = doc.gaz.places
    text = doc.text
    first = places[0]
    p = gplaces[first.place]
    home = p.country
    if first.level is not None or p.level != "city" or home is None or home in _REGION:
        return out
    if not dateline(text, first.start, first.end):
        return out
    target = doc.gaz.country_place.get(home)
    names: set[str] = set()
    for k in range(1, len(places) - 1):
        c, n = places[k], places[k + 1]
        q, r = gplaces[c.place], gplaces[n.place]
        if c.level is not None or q.level != "country" or q.country not in _REGION:
            continue
        if n.level is not None or r.level != "country" or r.country != home:
            continue
        if text[c.end : n.start] != ", " or text[c.start - 2 : c.start] == ", ":
            continue
        if text.startswith((" and ", " or ", ", "), n.end):
            continue  # a list of states
        names.add(text[c.start : c.end])
    if not names or target is None or doc.local:
        return out  # (English only: local lists join with "i", "dhe", "и")
    moved = list(out)
    why = f"namesake in the state the story is filed from ({home})"
    for k, c in enumerate(out):
        q = gplaces[c.place]
        if c.level is None and q.level == "country" and text[c.start : c.end] in names:
            moved[k] = new_tuple(Choice, (c.start, c.end, target, _SCORE, why, "city", False))
    return moved
