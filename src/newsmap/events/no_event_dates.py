"""The dates that name no happening of their own, whatever their sentence tells.

Each rule has its module: a past day that bounds a state reached by then (``reached_by``), a
deadline or bound (``bounds``), a clock time with no day word (``bare_clock``), two days next
to each other joined by "and" (``day_lists``), a year that is its clause's subject
(``year_subject``), a day of the calendar said to come round each year (``yearly``), half
a year, a year or a month inside a name (``year_names``: "the 2016 accord", "the December
summit"), the day of an edition of the page (``notices``: "in Tuesday's edition") and an
obituary's dates of life (``life_line``: "born 3 May 1941; died 2 June 2023") and a day word
that frames the page's own talk (``page_frames``: "That is all for tonight"), and a month or year
most of which a state fills (``stretches``: "slows for most of August").
"""

from __future__ import annotations

from datetime import date

from newsmap.events.bare_clock import bare_clock
from newsmap.events.bounds import is_bound
from newsmap.events.day_lists import day_list_members
from newsmap.events.life_line import dates_of_life
from newsmap.events.notices import names_an_edition
from newsmap.events.page_frames import frames_the_page
from newsmap.events.reached_by import reached_by
from newsmap.events.stretches import within_a_stretch
from newsmap.events.temporal import TimeExpr
from newsmap.events.temporal.year_names import month_in_name, named_day_in_name, year_in_name
from newsmap.events.year_subject import year_subject
from newsmap.events.yearly import yearly_day

__all__ = ["without_no_event_dates"]


def _half_year(expr: TimeExpr) -> bool:
    """Whether ``expr`` names half a year ("in the first half of next year"): a reporting period
    or a vague plan, no happening's time (half a month, "in the second half of January", is
    read as that month)."""
    return expr.precision == "year" and "half of" in expr.surface


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
        and not year_subject(text, e)
        and not yearly_day(text, e)
        and not _half_year(e)
        and not year_in_name(text, e)
        and not month_in_name(text, e)
        and not named_day_in_name(text, e)
        and not dates_of_life(text, e)
        and not (e.precision == "day" and names_an_edition(text, e.end))
        and not frames_the_page(text, e)
        and not within_a_stretch(text, e)
    ]
