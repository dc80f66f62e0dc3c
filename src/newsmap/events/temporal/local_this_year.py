"""When a local "this year" ("ove godine", "оваа година", "годинава", "këtë vit", "letos")
dates a happening rather than naming the year so far.

"This year" is mostly the span a count or a state runs over ("treća takva nesreća ove godine",
"ove godine traje od 1. juna"): no event.  Two shapes date one happening in it:

- "Earlier this year" ("Dodik je ranije ove godine boravio u Moskvi", "порано оваа година"):
  a happening gone by in the year; with a date apposed after a comma ("Ranije ove godine, u
  martu, ...") the apposed date is the event and the phrase restates it.
- A first ("ove godine prvi put", "годинава за прв пат", "këtë vit për herë të parë") told
  in the future or the past: the year of a happening that had not happened before; told in
  the present of a programme ("Ove godine prvi put nastupaju") it stays the season's span
  (tests/data/events/local/README.md, dev2, dev5, dev11).
"""

from __future__ import annotations

import re
from typing import Final

from newsmap.events.temporal import local_tense as T

__all__ = ["dates_a_happening"]

#: "Earlier" right before the phrase.
_EARLIER: Final = re.compile(r"(?i)(?<!\w)(?:ranije|раније|prej|порано|më\s+herët|me\s+heret)\s+\Z")
#: "For the first time" in the phrase's clause.
_FIRST: Final = re.compile(
    r"(?i)(?<!\w)(?:prvi\s+put|први\s+пут|prvi\s+puta|prvič|(?:за\s+)?прв\s+пат"
    r"|për\s+herë\s+të\s+parë|per\s+here\s+te\s+pare)(?!\w)"
)
#: What bounds the clause around the phrase.
_BOUNDS: Final = ".!?;\n"
_REACH: Final = 60


def dates_a_happening(code: str, text: str, start: int, end: int) -> bool:
    """Whether the "this year" at text[start:end] dates one happening (see the module)."""
    if _EARLIER.search(text, max(0, start - 14), start) is not None:
        return not text[end : end + 1] == ","  # "Ranije ove godine, u martu,": the month's
    lo = max(0, start - _REACH)
    left = max(text.rfind(c, lo, start) for c in _BOUNDS) + 1
    stops = [i for i in (text.find(c, end, end + _REACH) for c in _BOUNDS) if i >= 0]
    clause = text[max(lo, left) : min(stops) if stops else end + _REACH]
    if _FIRST.search(clause) is None:
        return False
    return T.is_future_local(code, text, start, end) or not T.in_present(code, text, start, end)
