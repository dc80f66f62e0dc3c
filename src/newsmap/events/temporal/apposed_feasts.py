"""A feast named beside the calendar date it falls on: one day, told twice.

"on Christmas Eve, 6 January" and "on Monday, 6 January, Christmas Eve" give the feast's day by
its date, with only a comma between (tests/data/events/README.md, tuning28: phrases of one day
side by side are one event).  The date says which church's feast is meant; read alone, the
feast's name would take the Catholic day (24 December), a second and wrong day.  So the feast
gives way to the date beside it, which is read on its own.
"""

from __future__ import annotations

import re

__all__ = ["feast_by_date"]

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# The date right after the feast: ", 6 January", ", on 6 January".
_DATE_AFTER = re.compile(rf",[ \t]*(?:on[ \t]+)?[0-3]?\d(?:st|nd|rd|th)?[ \t]+(?:{_MONTHS})\b")
# The date right before the feast: "6 January, ", "6 January 2025, the ".
_DATE_BEFORE = re.compile(
    rf"\b[0-3]?\d[ \t]+(?:{_MONTHS})(?:[ \t]+\d{{4}})?,[ \t]*(?:the[ \t]+|on[ \t]+)?\Z"
)
# How far back the date before may start.
_REACH = 32


def feast_by_date(text: str, start: int, end: int) -> bool:
    """Whether the feast's name at text[start:end] stands beside a calendar date with only a
    comma between: the date tells the day, the name is no second one."""
    if text.startswith(",", end) and _DATE_AFTER.match(text, end) is not None:
        return True
    if text[start - 2 : start] not in (", ", "e ", "n "):
        return False  # the common case: no comma right before it (nor "the "/"on " after one)
    lo = start - _REACH if start > _REACH else 0
    return _DATE_BEFORE.search(text, lo, start) is not None
