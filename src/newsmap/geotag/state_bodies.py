"""A state body named "of" its state is one mention of the state over the whole name: "the
Court of Bosnia and Herzegovina", "the Armed Forces of Bosnia and Herzegovina", "the Central
Bank of Kosovo".

English names a state's court, army, central bank or presidency with the state after "of",
and the conventions tag the whole name as the state, as they tag "Kosovo police" (the name of
the state attributive) as the state.  A parliament named as a building is a site, and an
assembly too often is one, so only the bodies below are read; English text only.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.home import text_marks
from newsmap.geotag.token_marks import BODY

__all__ = ["state_bodies"]

#: The bodies' names, as they stand before the state's name (the longest tried first).
_BODIES = tuple(
    sorted(
        (
            "Court of ",
            "Constitutional Court of ",
            "Supreme Court of ",
            "State Court of ",
            "Armed Forces of ",
            "Central Bank of ",
            "Presidency of ",
            "Parliament of ",
            "Prosecutor's Office of ",
        ),
        key=len,
        reverse=True,
    )
)
_LONGEST = max(len(b) for b in _BODIES)
#: What any body's name leaves in a text: a few substring scans before any place is looked at.
_MARKS = ("Court of ", "Forces of ", "Bank of ", "Presidency of ", "Parliament of ", "Office of ")
REASON = "a state body named after its state"


def state_bodies(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` with each state's name after a body's name grown over the body's name."""
    text = doc.text
    if not text_marks(text) & BODY or not any(mark in text for mark in _MARKS):
        return places
    out = places
    for i, c in enumerate(places):
        if c.level is not None or not text.endswith("of ", max(0, c.start - 3), c.start):
            continue
        if doc.gaz.places[c.place].level != "country":
            continue
        window = text[max(0, c.start - _LONGEST) : c.start]
        body = next((b for b in _BODIES if window.endswith(b)), None)
        if body is None or doc.local:
            continue
        start = c.start - len(body)
        if start > 0 and text[start - 1].isalpha():
            continue  # "the Supreme" in "Supreme Court of" is read whole; no part of a word
        if out is places:
            out = list(places)
        out[i] = c._replace(start=start, reason=REASON)
    return out
