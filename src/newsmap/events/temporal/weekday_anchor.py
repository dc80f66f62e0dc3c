"""A weekday told with the happening it follows: "burials on Wednesday, three days after the
fire".

The phrase after the comma says how the weekday stands to a day told before (the fire's Sunday);
it is no day of its own, but it says which Wednesday is meant: the one it counts to, ahead of
the publication or back, whatever the tense of "have asked for" would make of the weekday
alone (tests/data/events/tuning28.jsonl, "two phrases of one day in one sentence").
"""

from __future__ import annotations

from datetime import date

from newsmap.events.temporal.anchors import from_anchor
from newsmap.events.temporal.record import Resolved, TimeExpr

__all__ = ["weekday_by_anchor"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_by_anchor(
    text: str, out: list[TimeExpr], phrase: Resolved, start: int, published: date | None
) -> TimeExpr | None:
    """``out[-1]`` (a weekday named alone) moved to the day the anchored phrase at ``start``
    (``phrase``, its handler's reading) apposed to it counts to, from the days told before the
    weekday, when that day falls on the same weekday; None when it stays as it is."""
    day = out[-1]
    if day.precision != "day" or day.date_source != "relative":
        return None
    low = day.surface.lower()
    names = [n for n, name in enumerate(_WEEKDAYS) if name in low]
    if len(names) != 1:
        return None
    resolved = from_anchor(text, phrase, out[:-1], start, published)
    if resolved is None or resolved[1] != "day" or resolved[0] == day.date:
        return None
    told = date.fromisoformat(resolved[0])
    if told.weekday() != names[0]:
        return None
    return TimeExpr(day.start, day.end, day.surface, resolved[0], "day", "relative")
