"""A weekday listed right after another day ("on Thursday and Friday"): the first day of its
name after that one, so that the two read as one list of days (a list is no event of its own,
see ``day_lists``), whichever way the clause's tense would have turned the second alone."""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmap.events.temporal.record import TimeExpr

__all__ = ["after_listed_day"]

_AND_BETWEEN = re.compile(r"[ \t]+and[ \t]+(?:on[ \t]+)?")


def after_listed_day(
    text: str, before: TimeExpr, start: int, resolved: tuple[str, str, str]
) -> tuple[str, str, str]:
    """A weekday listed right after another day ("on Thursday and Friday"): the first day of its
    name after that one, so the two read as one list, whichever way the clause's tense looked."""
    if before.precision != "day" or resolved[1] != "day" or len(resolved[0]) != 10:
        return resolved
    if not _AND_BETWEEN.fullmatch(text, before.end, start):
        return resolved
    first = date.fromisoformat(before.date)
    wanted = date.fromisoformat(resolved[0]).weekday()
    ahead = (wanted - first.weekday()) % 7 or 7
    return (first + timedelta(days=ahead)).isoformat(), "day", resolved[2]
