"""Handlers of dates relative to the publication: "yesterday", "last week", "ago".

Each resolves against the publication date and is dropped when there is none.  Weekdays
("on Tuesday", "last Monday") have their own module, ``weekdays``: reading a weekday's clause
is a job of its own.

- A season is reported as its year, precision ``year``: a season is coarser than a month, and
  naming its first month would invent precision.
- A period that fits no unit of the vocabulary ("last week", "two weeks ago") gets the finest unit
  that holds all of it: its month when the week lies in one month, otherwise its year.
- "today" and "tonight" mean the publication date itself (``date_source="published"``); "this
  week" is the publication's week, read as "last week" is.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmap.events.temporal.context import words_before
from newsmap.events.temporal.english_tense import is_future_clause
from newsmap.events.temporal.happenings import happening_keys
from newsmap.events.temporal.layout import under_a_day
from newsmap.events.temporal.overnight import night_of_day_told
from newsmap.events.temporal.periods import iso_month, shift_month, span, valid_day
from newsmap.events.temporal.record import (
    ANCHORED,
    SPAN_ONLY,
    Handler,
    Resolved,
    anchored,
    anchored_in,
    anchored_on,
)
from newsmap.events.temporal.weekdays import h_weekday
from newsmap.events.temporal.words import (
    ABOUT_AGO,
    FUTURE_MARKERS,
    NUMBER_WORDS,
    SCHEDULE_VERBS,
)
from newsmap.lexicon import EN_MONTHS as EN_MONTH_NUMBERS

# The English modifiers of "week", "month" and "year"; a case-insensitive look-alike ("thıs")
# matches the pattern but is no English word, and resolves to nothing.
_SHIFT = {"this": 0, "last": -1, "previous": -1, "next": 1}


def h_day_offset(days: int, source: str = "relative") -> Handler:
    """A handler for a word that names a day a fixed distance from publication ("yesterday")."""

    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if pub is None:
            return None
        return (pub + timedelta(days=days)).isoformat(), "day", source

    return handle


# A line a timeline's day heads ("Sunday, 16 October - Polls open at 07:00.").
_DAY_HEAD = re.compile(
    r"(?:[A-Z][a-z]+day,?[ \t]+)?[0-3]?\d[ \t]+[A-Z][a-z]+(?:[ \t]+\d{4})?[ \t]+[-–—][ \t]"
)
# A forecast's or a diary's line under its day ("Sunday: Rain turning to snow overnight.",
# "Saturday 1 January: ..."): the night is part of the line's day, no day of its own.
_FORECAST_HEAD = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:[ \t]+[0-3]?\d[ \t]+[A-Z][a-z]+)?[ \t]*:"
)


def in_day_line(text: str, start: int) -> bool:
    """Whether ``start`` stands in a forecast's or a diary's line after the day that heads it
    ("Monday 18 March: Ministers meet in Brussels. The envoy briefs the press in the
    evening."): a part of that day adds no day of its own."""
    line = text.rfind("\n", 0, start) + 1
    return start > line and _FORECAST_HEAD.match(text, line) is not None


# A forecast's line for the publication's day ("Today: Cloudy, rain this afternoon."): the
# parts of the day it names are of the day its head names.
_TODAY_HEAD = re.compile(r"(?:Today|Tonight|This[ \t]+(?:morning|afternoon|evening))[ \t]*:")


def h_today(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """ "today", "this morning", "overnight": the publication's day; "overnight from Saturday to
    Sunday" the day the night ends on, read as that weekday."""
    if m["wd"]:
        return h_weekday(m, text, pub)
    if m[0] == "overnight" and night_of_day_told(text, m.start()):
        return anchored(0, fallback_to_published=True)  # "had fallen overnight": the day told
    line = text.rfind("\n", 0, m.start()) + 1
    if m[0] == "overnight" and _DAY_HEAD.match(text, line):
        return anchored(0)  # in a timeline's entry under its day ("16 October - ..."): that day
    if m[0] == "overnight" and in_day_line(text, m.start()):
        return None  # "Saturday 1 January: ... snow overnight": the line's day tells it
    if m.start() > line and _TODAY_HEAD.match(text, line):
        return None  # "Today: Cloudy, with rain this afternoon": the head's day
    return (pub.isoformat(), "day", "published") if pub is not None else None


def h_part_of_week(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """ "earlier this week" and "later this week": the publication's week, Monday to Sunday, as
    "this week" is read (tuning21-25 write the part of the week so: "earlier this week" on
    Saturday 1 November is the week of 27 October-2 November, its year); said on the week's
    first day ("earlier") or last ("later") it names the publication's day."""
    if pub is None:
        return None
    monday = pub - timedelta(days=pub.weekday())
    if m["when"].lower() == "earlier":
        a, b = monday, pub - timedelta(days=1)
    else:
        a, b = pub + timedelta(days=1), monday + timedelta(days=6)
    if b < a:
        return pub.isoformat(), "day", "published"
    a, b = monday, monday + timedelta(days=6)
    if a.year != b.year:
        return None  # a part of a week across a year's turn
    date_s, precision = span(a, b)
    return date_s, precision, "relative"


def h_clock(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """A clock time ("at 14:20", "at noon") happens on the day the text named last, or on
    publication; a live blog's entry time ("09:55 Police say") on the blog's day."""
    if m["entry"]:
        if text[m.end() : m.end() + 3].lstrip()[:1] in _DASHES or under_a_day(text, m.start()):
            # a log's line ("16:20 - Officers find ...", or a time under a day's heading):
            # on the day its heading or the line before named ("Incidents of Friday
            # afternoon:", "Saturday night"), and no date when none was named
            return anchored(0)
        return (pub.isoformat(), "day", "published") if pub is not None else None
    if _DAY_AFTER_CLOCK.match(text, m.end()):
        return None  # "at 18:00 on Saturday": one time, dated by the day named after the clock
    return anchored(0, fallback_to_published=True)


_DASHES = ("-", "–", "—")


# A day named right after a clock time: a weekday, "today", "tomorrow", "yesterday", a part of
# a day ("at 03:30 this morning", "at 18:30 that evening"), or a day and month either way
# round ("at 08:40 on 3 May 2023").
_DAY_AFTER_CLOCK = re.compile(
    r",?[ \t]+(?:local[ \t]+time[ \t]+)?(?:on[ \t]+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|today\b|tomorrow\b|yesterday\b|tonight\b"
    r"|(?:this|that)[ \t]+(?:morning|afternoon|evening|night)\b|last[ \t]+night\b"
    r"|\d\d?[ \t]+[A-Z][a-z]|[A-Z][a-z]+[ \t]+\d)"
)


def _the_weekend(m: re.Match[str], text: str, pub: date) -> Resolved:
    """ "over the weekend" is the last one begun by publication; "at the weekend" in a clause
    about the future, and "(scheduled) for the weekend", the next one."""
    saturday = pub + timedelta(days=5 - pub.weekday())  # this week's
    if m["prep"].lower() == "for" or is_future_clause(text, m.start(), m.end()):
        a = saturday if pub < saturday else saturday + timedelta(days=7)
    else:
        a = saturday if pub >= saturday else saturday - timedelta(days=7)
    date_s, precision = span(a, a + timedelta(days=1))
    return date_s, precision, "relative"


def _month_of_year(m: re.Match[str], y: int) -> Resolved | None:
    """ "1 November last year", "in October next year": that month of the year shifted."""
    mon = EN_MONTH_NUMBERS[m["mon"].lower()]
    raw = m["day"] or m["day2"]
    if not raw:
        return iso_month(y, mon), "month", "relative"
    if not valid_day(y, mon, int(raw)):
        return None
    return date(y, mon, int(raw)).isoformat(), "day", "relative"


# The words before "a year earlier" that make it the base of a comparison.
_COMPARED = ("with ", "than ", "from ", "over ")


def h_days_later(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """ "two days after", "a day later", "the next day": counted from the day named before."""
    rel = (m["rel"] or m["rel2"] or "").lower()
    if rel:
        return anchored(-1 if rel in ("previous", "before") else 1)
    if m["hunit"]:
        return _hours_later(m, text)
    raw = " ".join(m["n"].lower().split())
    n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    if m["yunit"]:  # counted in the unit of the date it counts from: "y-2", "m3"
        if text[max(0, m.start() - 6) : m.start()].endswith(_COMPARED):
            return None  # "compared with a year earlier": a figure's base, no happening
        sign = -1 if m["ydir"].lower() == "earlier" else 1
        return anchored_in(m["yunit"][0].lower(), sign * n)
    days = n * (7 if m["unit"].lower() == "week" else 1)
    direction = (m["dir"] or m["dir2"]).lower()
    return anchored(-days if direction in ("earlier", "before") else days)


# The number before "hours later" ("two", "24", "a little over two"): a day or more is no
# same day.
_HOURS_BEFORE = re.compile(r"(\d+|[a-z]+)[ \t]+\Z")
_MANY_HOURS = 12


def _hours_later(m: re.Match[str], text: str) -> Resolved | None:
    """ "hours later", "two hours later": the day told before, or the next one after a late
    hour of it ("shortly before midnight on Tuesday; hours later" is Wednesday), see
    ``anchors.from_anchor``; "24 hours later" is told as a day, not here."""
    n = _HOURS_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if n is not None:
        word = n.group(1)
        count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
        if count >= _MANY_HOURS:
            return None
    return ANCHORED, "n", ""


# How many days from a happening's day a part of a day after or before it lies: the morning
# and the evening after are the next day's ("protests began the evening after the election"),
# the night after is the happening's own.
_PART_AFTER = {"day": 1, "morning": 1, "evening": 1, "night": 0}


def h_after_happening(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """ "the day after the vote", "a week before the election", "the morning after the
    earthquake": counted from the day the text told the happening on (see ``happenings``)."""
    before = m["dir"].lower() == "before"
    if m["part"]:
        days = -1 if before else _PART_AFTER[m["part"].lower()]
    else:
        raw = " ".join(m["n"].lower().split())
        n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        days = n * (7 if m["unit"].lower() == "week" else 1) * (-1 if before else 1)
    # "a day after his detention": a person's happening, counted only from the day it was told
    strict = m["np"][:3].lower() in ("his", "her")
    return anchored_on(days, happening_keys(m["np"]), strict)


def h_following_unit(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """ "the following year", "the previous month": a year or month from the date told before."""
    return anchored_in(m["unit"][0], -1 if m["rel"] == "previous" else 1)


def h_in_days(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """ "opens in nine days", "will meet in two weeks": that many days after the publication,
    in a clause that looks ahead ("two such attacks in two days" is a span)."""
    if pub is None or not is_future_clause(text, m.start(), m.end()):
        return None
    raw = " ".join(m["n"].lower().split())
    n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    days = n * (7 if m["unit"] == "week" else 1)
    return (pub + timedelta(days=days)).isoformat(), "day", "relative"


def h_same_day(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """ "that evening", "that night", "the same evening" (the day named before), "the next
    evening" (the day after it), "the previous evening" (the day before it)."""
    rel = (m["rel"] or m["before"] or "").lower()
    return anchored(-1 if rel in ("previous", "before") else 1 if rel else 0)


# A gerund right after "of" ("of turning", "of staging"): the object of a verb before the week.
_GERUND_AFTER = re.compile(r"[a-z]+ing\b")


def h_week(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    if pub is None:
        return None
    if text.startswith(" of ", m.end()) and not _GERUND_AFTER.match(text, m.end() + 4):
        # "over the weekend of 29 February and 1 March 1992": named by its days; "accused them
        # last week of turning ...": the "of" of the verb's object
        return None
    if m["prep"]:
        return _the_weekend(m, text, pub)
    mod = m["mod"].lower()
    weekend = m["unit"].lower() == "weekend"
    monday = pub - timedelta(days=pub.weekday())
    if mod == "this" and not weekend:
        # the week the publication falls in, by the finest unit that holds all of it (its
        # month, or its year across a month's turn), as "last week" is read; across a year's
        # turn no unit holds it, and it dates nothing
        if monday.year != (monday + timedelta(days=6)).year:
            return None
        date_s, precision = span(monday, monday + timedelta(days=6))
        return date_s, precision, "relative"
    if mod == "past":
        a, b = pub - timedelta(days=7), pub - timedelta(days=1)
    else:
        shift = _SHIFT.get(mod)
        if shift is None:
            return None
        a = monday + timedelta(days=7 * shift)
        b = a + timedelta(days=6)
        if weekend:
            a = a + timedelta(days=5)
    if a.year != b.year:
        return None  # a week across a year's turn: no unit of ours holds it
    date_s, precision = span(a, b)
    return date_s, precision, "relative"


# The words before "the end of the month" that make it a time something is to be done by.
_BY_THE_END = frozenset({"by", "until", "till", "at", "towards", "toward"})


def h_end_of_period(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """ "will change the law by the end of the month", "must publish the results by the end of
    the week": the end of the publication's week, month or year, when a word of the future or
    of a timetable stands before it in its sentence; in a story of the past ("By the end of the
    month, 300 people had fled") it ends a period the text told before, which is not read, and
    "before the end of the year" is as often a denial ("will not reopen before") as a date."""
    if pub is None:
        return None
    before = words_before(text, m.start(), 16)
    if not before or before[0] not in _BY_THE_END:
        return None
    if FUTURE_MARKERS.isdisjoint(before) and SCHEDULE_VERBS.isdisjoint(before):
        return None
    unit = m["unit"]
    if unit == "year":
        return f"{pub.year:04d}", "year", "relative"
    if unit == "month":
        return iso_month(pub.year, pub.month), "month", "relative"
    sunday = pub + timedelta(days=6 - pub.weekday())
    if pub == sunday:
        sunday += timedelta(days=7)  # told on a Sunday, the end of the week ahead is the next
    if m["part"] == "middle":
        return span(sunday - timedelta(days=5), sunday - timedelta(days=3)) + ("relative",)
    date_s, precision = span(max(pub, sunday - timedelta(days=2)), sunday)
    return date_s, precision, "relative"


def h_month_rel(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    if pub is None:
        return None
    shift = _SHIFT.get(m["mod"].lower())
    if shift is None:
        return None
    y, mo = shift_month(pub.year, pub.month, shift)
    return iso_month(y, mo), "month", "relative"


def h_year_rel(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    if pub is None:
        return None
    shift = _SHIFT.get(m["mod"].lower())
    if shift is None:
        return None
    if m["mon"]:
        return _month_of_year(m, pub.year + shift)
    if shift < 0 and words_before(text, m.start(), 1) == ["the"]:
        return None  # "in the last year", "the last year of the war": a stretch, no year
    return f"{pub.year + shift:04d}", "year", "relative"


def h_ago(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    if m["recent"]:
        return ANCHORED, "e", ""  # the day of the entry it stands in (see ``from_anchor``)
    if pub is None:
        return None
    raw = " ".join(m["n"].lower().split())
    n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    unit = m["unit"].lower()
    if unit != "day" and words_before(text, m.start(), 1) in ABOUT_AGO:
        return SPAN_ONLY  # "almost two weeks ago", "more than a decade ago": no date it names
    if m["today"] and unit in ("year", "month"):  # "five years ago today": that very day
        y, mo = shift_month(pub.year, pub.month, -n * (12 if unit == "year" else 1))
        if valid_day(y, mo, pub.day):
            return date(y, mo, pub.day).isoformat(), "day", "relative"
    if unit == "day":
        return (pub - timedelta(days=n)).isoformat(), "day", "relative"
    if unit == "week" and n == 1:
        return (pub - timedelta(days=7)).isoformat(), "day", "relative"  # "a week ago"
    if unit in ("week", "fortnight"):
        centre = pub - timedelta(days=(7 if unit == "week" else 14) * n)
        date_s, precision = span(centre - timedelta(days=3), centre + timedelta(days=3))
        return date_s, precision, "relative"
    if unit == "month":
        y, mo = shift_month(pub.year, pub.month, -n)
        return iso_month(y, mo), "month", "relative"
    if unit == "year":
        return f"{pub.year - n:04d}", "year", "relative"
    return f"{(pub.year - 10 * n) // 10 * 10:04d}", "decade", "relative"
