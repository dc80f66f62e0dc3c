"""A season named by the writing's time: "last summer", "this spring", "in the autumn".

A season takes the year it falls in: "last" the latest one over at publication, "next" the one
to come (a season about to begin counts as "this" one), "this" the publication's year but for a
winter under way (a frame across the year's turn, no year), and "in the" the one the clause's
tense points to, the nearer when it tells none (tests/data/events/README.md: seasons have year
precision).
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.events.temporal.english_tense import clause_tense
from newsmap.events.temporal.record import SPAN_ONLY, Resolved
from newsmap.events.temporal.words import SEASON_START

__all__ = ["h_season"]


def h_season(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    if pub is None:
        return None
    start = SEASON_START[m["season"].lower()]
    mod = m["mod"].lower()
    if mod == "last":  # the latest season of that name already over at publication
        y = pub.year if start + 2 < pub.month else pub.year - 1
    elif mod == "next":  # a season about to begin (the month before it) is "this" one's
        y = pub.year if start > pub.month + 1 else pub.year + 1
    elif mod == "this":
        if start == 12:
            # "the lowest reading this winter": the winter under way runs across the year's
            # turn, a frame no year dates (no set annotates it)
            return SPAN_ONLY
        y = pub.year
    else:  # "in the summer": by the clause's tense, the nearer one when it tells none
        tense = clause_tense(text, m.start(), m.end())
        ahead = pub.year if start >= pub.month else pub.year + 1
        back = pub.year if start <= pub.month else pub.year - 1
        if tense is None:
            gap_ahead = (ahead - pub.year) * 12 + start - pub.month
            gap_back = (pub.year - back) * 12 + pub.month - (start + 2)
            y = ahead if gap_ahead <= gap_back else back
        else:
            y = ahead if tense else back
    return f"{y:04d}", "year", "relative"
