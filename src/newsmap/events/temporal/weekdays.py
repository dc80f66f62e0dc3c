"""Which day a weekday names: "on Tuesday", "last Monday", "Thursday, 6 June".

A weekday is the most recent one on or before the publication date, unless its clause looks
ahead ("will visit on Tuesday", a forecast, "moved to Friday", "from Monday, they can travel");
"last Monday" is strictly before, "next Monday" after, "the following Saturday" after the day
told before.  Its own rules, apart from the other dates relative to the publication
(``relative``), as the reading of a weekday's clause is most of them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from newsmap.events.temporal.absolute import h_day_month
from newsmap.events.temporal.context import words_after, words_before
from newsmap.events.temporal.directed import designated, directed
from newsmap.events.temporal.english_tense import clause_tense, tense_of
from newsmap.events.temporal.layout import programme_line
from newsmap.events.temporal.moved import moved_to
from newsmap.events.temporal.ordinals import weekday_the_nth
from newsmap.events.temporal.periods import valid_day
from newsmap.events.temporal.record import ANCHORED, Resolved
from newsmap.events.temporal.weather import is_forecast
from newsmap.lexicon import EN_WEEKDAYS


def _weekday_and_date(m: re.Match[str], text: str, pub: date) -> Resolved | None:
    """ "Thursday, 6 June": the date, in the year next to the one its tense gives in which that
    date falls on that weekday ("Thursday, 6 June" in a forecast issued on 4 June is this year's
    even in a clause with no tense), else in the year its tense gives."""
    resolved = h_day_month(m, text, pub)
    if resolved is None or m["year"]:
        return resolved
    day = date.fromisoformat(resolved[0])
    wd = EN_WEEKDAYS[m["wd"].lower()]
    if day.weekday() == wd:
        return resolved
    for shift in (1, -1):
        y = day.year + shift
        if valid_day(y, day.month, day.day) and date(y, day.month, day.day).weekday() == wd:
            return date(y, day.month, day.day).isoformat(), resolved[1], resolved[2]
    return resolved


def _from_ahead(m: re.Match[str], text: str, before: list[str]) -> bool:
    """Whether "from Monday" starts something to come: no tense of the past in its clause, the
    clause after its comma when it opens one ("Next year starts with a change many have waited
    for: from Monday, they can travel")."""
    if text.startswith(",", m.end()):
        return tense_of(words_after(text, m.end(), 10), ahead=True) is not False
    return clause_tense(text, m.start(), m.end(), before) is not False


def _set_in_the_past(m: re.Match[str], text: str, before: list[str]) -> bool:
    """Whether the clause that sets something "for" a weekday is told in the past ("he called a
    protest for Friday", "the visit was first planned for Monday"): the day is the nearest of
    its name, which may have passed by publication."""
    if not _PRESENT_SETTING.isdisjoint(before[1:4]):
        return False  # "the hearing is set for Tuesday"
    return clause_tense(text, m.start(), m.end(), before[1:]) is False


_PRESENT_SETTING: Final = frozenset({"is", "are", "will", "remains", "remain"})
# Words before a possessive weekday that name its week ("this Sunday's", "next Friday's").
_NO_NEAREST: Final = frozenset({"this", "next", "last", "coming", "past", "following"})


def _named_nearest(m: re.Match[str], text: str, before: list[str], back: int, ahead: int) -> bool:
    """Whether a possessive weekday names a happening by its day ("Sunday's elections") in a
    clause whose tense does not place it: after "before", or in a clause of what is to come
    ("would not recognise the results of Sunday's elections"), where the happening is as often
    past; a past clause places it ("won in Sunday's election")."""
    if back == ahead or not text.startswith(("'s ", "’s "), m.end()):
        return False
    if before[:1] == ["before"]:
        return True
    if before[:1] and before[0] in _NO_NEAREST:
        return False
    return clause_tense(text, m.start(), m.end(), before) is True


def _set_by_copula(surface: str, before: list[str]) -> bool:
    """Whether the weekday's clause is a present "is" or "are" and a place or a time ("Game four
    is in Podgorica on Tuesday", "The vote is on Sunday"): a day of the timetable, ahead.  The
    day is one "on" which something is ("It is now Monday" only tells the hour)."""
    if not surface.startswith("on ") and before[:1] != ["on"]:
        return False
    for w in before[:8]:
        if w in _COPULA:
            return True
        if w in _CLAUSE_BREAKS:
            return False
    return False


_COPULA: Final = frozenset({"is", "are"})
# Words that end the weekday's clause, looking back, before its verb: a relative or a link.
_CLAUSE_BREAKS: Final = frozenset("which who that where when as and but since after".split())


# The words before a weekday that move it a week off the publication's own ("last Monday").
_WEEK_MODIFIERS: Final = frozenset({"last", "past", "next", "coming"})


# Words between "a" and a weekday that are no adjective of it ("a week on Sunday").
_NOT_ADJECTIVES: Final = frozenset("on from by until before after since of to".split())


def h_weekday(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    if pub is None:
        return None
    groups = m.groupdict()  # built once: each call makes a dictionary of every group
    if groups.get("day"):
        return _weekday_and_date(m, text, pub)
    wd = EN_WEEKDAYS[m["wd"].lower()]
    if groups.get("nth"):
        return weekday_the_nth(wd, int(m["nth"]), pub)
    if groups.get("rel_week"):
        # "visited on Monday last week": that weekday of the week before the publication's
        shift = -7 if m["rel_week"] == "last" else 7
        d = pub - timedelta(days=pub.weekday()) + timedelta(days=shift + wd)
        return d.isoformat(), "day", "relative"
    before = words_before(text, m.start(), 16)
    mod = before[0] if before else ""
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if mod == "following":
        return ANCHORED, f"w{wd}", ""  # "the following Saturday": after the day told before
    described = m.start("wd") == m.start() and before[1:2] in (["a"], ["an"])
    if mod in ("a", "an") or (described and mod not in _NOT_ADJECTIVES):
        # "a Sunday timetable", "on a Sunday morning": no one day; nor "on a snowy Sunday",
        # which tells what a day named beside it was like ("Ten years ago today, on a snowy
        # Sunday, ...")
        return None
    if back == 0 and mod not in _WEEK_MODIFIERS:
        # the publication's own weekday: every reading below but those of "last" and "next"
        # adds ``ahead`` or takes away ``back`` (both 0), giving the publication's day, so the
        # clause's tense (most of this handler's cost) need not be read
        return pub.isoformat(), "day", "relative"
    if programme_line(m, text):
        return (pub + timedelta(days=(wd - pub.weekday()) % 7)).isoformat(), "day", "relative"
    if mod in {"last", "past"}:
        d = pub - timedelta(days=back or 7)
    elif mod in {"next", "coming"}:
        d = pub + timedelta(days=ahead or 7)
    elif mod == "for" and back < ahead and _set_in_the_past(m, text, before):
        d = pub - timedelta(days=back)  # "called a protest for Friday" on Sunday: that Friday
    elif _named_nearest(m, text, before, back, ahead):
        # "would not recognise the results of Sunday's elections", "before Sunday's run-off":
        # a happening named by its day, the nearest of that name
        d = pub - timedelta(days=back) if back < ahead else pub + timedelta(days=ahead)
    elif designated(before):
        # "declared Saturday a day of mourning": the coming Saturday, unless one only just gone
        # (a day or two back) is nearer, as a story of Monday tells of Saturday's mourning
        d = pub - timedelta(days=back) if back < min(ahead, 3) else pub + timedelta(days=ahead)
    elif moved_to(text, m.start(), before[:2]) or directed(before):
        d = pub + timedelta(days=ahead)
    elif mod == "from" and _from_ahead(m, text, before):
        d = pub + timedelta(days=ahead)  # "from Monday, they can travel": a start to come
    elif (tense := clause_tense(text, m.start(), m.end(), before)) or (
        tense is None
        and (is_forecast(text, m.start()) or _set_by_copula(m.group().lower(), before))
    ):
        d = pub + timedelta(days=ahead)  # "will visit on Tuesday", "dry and cooler on Sunday"
    else:
        d = pub - timedelta(days=back)
    return d.isoformat(), "day", "relative"
