"""Two days next to each other joined by "and" are a span, no event of either day.

"Funerals will be held on Sunday and Monday", "offices are closed today and tomorrow", "more rain
is forecast on Thursday and Friday", "leaders meet on 28 and 29 June" tell a stretch of days, as
"from Sunday to Monday" does (tests/data/events/README.md: "lists of days"); days apart ("crowds
gathered on Monday and on Wednesday", "failed on 20 February and on 13 February") are two
happenings and stay, and so are two days each given its own "on" ("funerals will be held on
Friday and on Saturday", "reached the capital on Thursday and on Friday": tuning27, as "on
Friday and on Saturday respectively" in the README's conventions; "more will be held tomorrow
and on Wednesday" stays one stretch, tuning24).  Only days named for themselves count: a day
told from another ("that night and the following day") is left to the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from newsmap.events.temporal import TimeExpr

__all__ = ["day_list_members"]

# What joins the two days: "and", "and then" ("and on" gives the second day its own happening,
# the "on" is then part of its surface).
_JOIN = re.compile(r"[ \t]*,?[ \t]+and[ \t]+")
# A day named for itself: a weekday (with its part), a word of the day, or a day and month.
_OWN_DAY = re.compile(
    r"(?i:on[ \t]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:[ \t]+(?i:morning|afternoon"
    r"|evening|night))?|(?i:today|tomorrow|tonight|yesterday)|\d\d?[ \t]+[A-Z][a-z]+)"
)

# A weekday of the week before or after the publication's ("Saturday next week").
_OF_A_WEEK = re.compile(
    r"(?i:on[ \t]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]+(?:of[ \t]+)?(?:last|next)"
    r"[ \t]+week"
)


# The first day of "on 28 and 29 June" or "from 13 to 30 January", right before the date that
# names the month.
_FIRST_OF_TWO = re.compile(
    r"\b[0-3]?\d(?:st|nd|rd|th)?(?:[ \t]+(?:and|to|until)[ \t]+|[ \t]*[-–][ \t]*)\Z"
)


def _next_days(a: str, b: str) -> bool:
    try:
        return abs((date.fromisoformat(b) - date.fromisoformat(a)).days) == 1
    except ValueError:
        return False


def _own_ons(a: TimeExpr, b: TimeExpr) -> bool:
    """Whether each of two days has its own "on" ("on Friday and on Saturday"): two happenings,
    where "tomorrow and on Wednesday" or "on Thursday and Friday" is one stretch of days."""
    return a.surface[:3].lower() == "on " and b.surface[:3].lower() == "on "


def day_list_members(text: str, exprs: Sequence[TimeExpr]) -> set[int]:
    """The indexes in ``exprs`` (in text order) of the days that pair with the next or the one
    before as two days next to each other joined by "and"."""
    out: set[int] = set()
    for i, e in enumerate(exprs):
        if e.surface[:1].isdigit() and _FIRST_OF_TWO.search(text, max(0, e.start - 12), e.start):
            out.add(i)  # "on 28 and 29 June", "runs from 13 to 30 January"
    for i in range(len(exprs) - 1):
        a, b = exprs[i], exprs[i + 1]
        if a.precision != "day" or b.precision != "day" or b.start - a.end > 12:
            continue
        if _JOIN.fullmatch(text, a.end, b.start) is None:
            continue
        if _OWN_DAY.fullmatch(a.surface) is None:
            continue
        if _OF_A_WEEK.fullmatch(b.surface) is not None:
            out.update((i, i + 1))  # "on Friday and Saturday next week": the first is of it too
            continue
        if _OWN_DAY.fullmatch(b.surface) is None or _own_ons(a, b):
            continue
        if _next_days(a.date, b.date):
            out.update((i, i + 1))
    return out
