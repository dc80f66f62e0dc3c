"""A year-less month, date or season of the region's news in the year a year word just before it
tells: "Lani smo čekali do svibnja" (May of last year), "прошле године у децембру" (December of
last year), "letos spomladi" (this year's spring).

Right after the year word the two make one phrase, one date ("prošle godine u decembru" is
December of last year, not a year and a month); further on in the same clause (no comma, no
sentence end between) the year word stays a date of its own and lends its year
(tests/data/events/local/README.md, dev8: "Lani ... do svibnja" gives a year and a month).
"The same year" after it ("u decembru iste godine", "во декември истата година") is the year of
the last date the text told with one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from newsmap.events.temporal.record import TimeExpr

__all__ = [
    "YEARLESS_LOCAL",
    "feast_year_joined",
    "with_year_told",
    "year_told_after",
    "year_told_before",
]

#: The rules whose local dates name no year of their own.
YEARLESS_LOCAL = frozenset(
    {"day month"}
    | {f"{code} month" for code in ("sh", "sl", "sq", "mk")}
    | {f"{code} season ahead" for code in ("sh", "sl", "sq", "mk")}
    | {"sh ordinal day"}
)
#: A year in a surface.
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
#: What ends the year word's clause between it and the date.
_CLAUSE_END = re.compile(r"[,;:.!?\n„“\"()]")
#: How far after the year word the date may stand (characters).
_REACH = 40


def year_told_before(
    text: str, found: Sequence[TimeExpr], start: int, end: int, date_s: str
) -> tuple[str, bool]:
    """``date_s`` moved into the year of a year word before it in its clause, and whether the
    two are one phrase (nothing but blanks between); ``date_s`` and False when none is."""
    if not found or _YEAR.search(text, start, end) is not None:
        return date_s, False
    ref = found[-1]
    if ref.precision != "year" or len(ref.date) != 4 or ref.end > start:
        return date_s, False
    gap = text[ref.end : start]
    joined = not gap.strip()
    if not joined and (len(gap) > _REACH or _CLAUSE_END.search(gap) is not None):
        return date_s, False
    moved = ref.date + date_s[4:]
    if len(moved) == 10:
        try:
            date.fromisoformat(moved)
        except ValueError:
            return date_s, False  # 29 February of a year without it
    return moved, joined


#: "The same year" or "that year" right after a date.
_SAME_YEAR = re.compile(
    r"\s+(?:iste|te|one|исте|те|оне)\s+(?:godine|године)(?!\w)"
    r"|\s+(?:istega|tistega)\s+leta(?!\w)|\s+(?:истата|таа)\s+година(?!\w)"
    r"|\s+t[ëe]\s+(?:nj[ëe]jtit|atij)\s+viti(?!\w)",
    re.IGNORECASE,
)


def year_told_after(text: str, found: Sequence[TimeExpr], end: int, date_s: str) -> str:
    """``date_s`` in the year of the last date told before it when "the same year" follows it
    ("Suđenje je počelo u decembru iste godine"); ``date_s`` otherwise."""
    if _SAME_YEAR.match(text, end) is None:
        return date_s
    for ref in reversed(found):
        if ref.precision in ("year", "month", "day") and len(ref.date) >= 4:
            moved = ref.date[:4] + date_s[4:]
            try:
                if len(moved) == 10:
                    date.fromisoformat(moved)
            except ValueError:
                return date_s
            return moved
    return date_s


def with_year_told(
    text: str, found: list[TimeExpr], start: int, end: int, date_s: str, source: str
) -> tuple[str, int, str]:
    """The date at text[start:end] in the year told before it (``year_told_before``) or after
    it (``year_told_after``): its date, start and source.  Joined to the year word right before
    it ("prošle godine u decembru"), the two are one phrase: the year word leaves ``found``."""
    date_s, joined = year_told_before(text, found, start, end, date_s)
    date_s = year_told_after(text, found, end, date_s)
    if joined:
        return date_s, found.pop().start, "relative"
    return date_s, start, source


#: The prepositions that set a happening on a feast ("Lani na Martinje", "Lani za Bajram",
#: "Лане на Илинден", "Vjet për Bajram").
_FEAST_PREPS = frozenset("na za o u за на во ob v për per në ne".split())


def feast_year_joined(text: str, found: list[TimeExpr], start: int, date_s: str) -> int:
    """Where a feast's phrase starts when the year word right before it, with only the feast's
    preposition between, gives the feast its year ("Lani na Martinje" is 11 November of last
    year, one date, tests/data/events/local/README.md, dev10): the year word leaves ``found``.
    ``start`` itself when no such year word stands there."""
    if not found:
        return start
    ref = found[-1]
    if ref.precision != "year" or ref.date_source != "relative" or date_s[:4] != ref.date:
        return start
    gap = [w.lower() for w in text[ref.end : start].split()]
    if gap[:1] and gap[0] in _CLITICS:
        gap = gap[1:]  # "Prošle godine smo za Bajram bili": the auxiliary clitic between
    if len(gap) != 1 or gap[0] not in _FEAST_PREPS:
        return start
    return found.pop().start


#: The clitic auxiliaries that stand second in a clause, right after its first phrase.
_CLITICS = frozenset("smo su je sam ste si смо су је сам сте си so sem sta".split())
