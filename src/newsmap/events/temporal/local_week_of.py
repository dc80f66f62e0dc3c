"""A bare weekday after a date to come in its sentence is of the week that date opens:
"trubači se takmiče u petak, 8. avgusta, a finale je zakazano za nedelju" is the Sunday after
8 August, not the Sunday after the publication.  A date gone by, the dateline's own day and
the end of a range ("od 1. do 10. avgusta") open no such week, nor does a date before a verb of
saying that the weekday follows ("... nga 1 korriku, tha të enjten qeveria").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmap.events.temporal.local_tense import SAID as _SAID

#: The word that closes a range right before a day: "do", "до", "deri", "deri më".
_RANGE_TO = re.compile(r"(?<!\w)(?:do|до|deri(?:\s+m[ëe])?)\s+\Z", re.IGNORECASE)
#: A day of the month and a month's name ("8. avgusta", "8. августа", "8 gusht").
_DAY_MONTH = re.compile(r"(?<![\d.])([0-3]?\d)\.?\s+(\w+)")


def after_date_told(
    months: dict[str, int], text: str, start: int, pub: date, wd: int
) -> date | None:
    """The weekday of the week a date to come named earlier in the sentence opens: "takmičiće
    se u petak, 8. avgusta, a finale je zakazano za nedelju" is the Sunday after it."""
    lo = max(0, start - 150)
    left = max(text.rfind(c, lo, start) for c in "!?;\n") + 1 or lo
    stop = text.rfind(". ", lo, start)  # a sentence's end, not a day's ordinal dot
    while stop >= 0 and text[stop - 1 : stop].isdigit():
        stop = text.rfind(". ", lo, stop)
    told = None
    found_end = start
    for found in _DAY_MONTH.finditer(text, max(left, lo, stop + 1), start):
        mon = months.get(found.group(2).lower())
        if mon is not None:
            # the end of a range ("od 1. do 10. avgusta") opens no week: the days run up to it
            end_of_range = _RANGE_TO.search(text, max(0, found.start() - 8), found.start())
            told = None if end_of_range else (int(found.group(1)), mon)
            found_end = found.end()
    if told is None or _SAID.search(text, found_end, start) is not None:
        return None  # "... nga 1 korriku, tha të enjten qeveria": the day it was said on
    day, mon = told
    dates = [
        date(y, mon, day) for y in (pub.year - 1, pub.year, pub.year + 1) if _valid(y, mon, day)
    ]
    if not dates:
        return None
    first = min(dates, key=lambda x: abs((x - pub).days))  # its nearest year
    if not 0 < (first - pub).days <= _AHEAD_DAYS:
        return None  # a date gone by (or the dateline's own day) opens no week to come
    return first + timedelta(days=(wd - first.weekday()) % 7)


#: How far ahead of the publication a date may open the week of a weekday after it.
_AHEAD_DAYS = 120


def _valid(y: int, mon: int, day: int) -> bool:
    try:
        date(y, mon, day)
    except ValueError:
        return False
    return True
