"""A settlement introduced with a state adjective stands in that state.

"the Croatian town of Dvor", "the Greek village of Mavrovo": the adjective before the noun says
which state the settlement is in, whatever its sentence names around it (a river it stands
across, a town on the other bank).  ``villages`` places an introduced name by its context; this
puts the first name after such a noun in the state the adjective names: at the town of that
name the gazetteer knows there, else at the state itself.
"""

from __future__ import annotations

from newsmap.geotag import words
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate
from newsmap.geotag.folding import fold_key
from newsmap.geotag.matcher import Hit

_STATE_ROLES = ("state", "both")


def stated(doc: Doc, hit: Hit, found: list[Choice]) -> list[Choice]:
    """``found`` (the settlements ``villages`` read at the noun ``hit``), the first name after
    "<adjective> town of" moved to the adjective's state when placed elsewhere."""
    text = doc.text
    if not found or not text.startswith(" of ", hit.end):
        return found
    prev, gap = doc.prev_word(hit.start)
    dem = words.FOLDED_DEMONYMS.get(doc.fold(prev)) if gap == " " else None
    if dem is None or dem[1] not in _STATE_ROLES:
        return found
    first = found[0]
    gplaces = doc.gaz.places
    if first.start != hit.end + 4 or gplaces[first.place].country == dem[0]:
        return found
    place = _town_in(doc, text[first.start : first.end], dem[0])
    if place is None:
        place = doc.gaz.country_place.get(dem[0])
    if place is None:
        return found
    return [first._replace(place=place, reason=first.reason + ", in its stated state"), *found[1:]]


def _town_in(doc: Doc, name: str, country: str) -> int | None:
    """The one town of ``country`` the gazetteer knows by ``name``, if exactly one."""
    gplaces = doc.gaz.places
    towns = {
        c.place
        for c in doc.gaz.matcher.lookup(fold_key(name)) or ()
        if isinstance(c, Candidate)
        and gplaces[c.place].country == country
        and gplaces[c.place].level == "city"
    }
    return towns.pop() if len(towns) == 1 else None
