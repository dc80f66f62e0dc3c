"""A period opened at a clock time of a day: "from 18:00 today until 10:00 tomorrow", "closed
from 06:00 tomorrow until late evening", "from 20:00 on Monday until the evening of 6 December".

A warning in force, a road closed, a curfew: the day only opens a stretch of hours, as "from
Friday until Sunday" opens a stretch of days, and no happening is dated by it.  The day's
surface holds no "from" here (the clock time stands between), so ``paired_dates`` asks this
module.
"""

from __future__ import annotations

import re

from newsmap.events.temporal.record import TimeExpr

__all__ = ["clock_period_days"]

# "from 18:00 " or "from 20:00 on " right before the day.
_FROM_CLOCK = re.compile(r"\b[Ff]rom[ \t]+\d\d?[:.]\d\d[ \t]+(?:on[ \t]+)?\Z")
# What stands between the day and the day that closes the stretch ("until 10:00", "until the
# evening of").
_GAP = re.compile(
    r"(?:until|till|to)(?:[ \t]+\d\d?[:.]\d\d(?:[ \t]+on)?"
    r"|[ \t]+the[ \t]+(?:morning|afternoon|evening|night)[ \t]+of)?"
)
# A close with no day of its own ("until late evening", "until 22:00").
_CLOSE = re.compile(
    r"[ \t]+(?:until|till|to)[ \t]+(?:(?:late|early)[ \t]+)?"
    r"(?:morning|afternoon|evening|night|midnight|noon|\d\d?[:.]\d\d)\b"
)


def _opened_at_clock(text: str, expr: TimeExpr) -> bool:
    lo = expr.start - 16 if expr.start > 16 else 0
    return "rom " in text[lo : expr.start] and _FROM_CLOCK.search(text, lo, expr.start) is not None


def clock_period_days(text: str, found: list[TimeExpr]) -> set[int]:
    """The indexes of ``found`` (in text order) that open a stretch at a clock time, and of the
    days that close it."""
    out: set[int] = set()
    for i, e in enumerate(found):
        if not _opened_at_clock(text, e):
            continue
        if i + 1 < len(found) and _GAP.fullmatch(text[e.end : found[i + 1].start].strip()):
            out.update((i, i + 1))
        elif _CLOSE.match(text, e.end):
            out.add(i)
    return out
