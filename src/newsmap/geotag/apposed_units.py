"""A town followed by what kind of place it is and where: "Kula, a town in Vojvodina".

A name two states share (Kula in Vojvodina and near Vidin, Gračanica in Kosovo and near
Tuzla, Petrovac on the coast and on the Mlava) goes to the reading its document supports
most; a story about the twins names both states, and the wrong one may outweigh.  An
apposition right after the name says which town it is: ", a town in <unit>", ", a village
near <town>".  The unit or town after the noun decides the state, when the gazetteer knows
that name in one state only.
"""

from __future__ import annotations

import re

from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate
from newsmap.geotag.folding import fold_key
from newsmap.geotag.matcher import Hit

__all__ = ["apposed_state"]

#: ", a (small) town in (northern) Vojvodina", ", a village near Tuzla": the kind of place,
#: then where it is.
_APPOSED = re.compile(
    r", an? (?:[a-z-]+ ){0,2}(?:town|village|city|municipality|hamlet|suburb|settlement)"
    r" (?:in|near|outside|close to) (?:the )?"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)? )?"
    r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})"
)

#: Levels that say where a town is: a state, its units, a town it is near.
_WHERE_LEVELS = frozenset(("country", "admin1", "city"))


def apposed_state(doc: Doc, hit: Hit) -> str | None:
    """The state of the unit or town the apposition after ``hit`` places it in, if the
    gazetteer knows that name in one state only; None without such an apposition."""
    text = doc.text
    if not text.startswith((", a ", ", an "), hit.end):
        return None
    m = _APPOSED.match(text, hit.end)
    if m is None:
        return None
    gplaces = doc.gaz.places
    states = {
        gplaces[c.place].country
        for c in doc.gaz.matcher.lookup(fold_key(m.group(1))) or ()
        if isinstance(c, Candidate) and gplaces[c.place].level in _WHERE_LEVELS
    }
    return states.pop() if len(states) == 1 else None
