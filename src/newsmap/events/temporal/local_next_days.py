"""A "next" weekday told after a coming day of the same sentence: the first of its name after
that day.

"U nedjelju Zadar dočekuje Split, a sljedeće subote gostuje u Ljubljani" told on a Wednesday:
Sunday is the coming one, and "next Saturday" follows it in the story's order, so it is the
Saturday after that Sunday, not the one before it (tests/data/events/local/README.md, dev11).
Alone ("sledeće subote gostuje Čukaričkom" on a Monday) it stays the coming one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from newsmap.events.temporal import local_words as W
from newsmap.events.temporal.record import Resolved, TimeExpr

__all__ = ["after_day_told"]

#: A sentence's end between the two days: a mark not after a digit, then a blank, or a line's end.
_SENTENCE_END: Final = re.compile(r"[.!?;](?<!\d[.!?;])\s|\n")


def after_day_told(
    code: str, m: re.Match[str], text: str, before: TimeExpr, resolved: Resolved
) -> Resolved:
    """The weekday of a "next" weekday match ``m`` moved past the day ``before`` when that day,
    told earlier in the same sentence, falls on or after it."""
    mod = (m["mod"] or "").lower()
    after = (m["after"] or "").lower().split()
    if W.shift_of(code, mod or (after[-1] if after else "")) <= 0:
        return resolved
    if before.precision != "day" or resolved[1] != "day" or len(before.date) != 10:
        return resolved
    if _SENTENCE_END.search(text, before.end, m.start()) is not None:
        return resolved
    first = date.fromisoformat(before.date)
    day = date.fromisoformat(resolved[0])
    if day > first:
        return resolved
    ahead = (day.weekday() - first.weekday()) % 7 or 7
    return (first + timedelta(days=ahead)).isoformat(), "day", resolved[2]
