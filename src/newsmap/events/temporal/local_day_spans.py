"""Ranges of numbered days in the region's languages: "od 12. do 14. juna", "od 15. marta do
31. maja", "nga 1 korriku deri më 31 gusht", "од 20 до 25 август", "od 27. do 30. decembra".

Such a range names two days a reader can put on a timeline, its first and its last, as a range
of weekdays does (``local_day_ranges``): tests/data/events/local/README.md, dev10's *Decided*
list.  Older sets (dev2-dev4) wrote no event for their six ranges; three of those were told as
what a period lasts ("Sezona traje od 1. juna do 30. septembra", "Festival traje od 1. do 10.
avgusta", "Bombardovanje je trajalo od 24. marta do 10. juna 1999."), and a range told with a
verb of lasting stays a period here: the length is the news, not two days.

The first day of "od 12. do 14. juna" is a bare number: it takes the month and year of the
closing date (the month before when its number is past the closing day's, "od 28. do 3.
jula").
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.events.temporal.record import TimeExpr

__all__ = ["lasting", "range_opening", "with_range_openings"]

#: "From" and a bare day number, then "to", right before the closing date.
_OPENING = re.compile(
    r"(?i)(?<!\w)(?P<from>od|од|nga|prej)\s+(?P<day>[0-3]?\d)\.?\s+"
    r"(?:do|до|deri(?:\s+m[ëe])?|deri\s+n[ëe])\s+\Z"
)
#: A verb of lasting: "traje", "trajalo je", "trajat će", "трае", "траје", "traja", "zgjat".
_LASTING = re.compile(r"(?i)(?<!\w)(?:traj|трај|трае|траа|zgjat|zgjas)\w*")
#: Where a clause starts: a sentence's end, a line's, a semicolon.
_CLAUSE_STOPS = ".!?;\n"
#: How far back the opening and the verb of lasting are looked for.
_REACH = 24
_VERB_REACH = 80


def lasting(text: str, start: int) -> bool:
    """Whether a verb of lasting stands in the clause before the range opening at ``start``
    ("Festival traje od 1. do 10. avgusta"): the range is how long something lasts."""
    lo = max(0, start - _VERB_REACH)
    left = max(text.rfind(c, lo, start) for c in _CLAUSE_STOPS) + 1
    return _LASTING.search(text, max(lo, left), start) is not None


def range_opening(text: str, closing: TimeExpr) -> TimeExpr | None:
    """The first day of a range of numbered days whose closing date is ``closing`` ("od 12."
    before "do 14. juna"), or None when no bare day number opens a range right before it."""
    if closing.precision != "day":
        return None
    lo = max(0, closing.start - _REACH)
    m = _OPENING.search(text, lo, closing.start)
    if m is None:
        return None
    last = date.fromisoformat(closing.date)
    day = int(m["day"])
    y, mo = last.year, last.month
    if day > last.day:  # "od 28. do 3. jula": the month before
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    try:
        first = date(y, mo, day)
    except ValueError:
        return None
    end = m.start("day") + len(m["day"])
    if text[end : end + 1] == ".":
        end += 1
    start = m.start("from")
    return TimeExpr(start, end, text[start:end], first.isoformat(), "day", closing.date_source)


def with_range_openings(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """``found`` with the first day of each range of numbered days put before its closing
    date ("od 12." before "do 14. juna"); the same list when there is none."""
    out: list[TimeExpr] = []
    added = False
    for e in found:
        if e.precision == "day" and e.surface[:1].isdigit():
            opening = range_opening(text, e)
            if (
                opening is not None
                and not (out and out[-1].end > opening.start)  # a date read there already
                and not lasting(text, opening.start)
            ):
                out.append(opening)
                added = True
        out.append(e)
    return out if added else found
