"""A day's state told in the past of "be": "Last night was calm", "There were no fireworks in the
capital last night", "Today's hearing was the first test of the plan", "New Year's Day in the
capital was quiet".

No verb of action dates the sentence, yet what the day was like is the news of that day, and
the tuning sets date it.  Only a word of the day (or a named day) counts: a year or a month that
"was" something is a state of a period ("2020 was a hard year"); so does any day whose weather
the sentence tells ("Tuesday was mild and sunny").  "Today, the shell still
stands" in the present tells what is, no happening of the day, and is left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmap.events.temporal import TimeExpr
from newsmap.events.temporal.weather import is_forecast

__all__ = ["day_state", "told_of_the_day"]

_DAY_WORDS = ("today", "last night", "yesterday", "tonight", "new year's day", "new year’s day")
_PAST_BE = (" was ", " were ")


def day_state(text: str, s0: int, s1: int, group: Sequence[TimeExpr]) -> bool:
    """Whether the sentence text[s0:s1] tells in the past of "be" what a day named by a word of
    the day was like."""
    sentence = text[s0:s1]
    if not any(be in sentence for be in _PAST_BE):
        return False
    if any(e.precision == "day" for e in group) and is_forecast(text, group[0].start):
        return True  # "Orthodox Christmas, on Tuesday, was mild and sunny": the day's weather
    for e in group:
        low = e.surface.lower()
        if low.startswith("on "):
            low = low[3:]
        if low.startswith(_DAY_WORDS):
            return True
    return False


# The words that name a part of the publication's own day or night.
_PARTS_OF_THE_DAY = frozenset(
    ("this morning", "this afternoon", "this evening", "overnight", "tonight", "last night")
)


def told_of_the_day(text: str, s0: int, s1: int, group: Sequence[TimeExpr]) -> bool:
    """Whether the sentence tells what its publication's day or night was like by a word of
    its part ("The situation was calmer overnight", "This morning, crowds were still driving
    through the town", "The north is calm but tense today"): whatever its verb, the news of
    that day.  "Today" that opens the sentence speaks of nowadays ("Today, the shell still
    stands"), and a question asks, so neither counts."""
    if text[s0:s1].rstrip().endswith("?"):
        return False
    for e in group:
        low = e.surface.lower()
        if low in _PARTS_OF_THE_DAY or (low == "today" and e.start != s0):
            return True
    return False
