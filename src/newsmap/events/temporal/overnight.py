""" "Overnight" in a sentence that has named its day: the night that ended on that day.

"Overnight" alone is the night before publication ("Rain fell overnight" in a morning bulletin).
When the sentence has already told the day ("resigned on Tuesday, hours after men attacked
students overnight", "Police said on Monday that shots were fired overnight"), the night is the
one that ended on that day, which the anchor on the day told before gives; told next after
", and" it is the night after that day.
"""

from __future__ import annotations

import re

from newsmap.events.temporal.context import words_before

__all__ = ["night_of_day_told"]

# A day named in words: a weekday or "yesterday".
_DAY = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday)\b")
# What ends a sentence, looking back from the phrase.
_ENDS = (". ", "! ", "? ", "\n")
# How far back the day is looked for.
_REACH = 240


def night_of_day_told(text: str, start: int) -> bool:
    """Whether the "overnight" at ``start`` is the night that ended on a day told before it: one
    after "had" ("snow had fallen overnight"), or one told with a day named before it in its
    sentence (``_day_told_before``)."""
    return words_before(text, start, 2)[1:] == ["had"] or _day_told_before(text, start)


def _day_told_before(text: str, start: int) -> bool:
    """Whether a weekday or "yesterday" stands before ``start`` in its sentence, and the night
    is told as before that day's news ("hours after ...") or in what was said on it ("said on
    Monday that ..."); a night told next in a new clause (", and crews arrived overnight") is
    the one after it, which publication's day gives."""
    lo = max(0, start - _REACH)
    cut = max(text.rfind(mark, lo, start) for mark in _ENDS)
    days = list(_DAY.finditer(text, max(lo, cut + 1), start))
    if not days:
        return False
    between = text[days[-1].end() : start]
    return ", and " not in between and _BEFORE_OR_SAID.search(between) is not None


# Words between the day and the night that put the night before the day's news or in its words.
_BEFORE_OR_SAID = re.compile(r"\b(?:after|that)\b")
