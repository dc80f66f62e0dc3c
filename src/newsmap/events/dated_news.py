"""Why a dated sentence is news though no verb of a happening shows: what it tells lies ahead,
is dated to the day in full, is to come later on the publication's day, opens a chronology's or
a live blog's entry, or is dated from the day told before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from newsmap.events.temporal import TimeExpr, is_future_clause

__all__ = [
    "BLOG_TALK",
    "ENTRY_TIME",
    "dated_in_full",
    "dated_page",
    "looks_ahead",
    "planned_today",
    "ticker_time",
    "timeline_entry",
    "told_from_a_day",
]

ENTRY_TIME = re.compile(r"[012]?\d:[0-5]\d")
BLOG_TALK = re.compile(
    r"\b(?:[Ww]elcome|readers|coverage|[Rr]ecap|[Ss]ummary|[Tt]hank|from us|joining us|the blog"
    r"|[Gg]ood (?:morning|afternoon|evening|night))\b"
)


_PLANNED = ("day", "month")


def looks_ahead(group: Sequence[TimeExpr], published: date | None) -> bool:
    """Whether a day or month of the sentence lies after the publication: what is dated ahead to
    the day or month is planned ("EU ministers meet on Monday"), not a state; a year ahead is
    more often a target ("membership by 2030") than a date set."""
    if published is None:
        return False
    iso = published.isoformat()
    return any(
        e.precision in _PLANNED
        and (e.date > iso[: len(e.date)] or e.surface.lower().startswith(_AHEAD_WORDS))
        for e in group
    )


# Words that put a day or a month ahead, even when it is the publication's month ("possibly
# next week" on 1 November is November).
_AHEAD_WORDS = ("next ", "later this ", "tomorrow")


_YEAR = re.compile(r"\d{4}")


def dated_in_full(text: str, group: Sequence[TimeExpr]) -> bool:
    """Whether the sentence names a day or a month with its year ("in May 2019", "on 15
    February 2016", "in December of that year"): told so, a date is a happening's even in the
    present of a chronology ("The Commission gives its opinion in May 2019"); a state is dated
    by its year alone."""
    for e in group:
        if e.precision in _PLANNED and e.date_source == "explicit":
            if _YEAR.search(e.surface) is not None or text.startswith(" of that year", e.end):
                return True
    return False


def planned_today(text: str, group: Sequence[TimeExpr], published: date | None) -> bool:
    """Whether the sentence tells of something to come later on the publication's day, in the
    future or a timetable's present ("Egnatia meet Partizani tonight")."""
    if published is None:
        return False
    iso = published.isoformat()
    for e in group:
        if e.date_source == "published" and e.date == iso:
            if is_future_clause(text, e.start, e.end):
                return True
    return False


def timeline_entry(text: str, s0: int, s1: int, group: Sequence[TimeExpr]) -> bool:
    """Whether the sentence opens with its date and a dash or a colon, as a chronology's entries
    do ("29 May 2023 - About 30 soldiers are injured", "30 August: Three lists win 41 seats"):
    each entry is a happening, told in the present."""
    first = group[0]
    if first.start != s0:
        return False
    if text[first.end : first.end + 3].lstrip()[:1] in ("-", "–", "—", ":"):
        return True
    # a live blog's entry, opened by its time ("12:45 Teams are on their way"): an update is
    # news of the blog's day, whatever its tense, unless the blog speaks of itself to its
    # readers ("Good morning and welcome", "A quick recap", "That is all from us")
    if ENTRY_TIME.fullmatch(first.surface) is None:
        return False
    return BLOG_TALK.search(text, first.end, s1) is None


# The ends of the phrases that date a happening from the day told before it.
_FROM_A_DAY = (
    "later",
    "next day",
    "following day",
    "that night",
    "that evening",
    "that day",
    "that afternoon",
    "that morning",
    "next evening",
    "same night",
    "same morning",
)


def told_from_a_day(group: Sequence[TimeExpr]) -> bool:
    """Whether the sentence dates itself from the day told before it ("The men were taken to
    Italy the next day", "others escape through the woods that night", "five days later"):
    a story tells what happened next so, whatever its verbs."""
    for e in group:
        if e.precision != "day":
            continue
        low = e.surface.lower()
        if low.endswith(_FROM_A_DAY) or low.startswith("from "):
            # "could travel without visas from yesterday": a new rule's first day, a change
            return True
    return False


def ticker_time(text: str, expr: TimeExpr) -> bool:
    """Whether the date is a ticker's entry time opening its line ("09:35 – Put je zatvoren"):
    the region's news counts it among clock times, no event (tests/data/events/local)."""
    return (expr.start == 0 or text[expr.start - 1] == "\n") and (
        ENTRY_TIME.fullmatch(expr.surface) is not None
    )


def dated_page(text: str, exprs: Sequence[TimeExpr]) -> int:
    """Where a live blog's page line that gives its day ends ("Live from Potočari | Tuesday 11
    July 2023 | all times local", "Saturday 1 November 2025 | updates from our reporters"),
    when such a line stands above its first entry time: the entries under it are stamps of
    that day, no happenings of their own (tests/data/events/README.md, tuning20 on: entry
    times under a dated heading are no events).  -1 when no date line heads the entries; a
    blog with no dated line keeps its entry times (tuning16-19)."""
    line_end = -1
    for expr in exprs:
        if ticker_time(text, expr):
            return line_end
        if expr.precision != "day" or expr.date_source != "explicit":
            return -1
        stop = text.find("\n", expr.end)
        line = text[expr.start : len(text) if stop < 0 else stop].rstrip()
        if stop < 0 or line.endswith((".", "!", "?", '"', "”")):
            return -1  # a date of prose before the first entry: no page line
        line_end = stop
    return -1
