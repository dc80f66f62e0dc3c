"""Towns whose name opens with a state's adjective: "Bosanska Rača", "Hrvatska Dubica".

Twin towns on the region's border rivers are told apart by an adjective of their state in
front of the shared name: Bosanska (Bosnian) Kostajnica and Hrvatska (Croatian) Kostajnica on
the Una, Bosanski and Slavonski Brod on the Sava.  The gazetteer lacks many of the small ones,
and a village the rules then place by its context takes the state of whatever its sentence
names: often the river, whose stretch may be the other bank's.  The adjective says the state:
a capitalised one before a capitalised name makes a ``city`` in that state, at the nearest
place of that state the text names, else at the state's own point.

Not read: a name the gazetteer knows whole (its own reading stands), a longer capitalised name
run on ("Bosanska Krupa Municipality" is the known town's), English text only.
"""

from __future__ import annotations

import bisect
import re

from newsmap.geotag.choice import START_OF, Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.site_anchor import anchored
from newsmap.geotag.sites import VILLAGE_SCORE

__all__ = ["REASON", "may_name_state_prefixed", "state_prefixed"]

REASON = "town named with its state's adjective"

#: The adjectives, with every ending, and the state each names.
_PREFIXED = re.compile(r"(Bosansk|Hrvatsk|Slavonsk)(?:i|a|o|e) (?=[A-ZČĆŠŽĐ])")
_STATES = {"Bosansk": "BA", "Hrvatsk": "HR", "Slavonsk": "HR"}
#: One capitalised word of letters: the name after the adjective.
_WORD = re.compile(r"[A-ZČĆŠŽĐ][a-zčćšžđ]{2,}")
#: A score above a village placed by its context, which names the same span.
SCORE = VILLAGE_SCORE + 0.05


def may_name_state_prefixed(text: str) -> bool:
    """Whether the text has one of the adjectives' stems (one substring test each)."""
    return "Bosansk" in text or "Hrvatsk" in text or "Slavonsk" in text


def state_prefixed(doc: Doc, places: list[Choice]) -> list[Choice]:
    """Towns named with their state's adjective that no decided place spans."""
    text = doc.text
    found: list[Choice] = []
    gplaces = doc.gaz.places
    for m in _PREFIXED.finditer(text):
        start = m.start()
        if start and (text[start - 1].isalpha() or text[start - 1] == "-"):
            continue  # inside a word
        word = _WORD.match(text, m.end())
        if word is None:
            continue
        end = word.end()
        if end < len(text) and (text[end].isalpha() or text[end] == "-"):
            continue
        if text.startswith(" ", end) and text[end + 1 : end + 2].isupper():
            continue  # a longer name
        if _covered(places, start, end):
            continue  # the gazetteer's own town
        state = _STATES[m.group(1)]
        own = [c for c in places if gplaces[c.place].country == state and c.level is None]
        town = anchored(doc, own, start, end, "city", SCORE, REASON)
        if town is None or gplaces[town.place].country != state:
            there = doc.gaz.country_place.get(state)
            if there is None:
                continue
            town = Choice(start, end, there, SCORE, f"{REASON}, at its state", "city")
        found.append(town)
    return found


def _covered(places: list[Choice], start: int, end: int) -> bool:
    """Whether a decided place spans ``start:end`` or more."""
    i = bisect.bisect_right(places, start, key=START_OF)
    return any(c.start <= start and c.end >= end for c in places[max(0, i - 8) : i])
