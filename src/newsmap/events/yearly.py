"""A day of the year told in a sentence that says it comes round each year is no event: "Every
January, the entity celebrates its day on 9 January", "before the anniversary of 11 July, when
the town marks its fall every year".

The sentence names the day as a date of the calendar, as "falls on 7 January" does; a date with
its year ("on 9 January 1992") is the one time it happened and stays.
"""

from __future__ import annotations

import re
from typing import Final

from newsmap.events.temporal import TimeExpr

__all__ = ["yearly_day"]

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# The words that make a day of the calendar come round: "every year", "each January",
# "annually", "every 9 January".
_EACH_YEAR: Final = re.compile(
    rf"\b(?:[Ee]very|[Ee]ach)[ \t]+(?:year|{_MONTHS})\b|\bannually\b|\byear[ \t]+after[ \t]+year\b"
)
_DAY_MONTH: Final = re.compile(rf"(?:on[ \t]+)?(?:the[ \t]+)?[0-3]?\d[ \t]+(?:{_MONTHS})")
# Where a sentence, or a clause joined by "and"/"but" ("each year on 13 January, and this
# season ... on 15 January"), ends.
_ENDS: Final = (". ", "! ", "? ", "\n", "; ", ", and ", ", but ")


# A day made a day of the calendar right after its date: "declared 11 July a day of
# remembrance", "made 2 May a public holiday" (a day of mourning is declared for one day).
_MADE_YEARLY: Final = re.compile(
    r"[ \t]+(?:as[ \t]+)?(?:a|an|the)[ \t]+(?:(?:national|public|official|state)[ \t]+)?"
    r"(?:holiday|day[ \t]+of[ \t]+(?:remembrance|commemoration)"
    r"|(?:remembrance|memorial)[ \t]+day)\b"
)


def yearly_day(text: str, expr: TimeExpr) -> bool:
    """Whether ``expr`` is a day and month with no year, in a sentence (or a clause of it joined
    by "and" or "but") that says it comes round each year, or made a holiday or a day of
    remembrance right after it."""
    if expr.precision != "day" or _DAY_MONTH.fullmatch(expr.surface) is None:
        return False
    if _MADE_YEARLY.match(text, expr.end) is not None:
        return True
    lo = _last_end(text, expr.start) + 1
    hi = _next_end(text, expr.end)
    return _EACH_YEAR.search(text, lo, hi) is not None


#: How far from a date its sentence's ends are looked for first (a search of the whole text
#: for each end, most ends absent, read it seven times over).
_NEAR: Final = 400
_LONGEST_END = max(map(len, _ENDS))


def _last_end(text: str, start: int) -> int:
    """``max(text.rfind(end, 0, start) for end in _ENDS)``: an end found near the date is the
    last, as any further back stands before it."""
    if start > _NEAR:
        near = max([text.rfind(end, start - _NEAR, start) for end in _ENDS])
        if near >= 0:
            return near
    return max([text.rfind(end, 0, start) for end in _ENDS])


def _next_end(text: str, end: int) -> int:
    """``min`` of ``text.find(mark, end)`` over the ends found, else ``len(text)``: an end found
    near the date is the first, unless one cut by the window's edge may begin before it."""
    stop = end + _NEAR
    if stop < len(text):
        hits = [i for i in (text.find(mark, end, stop) for mark in _ENDS) if i >= 0]
        if hits and min(hits) <= stop - _LONGEST_END:
            return min(hits)
    hits = [i for i in (text.find(mark, end) for mark in _ENDS) if i >= 0]
    return min(hits) if hits else len(text)
