"""Albanian village names with a qualifier after the name, in English text: "Shtupeq i Madh",
"Malësi e Madhe", "Rrogam i Vogël".

Albanian names a village after a neighbour or a landform with big or small after it ("i Madh",
"e Madhe", "i Vogël", "e Vogël"), as the South Slavic languages put "Veliki" or "Donja" in
front (``prefixed_places``).  English news keeps the name whole, and the whole is the place:
the tagger read the bare name ("[Shtupeq] i Madh") or nothing.  Each such name becomes one
``city`` mention from the name's first letter on, at the bare name's place when the text read
it, else where its context puts it (``site_anchor.anchored``: the place after "near", the
nearest town of its sentence ...).  Only the region and its two close neighbours name villages
so, so a name placed anywhere else is dropped.  English text only.
"""

from __future__ import annotations

import re

from newsmap.geotag import words
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.site_anchor import anchored
from newsmap.geotag.sites import VILLAGE_SCORE
from newsmap.model import REGION_COUNTRIES

__all__ = ["REASON", "qualified_names"]

_WHERE = frozenset(REGION_COUNTRIES) | {"HR", "SI"}
REASON = "village name with a qualifier"

#: An Albanian qualifier after a name (a literal start: the engine skips to each space).
_AFTER = re.compile(r" (?:i Madh|e Madhe|i Vogël|e Vogël|i Vogel|e Vogel)(?![\w])")
#: Capitalised words before a qualifier that are no name ("The i ...").
_NOT_NAMES = words.ENGLISH_FUNCTION_WORDS | words.TITLE_WORDS


def qualified_names(doc: Doc, places: list[Choice]) -> list[Choice]:
    """The Albanian qualified village names of an English text (see the module docstring)."""
    text = doc.text
    if "Madh" not in text and "Vog" not in text:
        return []
    found: list[Choice] = []
    for m in _AFTER.finditer(text):
        prev, gap = doc.prev_word(m.start())
        if gap or not prev[:1].isupper() or prev.lower() in _NOT_NAMES:
            continue
        choice = _placed(doc, places, m.start() - len(prev), m.end())
        if choice is not None:
            found.append(choice)
    return found


def _placed(doc: Doc, places: list[Choice], start: int, end: int) -> Choice | None:
    """The mention of the whole name ``start:end``, or None when a place the text read already
    covers it or runs across its edge, or nothing places it in the region."""
    for c in places:
        if c.start <= start and end <= c.end:
            return None  # read whole already
        if c.start < end and start < c.end and not (start <= c.start and c.end <= end):
            return None  # a longer name across its edge
    inside = [c for c in places if start <= c.start and c.end <= end]
    outside = [c for c in places if c.end <= start or end <= c.start]
    choice = anchored(doc, inside + outside, start, end, "city", VILLAGE_SCORE, REASON)
    if choice is None or doc.gaz.places[choice.place].country not in _WHERE:
        return None
    return choice
