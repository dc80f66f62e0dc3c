"""The year of a year-less date inside a story told of an earlier time.

A date with no year is read by the tense as the nearest of its name before or after the
publication ("on 3 May" in a June article: this May).  A chronology or a look back names its
year once and then tells its days without it ("The strike began in late November 2017. On 2
December the miners ... On 9 January they went back"), or puts a year heading over its entries.
There a day is the next of its name after the date told just before it (within half a year), or
one shortly before that day ("Days earlier, on 28 October"), when that date lies half a year or
more from the publication: the story has moved to its own time.  A date told near the
publication ("yesterday", "last week") brings the story back; the date before must stand in the
same paragraph or the one before; a day of the month up to the publication stays the news's own
unless the story already tells its days without their year.  A month alone after a month told
with its year is not moved: a story that stays in that year tells its months "that October".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from newsmap.events.temporal.record import TimeExpr

__all__ = ["YEARLESS_RULES", "story_year"]

# The rules whose dates may name no year of their own.
YEARLESS_RULES = frozenset({"day month", "month led", "lower month led", "day of the month"})

# A year in a date's surface.
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# How far from the publication the date before must lie for its story to be of another time.
_FAR_DAYS = 183
# How far after, or before, the date before a year-less date may lie to follow it in its year.
_AHEAD_DAYS = 183
_BACK_DAYS = 31
# How near before the publication a day is the news's own whatever the story told before it.
_NEWS_DAYS = 31
# A happening named by its year and dated in apposition: "the 2016 flood, on".
_NAMED_BY_YEAR = re.compile(r"(?:[ \t]+[a-z-]+){1,2},[ \t]*(?:on[ \t]+)?")


def _paragraph_breaks(text: str, lo: int, hi: int) -> int:
    """How many blank-line breaks stand in text[lo:hi] (a single line break counts as one when
    the text has no blank lines)."""
    blank = text.count("\n\n", lo, hi)
    return blank if blank or "\n\n" in text else text.count("\n", lo, hi)


# A news-in-brief item's label opening its paragraph: "ALBANIA - ", "BOSNIA AND HERZEGOVINA -".
_ITEM_LABEL = re.compile(r"[^\W\d_a-z]{2,}(?:[ \t]+[^\W\d_a-z]{2,}){0,4}[ \t]+[-–—][ \t]")


def _new_item(text: str, lo: int, hi: int) -> bool:
    """Whether a paragraph between ``lo`` and ``hi`` opens with an item's label in capitals (a
    digest's or a news-in-brief column's next story)."""
    at = text.rfind("\n\n", lo, hi)
    if at < 0:
        return False
    m = _ITEM_LABEL.match(text, at + 2)
    return m is not None and m.group().upper() == m.group()


# How far after the day before it a day of the same sentence follows it in its year.
_NEXT_DAYS = 62


def _next_of_the_sentence(
    text: str, ref: TimeExpr, start: int, date_s: str, published: date
) -> bool:
    """Whether a year-less day read ahead of the publication follows ``ref``, a year-less day of
    the past told before it in the same sentence, by two months at most within ``ref``'s year."""
    if len(date_s) != 10 or date_s <= published.isoformat():
        return False
    if ref.precision != "day" or ref.date_source != "explicit" or ref.date[:4] == date_s[:4]:
        return False
    if ref.date >= published.isoformat() or _YEAR.search(ref.surface) is not None:
        return False
    between = text[ref.end : start]
    if "\n" in between or any(mark in between for mark in (". ", "? ", "! ", "; ")):
        return False
    gap = (int(date_s[5:7]) - int(ref.date[5:7])) * 31 + int(date_s[8:10]) - int(ref.date[8:10])
    return 0 < gap <= _NEXT_DAYS


def _month_of_the_sentence(text: str, ref: TimeExpr, start: int, date_s: str) -> bool:
    """Whether ``ref`` is a month of the same name as the day's, told without its year in the
    same sentence before it, and dated to another year."""
    if ref.precision != "month" or ref.date_source != "explicit":
        return False
    if ref.date[5:7] != date_s[5:7] or ref.date[:4] == date_s[:4]:
        return False
    if _YEAR.search(ref.surface) is not None:
        return False
    between = text[ref.end : start]
    return "\n" not in between and not any(mark in between for mark in (". ", "? ", "! "))


