"""Ranges of weekdays in the region's languages: "od srede do petka", "od subote do ponedjeljka",
"nga e mërkura deri të premten", "од петокот до неделата", "od petka do nedelje".

A span of weekdays names two days a reader can put on a timeline: its first and its last.  The
region's development sets decided so (dev5's "od srede do petka", dev9's twenty-seven ranges;
tests/data/events/local/README.md), against dev2-dev4, which wrote no event for the three ranges
they held (the conflict is written down in the README's dev9 section and the tuner's notes).

The first day is resolved by the tense of its clause, as a bare weekday is; the last day is
counted from the first (the next day of its name after it), so a past span ("kiše su padale od
subote do ponedeljka") does not send its end a week ahead the way a bare "do ponedeljka" (a
deadline, always ahead) would.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from newsmap.events.temporal.record import TimeExpr
from newsmap.lexicon.local import family

# "od srede", "od petka", "od petokot", "nga e mërkura", "prej torka".
_FROM = re.compile(r"(?:od|од|nga|prej)\s+(?:e\s+)?(?P<wd>\w+)", re.IGNORECASE)
# "do petka", "до неделата", "deri të premten", "deri më të shtunën".
_TO = re.compile(r"\s*(?:do|до|deri)\s+(?:(?:më|me|në|ne)\s+)?(?:të\s+|te\s+)?(?P<wd>\w+)", re.I)


@cache
def _weekdays() -> dict[str, int]:
    """Every weekday form of the four language families, lower case: its number (Monday 0)."""
    out: dict[str, int] = {}
    for code in ("sh", "sl", "sq", "mk"):
        out.update({k.lower(): v for k, v in family(code).weekdays.items()})
    return out


def weekday_number(word: str) -> int | None:
    """The weekday a form of the region's languages names (Monday 0), None for another word."""
    return _weekdays().get(word.lower())


def _day(m: re.Match[str] | None) -> int | None:
    return weekday_number(m["wd"]) if m else None


def _closing_day(text: str, first: TimeExpr, then: TimeExpr) -> int | None:
    """The weekday ``then`` names when "do"/"deri" right after ``first`` leads up to it."""
    m = _TO.match(text, first.end, then.end)
    if m is None or m.start("wd") < then.start:
        return None
    return _day(m)


def weekday_range_end(text: str, first: TimeExpr, then: TimeExpr) -> TimeExpr | None:
    """The range's last day, counted from its first, when ``first`` opens a span of weekdays that
    ``then`` closes ("od srede do petka"); None when the two are no such range.  The closing
    word stands in ``then``'s surface ("do petka") or right before it ("deri të premten")."""
    if first.precision != "day" or then.precision != "day":
        return None
    a = _day(_FROM.match(first.surface))
    if a is None:
        return None
    b = _closing_day(text, first, then)
    if b is None:
        return None
    last = date.fromisoformat(first.date) + timedelta(days=(b - a) % 7 or 7)
    return TimeExpr(then.start, then.end, then.surface, last.isoformat(), "day", then.date_source)
