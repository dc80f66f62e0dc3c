"""The dates that name no happening of their own, whatever their sentence tells.

Each rule has its module: a past day that bounds a state reached by then (``reached_by``), a
deadline or bound (``bounds``), a clock time with no day word (``bare_clock``), and two days next
to each other joined by "and" (``day_lists``).
"""

from __future__ import annotations

from datetime import date

from newsmap.events.bare_clock import bare_clock
from newsmap.events.bounds import is_bound
from newsmap.events.day_lists import day_list_members
from newsmap.events.reached_by import reached_by
from newsmap.events.temporal import TimeExpr

__all__ = ["without_no_event_dates"]


def without_no_event_dates(
    text: str, exprs: list[TimeExpr], published: date | None
) -> list[TimeExpr]:
    """``exprs`` (in text order) but the dates that name no happening of their own."""
    pairs = day_list_members(text, exprs)
    return [
        e
        for i, e in enumerate(exprs)
        if i not in pairs
        and not reached_by(text, e, published)
        and not is_bound(text, e, published)
        and not bare_clock(text, e)
    ]
