"""A state's court named "of" its state is one mention of the state over the whole name: "the
Court of Bosnia and Herzegovina", "the State Court of ...", "the Prosecutor's Office of ...".

English names a state's court with the state after "of", and most gold sets tag the whole name
as the state.  Its other bodies give the state's name alone ("the Armed Forces of [Bosnia and
Herzegovina]", "the Central Bank of [Kosovo]", "the Parliament of [Montenegro]", "the
Constitutional Court of [Kosovo]"), as most gold sets since tuning26 write them (tuning22,
tuning24 and tuning27 wrote some whole; the majority decides).  English text only.
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
            "Supreme Court of ",
            "State Court of ",
            "Presidency of ",
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


def _named_before(text: str, start: int) -> bool:
    """Whether a capitalised word other than an article stands right before ``start``."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    word_start = start - 2
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start : start - 1]
    return word[:1].isupper() and word != "The"


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
        if _named_before(text, start):
            continue  # "the Constitutional Court of Montenegro": another body, name alone
        if out is places:
            out = list(places)
        out[i] = c._replace(start=start, reason=REASON)
    return out
