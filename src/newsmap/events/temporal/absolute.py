"""Handlers of dates the text spells out: calendar dates, months, years, decades, seasons, ranges.

A yearless date ("September 24", "in May") takes the year that puts it on or before the
publication date, or on or after it when the clause is in the future tense; it is dropped when
the publication date is unknown.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from newsmap.events.temporal.context import words_after, words_before
from newsmap.events.temporal.directed import directed
from newsmap.events.temporal.english_tense import clause_tense, intended, reported_future
from newsmap.events.temporal.far_past import far_past
from newsmap.events.temporal.local_tense import (
    LOCAL_DUE,
    copula_only,
    local_year_tense,
    told_future,
)
from newsmap.events.temporal.local_weekday_cues import announced_before, year_of_weekday
from newsmap.events.temporal.moved import moved_to
from newsmap.events.temporal.periods import (
    iso_month,
    nearest_month_year,
    valid_day,
    year_for,
)
from newsmap.events.temporal.periods import nearest_year as _nearest
from newsmap.events.temporal.record import SPAN_ONLY, Resolved
from newsmap.events.temporal.sentence_tense import untold_tense
from newsmap.events.temporal.words import (
    ACCOUNT_NOUNS,
    AMBIGUOUS_MONTHS,
    COUNT_NOUNS,
    MONTH_CONTEXT,
    YEAR_LABELS,
    put_forward,
)
from newsmap.events.temporal.year_apposition import year_before_day
from newsmap.events.temporal.year_names import day_in_name
from newsmap.lexicon import EN_MONTH_ABBR, EN_MONTHS, LOCAL_MONTHS
from newsmap.lexicon.local import STREET_WORDS


def month_number(token: str) -> int | None:
    """The month a matched name stands for, or None when its case says it is an ordinary word."""
    low = token.lower().rstrip(".")
    if low in EN_MONTHS or low in EN_MONTH_ABBR:
        if not token[:1].isupper():
            return None  # "may", "march": English months are always capitalised
        return EN_MONTHS.get(low) or EN_MONTH_ABBR.get(low)
    return LOCAL_MONTHS.get(low)


_THAT_YEAR = (["of", "that", "year"], ["that", "same", "year"])
_YEAR_BEFORE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _that_year(text: str, start: int, end: int) -> int | None:
    """The year that "9 June of that year" means: the last one the text named before it."""
    if "that" not in text[end : end + 12]:
        return None
    after = words_after(text, end, 3)
    if after[:2] != ["that", "year"] and after[:3] not in _THAT_YEAR:
        return None
    years = _YEAR_BEFORE.findall(text, max(0, start - 600), start)
    return int(years[-1]) if years else None


# A year that opens the sentence of a year-less date: "In January 2019, parliament voted, and
# two weeks later, on 25 January, ...", "Last year, classes began on 1 September".
_YEAR_OF_SENTENCE: Final = re.compile(
    r"[ \t\"“]*(?:[Ii]n[ \t]+(?:[A-Z][a-z]+[ \t]+)?(1[89]\d\d|20\d\d)(?:,|[ \t]+(?=[a-z]))"
    r"|([Ll]ast|[Nn]ext|[Tt]his)[ \t]+year,)"
)
_YEAR_SHIFT: Final = {"last": -1, "next": 1, "this": 0}
# A year told right after a day and month, in apposition ("on 28 June, in 1914, that").
_YEAR_AFTER: Final = re.compile(r",[ \t]+in[ \t]+(1[89]\d\d|20\d\d)\b(?![ \t]*[-–])")
_MONTH_NAMES: Final = [
    name.capitalize() for name, _ in sorted(EN_MONTHS.items(), key=lambda kv: kv[1])
]
_MONTH_YEAR: Final = re.compile(r",?[ \t]+(1[89]\d\d|20\d\d)\b")


# A year and the clause that tells what happened in it: "since 1991, when the country voted
# for independence on 8 September", "before 1918, when it joined in November".
_YEAR_WHEN = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?:,[ \t]+[^,.;:\n]{1,60})?,?[ \t]+when\b")


def when_year(text: str, lo: int, start: int) -> int | None:
    """The year of a "YEAR, when ..." clause the date stands in (after ``lo``, its sentence's
    start): the year-less date of that clause is of that year."""
    if "when" not in text[lo:start]:
        return None
    years = _YEAR_WHEN.findall(text, lo, start)
    return int(years[-1]) if years else None


def _sentence_year(text: str, start: int, pub: date, mon: int) -> int | None:
    """The year that opens the sentence of the date at ``start``, if one does, or that the
    sentence gives its month before it ("approved the changes in January 2019, and the
    ratification followed on 25 January")."""
    lo = max(0, start - 200)
    cut = max([text.rfind(mark, lo, start) for mark in (". ", "! ", "? ", "\n", ": ")])
    if cut < 0 and lo > 0:
        return None  # the sentence starts further back
    name = _MONTH_NAMES[mon - 1]
    at = text.find(name, cut + 1, start)
    if at >= 0:
        same = _MONTH_YEAR.match(text, at + len(name))
        if same is not None:
            return int(same.group(1))
    found = _YEAR_OF_SENTENCE.match(text, cut + 1, start)
    if found is None:
        return when_year(text, cut + 1, start) or year_before_day(text, cut + 1, start)
    if found.group(1):
        return int(found.group(1))
    return pub.year + _YEAR_SHIFT[found.group(2).lower()]


_TIMELINE_DASHES = (" - ", " – ", " — ")


def timeline_line(text: str, start: int, end: int) -> bool:
    """Whether the date opens its line and a dash follows it, as a chronology's entries do ("22
    November - Students are attacked"): told in the historic present, of the past."""
    return (start == 0 or text[start - 1] == "\n") and text.startswith(_TIMELINE_DASHES, end)


def year_of_day(
    m: re.Match[str], text: str, pub: date, mon: int, day: int, before: list[str] | None
) -> int:
    """The year of a date that names none: the year the text named before it ("of that year"),
    the nearest in the direction of the clause's tense, or the nearest of all when the clause
    names no tense or the date is one something is set "for" ("scheduled for June 5")."""
    that = _that_year(text, m.start(), m.end())
    if that is None and (told := _YEAR_AFTER.match(text, m.end())) is not None:
        return int(told.group(1))  # "on 28 June, in 1914, that ...": the year told after it
    if that is None:
        that = _sentence_year(text, m.start(), pub, mon)
    if that is not None:
        return that
    if day_in_name(text, m.start(), m.end()):
        return _nearest(mon, day, pub)  # "the 11 May parliamentary vote": that happening's
    if timeline_line(text, m.start(), m.end()):
        return year_for(mon, day, pub, False)
    if before is None:
        before = words_before(text, m.start(), 16)
    moved = moved_to(text, m.start(), before) or reported_future(before)
    if not moved and directed(before):
        return year_for(mon, day, pub, True)  # "declared 1 November a day of mourning"
    if m["mon"].lower() not in EN_MONTHS and not moved:
        # a local clause: the English tense words cannot read it (they take "ispred", in
        # front of, for a past participle); its language's can
        by_weekday = year_of_weekday(text, m.start(), mon, day, pub)
        if by_weekday is not None:
            return by_weekday  # "të hënën, 20 mars": the year it falls on a Monday
        past, ahead = year_for(mon, day, pub, False), year_for(mon, day, pub, True)
        if past == ahead:
            return past  # the day of the publication: every reading gives its year
        if _nearest(mon, day, pub) == past:
            # the nearest date of its name is the past one: only a future clause moves it (a
            # due date's "do", "za" reads no tense), so the marks of the present and the
            # copula's test, the costly regexes of ``local_year_tense``, cannot change it
            due = bool(before) and before[0] in LOCAL_DUE
            return ahead if not due and told_future(text, m.start(), m.end()) else past
        tense = local_year_tense(text, m.start(), m.end(), before, m["mon"].lower())
        if (
            tense is False
            and valid_day(pub.year, mon, day)
            and 0 < (date(pub.year, mon, day) - pub).days < 15
            and copula_only(text, m.start(), m.end())
        ):
            # a clause past only by its copula, a few days before its date: the coming one,
            # not a year back ("Dan kasnije, 29. juna, je sabor" told on 24 June); the days
            # are asked first, as the clause's regexes cost far more
            tense = None
        if tense is False and announced_before(text, m.start()):
            tense = None  # "ka caktuar derbin ... më 14 mars": a day set, the nearest of its name
        return _nearest(mon, day, pub) if tense is None else year_for(mon, day, pub, tense)
    tense = None if moved else clause_tense(text, m.start(), m.end(), before)
    if tense is None and not moved:
        tense = untold_tense(text, m.start(), m.end(), before)
    if tense is None and not moved and far_past(before, mon, day, pub):
        tense = False  # "voted twice in spring: the first round of the election on 24 April"
    return _nearest(mon, day, pub) if tense is None else year_for(mon, day, pub, tense)


def h_iso(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not valid_day(y, mo, d):
        return None
    return date(y, mo, d).isoformat(), "day", "explicit"


def h_numeric(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["year"])
    d, mo = a, b  # the region writes day first
    if m["sep"] == "/" and b > 12 >= a:
        d, mo = b, a
    if not valid_day(y, mo, d):
        return None
    return date(y, mo, d).isoformat(), "day", "explicit"


def h_day_month(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    mon = month_number(m["mon"])
    if mon is None:
        return None
    before = None
    if m["mon"].lower() in LOCAL_MONTHS and m["mon"].lower() not in EN_MONTHS:
        before = words_before(text, m.start(), 16)
        if before and before[0] in STREET_WORDS:
            return None  # "Ulica 1. maja", "Rruga 28 Nëntori": an address
    d = int(m["day"])
    if m["year"]:
        y = int(m["year"])
    else:
        if pub is None or not 1 <= d <= 31:
            return None
        y = year_of_day(m, text, pub, mon, d, before)
    if not valid_day(y, mon, d):
        return None
    if text[m.start() - 1 : m.start()] in (" ", "-", "–") and _DAY_SPAN.search(
        text, max(0, m.start() - 16), m.start()
    ):
        # "from 3 to 17 December", "on 21 and 22 March": days of one month, told as the month
        return iso_month(y, mon), "month", "explicit"
    if text[m.end() : m.end() + 1] in ("-", "–") and text[m.end() + 1 : m.end() + 2].isdigit():
        return SPAN_ONLY  # "on October 17-18": a span of days, no event (as "17-18 October")
    return date(y, mon, d).isoformat(), "day", "explicit"


# A day before a date's day, the two in one month: "from 3 to", "21 and", "1-".
_DAY_SPAN: Final = re.compile(
    r"(?<![\d.,:])\b[0-3]?\d(?:st|nd|rd|th)?[ \t]*(?:-|–|to|and|until|till)[ \t]*\Z"
)


def h_month(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    token = m["mon"]
    low = token.lower().rstrip(".")
    if low not in EN_MONTHS:
        return None  # abbreviations and local names count only next to a day or a year
    mon = month_number(token)
    if mon is None or pub is None:
        return None
    if text[m.end() : m.end() + 5] == " and " and _AND_MONTH_YEAR.match(text, m.end()):
        return SPAN_ONLY  # "in May and June 1995": the two months are dated by their year
    before = words_before(text, m.start(), 16)
    mod = before[0] if before and before[0] in {"last", "next", "this", "that"} else ""
    if before[:3] == ["to", "year", "the"]:
        return SPAN_ONLY  # "prices rose 9 percent in the year to April": a period
    timeline = timeline_line(text, m.start(), m.end())
    if low in AMBIGUOUS_MONTHS and (not before or before[0] not in MONTH_CONTEXT):
        if not timeline and before[:2] not in _AS_SOON and not put_forward(before):
            return None  # "as early as March", "as soon as April" read as months
    if mod == "that":  # "that April": of the year the text named last
        years = _YEAR_BEFORE.findall(text, max(0, m.start() - 600), m.start())
        if not years:
            return None
        y = int(years[-1])
    elif mod == "last":
        y = pub.year if mon < pub.month else pub.year - 1
    elif mod == "next":
        y = pub.year if mon > pub.month else pub.year + 1
    elif mod == "this":
        y = pub.year
    elif (when := _when_of_sentence(text, m.start())) is not None:
        y = when
    elif timeline:
        y = pub.year if mon <= pub.month else pub.year - 1
    elif (
        moved_to(text, m.start(), before)
        or reported_future(before)
        or _that_year(text, m.start(), m.end()) is not None
    ):
        y = year_of_day(m, text, pub, mon, 15, before)
    elif directed(before):
        y = pub.year if mon >= pub.month else pub.year + 1  # "have called a rally in March"
    elif put_forward(before) or intended(before):
        # "diplomats talk of June", "he hoped to put a cabinet to parliament in March": the
        # nearest month of its name
        y = nearest_month_year(pub, mon)
    else:
        tense = clause_tense(text, m.start(), m.end(), before)
        # "a caretaker government from January": a start with no tense told is to come
        if tense or (tense is None and before[:1] == ["from"]):
            y = pub.year if mon >= pub.month else pub.year + 1
        else:
            y = pub.year if mon <= pub.month else pub.year - 1
    return iso_month(y, mon), "month", "explicit"


_AS_SOON = (["as", "early"], ["as", "soon"], ["as", "late"])


def _when_of_sentence(text: str, start: int) -> int | None:
    """``when_year`` within the sentence of ``start``."""
    lo = max(0, start - 200)
    cut = max([text.rfind(mark, lo, start) for mark in (". ", "! ", "? ", "\n")])
    return when_year(text, max(lo, cut + 1), start)


def h_month_led(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """A month name first: "September 24[, 2023]", "May 2023" or a month on its own."""
    if m["day"]:
        return h_day_month(m, text, pub)
    if m["myear"]:
        if in_tenure(text, m.start(), end=m.end()):
            return SPAN_ONLY
        s = m.start()
        if text[s - 5 : s] == " and " and _MONTH_AND.search(text, max(0, s - 15), s):
            return m["myear"], "year", "explicit"  # "May and June 1995": the pair's year
        mon = month_number(m["mon"])
        return None if mon is None else (iso_month(int(m["myear"]), mon), "month", "explicit")
    return h_month(m, text, pub)


#: ", when ...": the text tells what happened on the date before it.
WHEN_AFTER = re.compile(r",?\s+when\b")
# A time in office or in power ("has been mayor since 2015") is a period, not an event.
_TENURE = frozenset("been served ruled governed led held headed chaired".split())
_PERFECT = frozenset("has have had".split())


# " and June 1995" after a month: the second month and the year both share.
_AND_MONTH_YEAR = re.compile(
    r" and (?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December),? (?:1[89]\d\d|20\d\d)\b"
)
# "May and " before a month led by its name: the pair's year dates them both.
_MONTH_AND = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December) and $"
)


def in_tenure(
    text: str, start: int, before: list[str] | None = None, end: int | None = None
) -> bool:
    """Whether the date at ``start`` follows "since" in a clause about a time in office.

    ``before``: ``words_before(text, start, 12)``, if the caller has read it.  A date the text
    goes on to tell what happened on ("mayor since 2015, when he won the vote", with ``end``
    where the date ends) starts the time in office by a happening: it is no mere period.
    """
    if before is None:
        before = words_before(text, start, 12)
    if end is not None and WHEN_AFTER.match(text, end):
        return False
    if not before or before[0] != "since":
        return False
    return not _TENURE.isdisjoint(before) and not _PERFECT.isdisjoint(before)


_NUMBER_BEFORE = re.compile(r"\d[ \t]$")
_NUMBER_AFTER = re.compile(r"\s?[-–/]?\s?\d")


def h_bare_year(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    y = int(m["year"])
    s, e = m.start(), m.end()
    before = words_before(text, s, 12)
    if in_tenure(text, s, before, e):
        return SPAN_ONLY
    if _NUMBER_BEFORE.search(text[max(0, s - 2) : s]) or _NUMBER_AFTER.match(text, e):
        return None  # part of a longer number: a phone number, a code, a list of figures
    if before and (before[0] in YEAR_LABELS or before[0] == "by"):
        return None  # a label, a count, or a year things are to be done by: a target, no event
    if before[:1] == ["from"] and before[1:2] != ["dates"] and not WHEN_AFTER.match(text, e):
        return None  # "output expected from 2028" is a bound; "the hall dates from 1964" not
    after = words_after(text, e, 1)
    if after and (after[0] in COUNT_NOUNS or after[0] in ACCOUNT_NOUNS):
        return None
    if y < 1800 and not (before and before[0] in {"in", "since", "of", "from", "until", "by"}):
        return None  # an old year only with a word that introduces a time
    if y > 2099:
        return None
    return f"{y:04d}", "year", "explicit"


def h_season_year(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    return f"{int(m['year']):04d}", "year", "explicit"
