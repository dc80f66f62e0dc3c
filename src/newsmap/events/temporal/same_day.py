"""Which day "the same day" is told from, when the last date before it is no such day.

"The protests started on Friday, when mayors elected in April entered the buildings. Serbia put
its army on alert the same day": a month told without its year, in an aside, cannot be "the
same day", so the day before it is meant.  "She won the 8 May run-off. She had led the first
round on 24 April. Her party won the election held the same day": a day told in the past
perfect is background to the story's day, which "the same day" keeps to when the story told one
shortly before
(tests/data/events/tuning28.jsonl).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmap.events.temporal.context import words_before
from newsmap.events.temporal.record import TimeExpr

__all__ = ["same_day_source"]

# How far back a day may stand to be "the same day" (about three sentences).
_REACH = 600
# How many words before a day its clause's "had" may stand ("had led the first round on").
_HAD_REACH = 8


def same_day_source(text: str, found: Sequence[TimeExpr], start: int) -> TimeExpr | None:
    """The day "the same day" at ``start`` is told from, when it is not the last date before
    it (see the module's note); None when the plain rule holds."""
    last = None
    for i in range(len(found) - 1, -1, -1):
        expr = found[i]
        if start - expr.end > _REACH:
            return None
        if expr.precision != "day":
            if (
                last is None
                and expr.precision == "month"
                and (not _has_year(expr.surface) or _compared(text, expr))
            ):
                # a month of an aside, or a comparison's base ("up from 43 percent in April
                # 2022"), right before: look further for the day
                last = expr
                continue
            return None
        if last is not None:
            return expr  # "on Friday, when mayors elected in April ...": Friday
        if _pluperfect(text, expr):
            for earlier in reversed(found[:i]):
                if start - earlier.end > _REACH:
                    return None
                if earlier.precision == "day" and not _pluperfect(text, earlier):
                    return earlier
            return None
        return None
    return None


def _pluperfect(text: str, expr: TimeExpr) -> bool:
    """Whether the day's clause is told in the past perfect ("She had led the first round on
    24 April")."""
    before = words_before(text, expr.start, _HAD_REACH)
    return "had" in before and "when" not in before[: before.index("had")]


def _has_year(surface: str) -> bool:
    """Whether a date's surface gives its year ("in July 2020"): a month so told is a date of
    the story itself, which no "same day" looks past."""
    return any(c.isdigit() for c in surface)


def _compared(text: str, expr: TimeExpr) -> bool:
    """Whether the date closes a comparison's base ("up from 43 percent in April 2022")."""
    before = text[max(0, expr.start - 24) : expr.start]
    return "percent" in before or "%" in before
