"""Habits told without "every": a date after an adverb of custom in a clause of the present.

"Trams normally stop at midnight", "the city traditionally holds a concert that night": the
time comes round again, no happening is dated by it.  The same adverb in a clause about what is
to come ("will publish the results on Sunday, and it usually gives a fuller picture on Monday")
says how the day will go, and its date stays an event.
"""

from __future__ import annotations

import re

from newsmap.events.temporal.context import words_before
from newsmap.events.temporal.words import FUTURE_MARKERS

# An adverb of custom, then words of its clause (no comma or sentence mark) up to the date.
_CUSTOM = re.compile(
    r"\b(?:normally|usually|traditionally|typically|customarily|routinely|regularly)\b"
    r"[^.,;:!?\n]{0,70}\Z"
)
# Every adverb above ends so: a substring test spares the regex in most windows.
_ENDINGS = ("ally ", "arly ", "inely ")
_REACH = 80
_FALLS = ("falls on ", "fall on ")


def custom_before(text: str, start: int, end: int) -> bool:
    """Whether an adverb of custom stands before the date in its clause and the clause is no
    future one, or the date is a feast's day of the calendar ("the Orthodox New Year falls on 14
    January", no year told): a habit's time, no event."""
    if text.endswith(_FALLS, start - 9 if start > 9 else 0, start):
        return not any(map(str.isdigit, text[start:end].split()[-1]))
    window = text[start - _REACH if start > _REACH else 0 : start]
    if not any(map(window.__contains__, _ENDINGS)):
        return False
    if _CUSTOM.search(window) is None:
        return False
    # a word of the future in the sentence before it; a verb of the timetable after the adverb
    # ("traditionally opens at noon") is its habit's present
    return FUTURE_MARKERS.isdisjoint(words_before(text, start, 16))