def _heading(text: str, expr: TimeExpr) -> bool:
    """Whether a year stands alone on its line, or opens it before a colon: a chronology's
    heading over its entries."""
    lo = text.rfind("\n", 0, expr.start) + 1
    if text.startswith(":", expr.end) and not text[lo : expr.start].strip():
        return True  # a timeline's line that opens with its year ("2022: On 20 January, ...")
    hi = text.find("\n", expr.end)
    return text[lo : len(text) if hi < 0 else hi].strip() == expr.surface


def _opens_sentence_of(text: str, ref: TimeExpr, start: int) -> bool:
    """Whether the year ``ref`` opens the sentence the date at ``start`` stands in ("That year
    it voted for independence, on 8 September"): the sentence's days are of that year."""
    before = text[max(0, ref.start - 2) : ref.start]
    if ref.start > 0 and not (before.endswith("\n") or before in (". ", "? ", "! ")):
        return False
    between = text[ref.end : start]
    return "\n" not in between and not any(mark in between for mark in (". ", "? ", "! "))


def story_year(
    text: str,
    start: int,
    end: int,
    date_s: str,
    found: Sequence[TimeExpr],
    published: date | None,
) -> str:
    """``date_s`` (a day or month of a year-less date at text[start:end], read by the tense)
    moved to the year nearest the date told before it, when the story is then of another time
    (see the module's note); ``date_s`` itself otherwise."""
    if published is None or _YEAR.search(text, start, end):
        return date_s  # one that names its year
    ref = found[-1] if found else None
    if ref is not None and _next_of_the_sentence(text, ref, start, date_s, published):
        # "the first round on 24 April, then a run-off a fortnight later, on 8 May": the next
        # day of the sentence shortly after the one before, in its year
        return ref.date[:4] + date_s[4:]
    if ref is not None and _month_of_the_sentence(text, ref, start, date_s):
        # "processions that began in December, after parliament passed the law in the early
        # hours of 27 December": the day of the month the sentence just named
        return ref.date[:4] + date_s[4:]
    if date_s > published.isoformat():
        return date_s  # a date to come
    if (
        len(date_s) == 10
        and (published - date.fromisoformat(date_s)).days <= _NEWS_DAYS
        and (ref is None or _YEAR.search(ref.surface) is not None)
    ):
        # a day of the month up to the publication is the news's own, but in a chronology
        # already telling its days without their year
        return date_s
    if ref is None or ref.precision not in ("day", "month", "year"):
        return date_s
    if _paragraph_breaks(text, ref.end, start) > 1:
        return date_s  # the date before is too far up to be what this one follows
    if _new_item(text, ref.end, start):
        return date_s  # "ALBANIA - ...": a digest's next item, another story
    if "recently " in text[max(0, start - 20) : start]:
        return date_s  # "adjourned several times, most recently on 20 January": near the news
    year: int | None
    if ref.precision == "year":
        if (
            not _heading(text, ref)
            and _NAMED_BY_YEAR.fullmatch(text, ref.end, start) is None
            and not _opens_sentence_of(text, ref, start)
        ):
            # a bare year dates the days of a chronology under it, or a happening it names
            # ("the 2016 flood, on 12 May"), no other day
            return date_s
        year = int(ref.date)
    elif len(date_s) == 7 and ref.precision == "month":
        # "became a candidate in June 2014. ... In October, France blocked": a month after a
        # month told with its year is the writer's own (a story staying in that year says "that
        # October"); a chronology moves on by its days
        return date_s
    else:
        year = _following_year(date_s, ref.date, published)
    if year is None or year == int(date_s[:4]) or abs(year - published.year) > 60:
        return date_s
    moved = f"{year:04d}{date_s[4:]}"
    if moved[5:] == "02-29" and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        return date_s
    return moved


def _following_year(date_s: str, ref: str, published: date) -> int | None:
    """The year that puts ``date_s``'s month and day next after the day or month ``ref``
    (within half a year) or shortly before a day (a month), when ``ref`` lies half a year or
    more from the publication; None otherwise."""
    ry = int(ref[:4])
    rm = int(ref[5:7])
    rd = int(ref[8:10]) if len(ref) == 10 else 15
    if abs((date(ry, rm, rd) - published).days) <= _FAR_DAYS:
        return None  # the story is told near its publication
    month, day = int(date_s[5:7]), int(date_s[8:10]) if len(date_s) == 10 else 15
    gap = (month - rm) * 31 + day - rd
    if (-_BACK_DAYS if len(date_s) == 10 else 0) <= gap <= _AHEAD_DAYS:
        return ry
    if gap < 0 and gap + 372 <= _AHEAD_DAYS:
        return ry + 1
    return None
