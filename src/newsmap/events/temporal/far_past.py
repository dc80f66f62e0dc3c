"""A year-less date whose clause names no tense near it, under a verb of the past further back.

"North Macedonia voted twice in spring: the first round of the presidential election on 24
April" names its verb eleven words before the date, beyond the reach in which a past verb is
taken as the date's own (a past verb that far is as often another clause's).  With no tense
near, the date is the nearest of its name; when that nearest lies months ahead of the
publication while a verb of the past governs the sentence and no word of the future stands in
it, the past one is meant: news tells what is to come with a word of the future.
"""

from __future__ import annotations

from datetime import date

from newsmap.events.temporal.periods import nearest_year
from newsmap.events.temporal.words import ED_NOT_PAST, FUTURE_MARKERS, PAST_MARKERS

__all__ = ["far_past"]

# Words of the present that make the date's clause no story of the past.
_PRESENT = frozenset("is are now has have".split())

# How far ahead the nearest reading must lie for the verb of the past to outweigh it (days).
_AHEAD = 60
# The words (nearest first) past the near reach in which the verb of the past is looked for.
_NEAR, _BACK = 10, 16


def far_past(before: list[str], mon: int, day: int, pub: date) -> bool:
    """Whether the date's nearest reading lies more than two months ahead while a verb of the
    past stands in ``before[10:16]`` and no word of the future in ``before``."""
    y = nearest_year(mon, day, pub)
    try:
        ahead = (date(y, mon, day) - pub).days
    except ValueError:
        return False
    if ahead <= _AHEAD or not FUTURE_MARKERS.isdisjoint(before[:_BACK]):
        return False
    if not _PRESENT.isdisjoint(before[:_BACK]) or "for" in before[:_NEAR]:
        # "he is now campaigning for the election on 11 May", "certified the lists for the
        # elections of 9 February": a clause of the present, or what a thing is for, lies ahead
        return False
    return any(
        w in PAST_MARKERS or (w.endswith("ed") and len(w) >= 5 and w not in ED_NOT_PAST)
        for w in before[_NEAR:_BACK]
    )
