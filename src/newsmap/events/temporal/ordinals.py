"""Days told by their ordinal: "on the 19th", "on the 5th of that month", "Saturday the 4th".

A day of the month with no month is of the month its sentence names for it ("of that month",
"the April elections, held on the 23rd"), else of the publication's, or of the month next to it
that the tense points to.
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.events.temporal import starts as S
from newsmap.events.temporal.english_tense import is_future_clause
from newsmap.events.temporal.periods import shift_month, valid_day, year_for
from newsmap.events.temporal.record import Resolved, Rule
from newsmap.lexicon import EN_MONTHS as EN_MONTH_NUMBERS

__all__ = ["DAY_OF_MONTH", "h_day_of_month", "month_in_sentence", "weekday_the_nth"]


def h_day_of_month(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """ "on the 19th": that day of the publication's month when it lies on the side the tense
    says, else of the month before (past) or after (future)."""
    if pub is None:
        return None
    n = int(m["day"])
    future = is_future_clause(text, m.start(), m.end())
    named = month_in_sentence(text, m.start(), m.group(0).endswith("month"))
    if named:
        y = year_for(named, n, pub, future)
        return (
            (date(y, named, n).isoformat(), "day", "relative") if valid_day(y, named, n) else None
        )
    y, mo = pub.year, pub.month
    if future and n < pub.day:
        y, mo = shift_month(y, mo, 1)
    elif not future and n > pub.day:
        y, mo = shift_month(y, mo, -1)
    if not valid_day(y, mo, n):
        return None
    return date(y, mo, n).isoformat(), "day", "relative"


_MONTH_NAME = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def month_in_sentence(text: str, start: int, that_month: bool) -> int:
    """The month named last before ``start`` in its sentence, or 0: when the date says "of that
    month" ("restarts in September; Portugal play in Lisbon on the 5th of that month"), or when
    the month names a happening as its adjective ("the April elections, held on the 23rd"); a
    month of another clause ("prices rose in May, the office said on the 11th") is not the
    day's."""
    lo = max(0, start - 200)
    cut = max([text.rfind(mark, lo, start) for mark in (". ", "! ", "? ", "\n")])
    names = list(_MONTH_NAME.finditer(text, max(lo, cut + 1), start))
    if not names:
        return 0
    last = names[-1]
    if not that_month and _ADJECTIVE_MONTH.match(text, last.end()) is None:
        return 0
    return EN_MONTH_NUMBERS[last.group(1).lower()]


# A month before a noun: "the April elections", "the May floods".
_ADJECTIVE_MONTH = re.compile(r"[ \t]+[a-z]+|,[ \t]*when\b")


def weekday_the_nth(wd: int, n: int, pub: date) -> Resolved | None:
    """ "Saturday the 4th": the day ``n`` of a month, nearest the publication, that falls on
    that weekday."""
    best: date | None = None
    for shift in (-2, -1, 0, 1, 2):
        y, mo = shift_month(pub.year, pub.month, shift)
        if valid_day(y, mo, n) and date(y, mo, n).weekday() == wd:
            day = date(y, mo, n)
            if best is None or abs((day - pub).days) < abs((best - pub).days):
                best = day
    return (best.isoformat(), "day", "relative") if best is not None else None


# "finished its group on the 19th with a defeat": a day of the publication's month, or of
# the month next to it that the tense points to; an ordinal before a noun ("on the 19th
# floor") is none
DAY_OF_MONTH: Rule = Rule(
    "day of the month",
    re.compile(
        r"(?<=\b[Oo]n the )(?P<day>[123]?\d)(?<![^123]0)(?:st|nd|rd|th)"
        r"(?:[ \t]+of[ \t]+(?:that|this|the[ \t]+same)[ \t]+month\b"
        r"|(?=[ \t]*(?:[,.;:!?)]|\n|\Z)|[ \t]+(?:with|at|and|when|in|after|before|as|but|while"
        r"|against|from|for|during|has|have|had|is|are|was|were)\b))"
    ),
    h_day_of_month,
    ("on the ",),
    S.digit_runs,
)
