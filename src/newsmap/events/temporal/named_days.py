"""Days named by the feast they are ("on New Year's Eve", "Christmas Day"), and a feast named
beside the calendar date it falls on: one day, told twice.

A feast's day takes the year the clause's tense points to from the publication.  "on Christmas
Eve, 6 January" and "on Monday, 6 January, Christmas Eve" give the feast's day by
its date, with only a comma between (tests/data/events/README.md, tuning28: phrases of one day
side by side are one event).  The date says which church's feast is meant; read alone, the
feast's name would take the Catholic day (24 December), a second and wrong day.  So the feast
gives way to the date beside it, which is read on its own.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmap.events.temporal.english_tense import clause_tense
from newsmap.events.temporal.periods import nearest_year, year_for
from newsmap.events.temporal.record import Resolved
from newsmap.events.temporal.words import NUMBER_WORDS

__all__ = ["NAMED_DAYS", "feast_by_date", "h_named_day"]

# Days named by the holiday they are, as news names them ("demand peaked on New Year's Eve").
NAMED_DAYS = {
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
}


_DAYS_FROM = re.compile(
    r"\b(the|a|one|two|three|four|five|six|seven|\d)[ \t]+days?[ \t]+(before|after)[ \t]+\Z",
    re.IGNORECASE,
)


def h_named_day(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """A holiday's day, in the year the clause's tense points to from the publication ("will
    not celebrate on New Year's Eve" in December is this year's; "peaked on New Year's Eve" in
    January the last), the nearest when it names no tense."""
    if pub is None:
        return None
    if feast_by_date(text, m.start(), m.end()):
        return None  # "on Christmas Eve, 6 January": the date beside it tells the day
    named = " ".join(m.group(0).lower().replace("’", "'").split())
    mon, day = NAMED_DAYS[named]
    if text.endswith("Orthodox ", max(0, m.start() - 9), m.start()):
        # the Orthodox feasts fall thirteen days later: Christmas Eve on 6 January, Christmas
        # Day on the 7th, New Year's Day on the 14th
        later = date(2001, mon, day) + timedelta(days=13)
        mon, day = later.month, later.day
    tense = clause_tense(text, m.start(), m.end())
    y = nearest_year(mon, day, pub) if tense is None else year_for(mon, day, pub, tense)
    told = date(y, mon, day)
    offset = _DAYS_FROM.search(text, max(0, m.start() - 24), m.start())
    if offset is not None:
        # "the day before New Year's Eve", "four days before Christmas Day": counted from it
        raw = offset.group(1).lower()
        n = 1 if raw in ("the", "a", "one") else int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        told += timedelta(days=-n if offset.group(2).lower() == "before" else n)
    return told.isoformat(), "day", "explicit"


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
