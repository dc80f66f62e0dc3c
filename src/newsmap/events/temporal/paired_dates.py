"""Dates that pair up, read after the matcher has found them all (``find.find_dates``).

- A period opened by one date and closed by the next ("from December 2020 to February 2022",
  "between March 2020 and May 2021", "od 1. juna do 30. septembra", "od 1941. do 1945."): a
  time in office or a span, no event, as a range of years is not.
- "On Monday or Tuesday", "in March or April": neither is told.
- A span of weekdays in the region's languages ("od srede do petka"): its first and its last
  day, both events (``local_day_ranges``).
- A weekday set beside a day after a comma ("Tri dana kasnije, u utorak"): that day, when it
  falls on the weekday (``local_apposed_days``).
- A stretch opened at a clock time of a day ("from 18:00 today until 10:00 tomorrow"): no
  event either (``clock_periods``).
- A habit's date closing a period ("from 1 November to 1 April each year"): the whole span
  comes round again, its first day is no happening either.
"""

from __future__ import annotations

from newsmap.events.temporal.clock_periods import clock_period_days
from newsmap.events.temporal.habits import is_habitual
from newsmap.events.temporal.local_apposed_days import apposed_weekday
from newsmap.events.temporal.local_day_ranges import weekday_range_end
from newsmap.events.temporal.local_day_spans import lasting, with_range_openings
from newsmap.events.temporal.local_more import local_range
from newsmap.events.temporal.record import TimeExpr

_CLOSES_PERIOD = frozenset({"to", "and", "-", "–", "—", "until", "till"})


def habit_closing(text: str, start: int, end: int, out: list[TimeExpr]) -> bool:
    """Whether the date is a habit's (``is_habitual``); when it closes a period opened by the
    date before ("from 1 November to 1 April each year"), that opening goes too: the whole
    span comes round again, its first day is no happening either."""
    if not is_habitual(text, start, end):
        return False
    if out and out[-1].surface.startswith(("from ", "From ", "between ", "Between ")):
        if text[out[-1].end : start].strip() in _CLOSES_PERIOD:
            out.pop()
    return True


def without_periods(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """The dates but those that open and close a period ("economy minister from December 2020
    to February 2022", "between March 2020 and May 2021" aside): a time in office or a span is
    no event, as a range of years is not.  A date opens one with "from" joined to its surface
    or "between" right before it."""
    between = "etween " in text
    found = with_range_openings(text, found)
    drop: list[int] = sorted(clock_period_days(text, found)) if "rom " in text else []
    found = list(found)
    for i in range(len(found) - 1):
        first = found[i]
        last_day = weekday_range_end(text, first, found[i + 1])
        if last_day is not None:  # "od srede do petka": its first and its last day
            found[i + 1] = last_day
            continue
        same_day = apposed_weekday(text, first, found[i + 1])
        if same_day is not None:  # "Tri dana kasnije, u utorak": the day counted
            found[i + 1] = same_day
            continue
        if local_range(text, first.start, first.surface, found[i + 1].start, found[i + 1].surface):
            if (
                first.precision != "day"
                or found[i + 1].precision != "day"
                or lasting(text, first.start)
            ):
                drop += (i, i + 1)  # a span of months or years, or what a thing lasts
            continue  # "od 15. marta do 31. maja": its first and its last day (local_day_spans)
        if found[i + 1].start - first.end <= 5 and text[first.end : found[i + 1].start].strip() in (
            "or",
            ", or",
        ):
            drop += (i, i + 1)  # "on Monday or Tuesday", "in March or April": neither is told
            continue
        if first.surface[0] not in "fF" or not first.surface.startswith(("from ", "From ")):
            if not between or text.rfind("etween ", max(0, first.start - 8), first.start) < 0:
                continue
        then = found[i + 1]
        gap = text[first.end : then.start].strip()
        closed = not gap and then.surface.lower().startswith(("until", "till"))
        if gap in _CLOSES_PERIOD or closed:
            drop += (i, i + 1)  # "closed from Friday evening until Monday morning" too
    if not drop:
        return found
    return [e for i, e in enumerate(found) if i not in drop]
