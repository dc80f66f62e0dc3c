"""A local phrase counted from a happening the text dates only further on: "Една седмица по
пожарот, илјадници граѓани се собраа ..." and, two sentences later, "Во пожарот од 16 март".

A report's lead often opens with how long ago the happening was and names its day only in the
body.  When no day before the phrase is told with the happening (``happenings.happening_day``),
the first day after it in a sentence that names the happening is its day; the phrase then
counts from it.  Read once the whole text's dates are known (``find.find_dates``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmap.events.temporal.happenings import happening_day
from newsmap.events.temporal.record import STRICT, TimeExpr

__all__ = ["Pending", "pending_of", "stemmed", "told_later"]

#: A phrase waiting for its happening's day: start, end, days from it, the happening's keys.
Pending = tuple[int, int, int, tuple[str, ...]]


def pending_of(text: str, start: int, end: int, resolved: tuple[str, str, str]) -> Pending | None:
    """The waiting phrase of an unresolved local count from a happening (``anchored_on``'s
    strict reading, "h7" and "!пожар") that opens its sentence or follows its dateline (a
    lead's "A week after the fire, ..."), or None for any other reading or place."""
    _, days, keys = resolved
    if days[:1] != "h" or not keys.startswith(STRICT) or not _opens_lead(text, start):
        return None
    return start, end, int(days[1:]), tuple(keys.removeprefix(STRICT).split())


#: A dateline before a lead: a place in capitals and a dash ("КОЧАНИ – ", "JABLANICA - ").
_DATELINE = re.compile(r"[^\W\d_a-zа-џ]{2,}(?:[ \t]+[^\W\d_a-zа-џ]{2,})*[ \t]+[–—-][ \t]*\Z")


def _opens_lead(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` opens its sentence, alone or after a dateline."""
    line = text.rfind("\n", 0, start) + 1
    head = text[max(line, start - 60) : start]
    stop = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    if stop >= 0:
        head = head[stop + 2 :]
    return not head.strip() or _DATELINE.search(head) is not None


def told_later(text: str, pending: list[Pending], found: list[TimeExpr]) -> list[TimeExpr]:
    """``found`` with each waiting phrase dated from the first day after it whose sentence names
    its happening, in text order; ``found`` itself when none is."""
    added: list[TimeExpr] = []
    for start, end, days, keys in pending:
        after = [e for e in found if e.start >= end]
        told = happening_day(text, keys, after, len(text))
        if told is None:
            continue
        day = date.fromisoformat(told) + timedelta(days=days)
        added.append(TimeExpr(start, end, text[start:end], day.isoformat(), "day", "relative"))
    if not added:
        return found
    return sorted([*found, *added], key=lambda e: e.start)


#: The vowels a noun's case ending may be ("skupa", "poplave", "sjednici").
_VOWELS = frozenset("aeiouаеиоу")


def stemmed(resolved: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """The strict local count from a happening with its noun's case vowel cut ("nakon skupa"
    -> "skup", found again in "održan je najveći skup"), for a second look when the noun as
    written names no dated sentence; None for any other reading or a noun with no such end."""
    _, days, keys = resolved
    if days[:1] != "h" or not keys.startswith(STRICT) or " " in keys:
        return None
    noun = keys.removeprefix(STRICT)
    if len(noun) < 5 or noun[-1] not in _VOWELS:
        return None
    return resolved[0], days, STRICT + noun[:-1]
