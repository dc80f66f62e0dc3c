"""Habits told without "every": a date after an adverb of custom in a clause of the present.

"Trams normally stop at midnight", "the city traditionally holds a concert that night": the
time comes round again, no happening is dated by it.  The same adverb in a clause about what is
to come ("will publish the results on Sunday, and it usually gives a fuller picture on Monday")
says how the day will go, and its date stays an event.
"""

from __future__ import annotations

import re
from typing import Final

from newsmap.events.temporal.context import words_before
from newsmap.events.temporal.words import FUTURE_MARKERS

# An adverb of custom, then words of its clause (no comma or sentence mark) up to the date.
_CUSTOM: Final = re.compile(
    r"\b(?:normally|usually|traditionally|typically|customarily|routinely|regularly)\b"
    r"[^.,;:!?\n]{0,70}\Z"
)
# Every adverb above ends so: a substring test spares the regex in most windows.
_ENDINGS: Final = ("ally ", "arly ", "inely ")
_REACH: Final = 80
# How many words back a word of the future is looked for: the sentence's, up to its start ("will
# publish the first preliminary results on Sunday night, and it usually gives ... on Monday").
_SENTENCE_WORDS: Final = 30
_FALLS: Final = ("falls on ", "fall on ")
# A feast's day told for this year or month ("falls on 5 April ... this year").
_THIS_TIME: Final = re.compile(r"\bthis[ \t]+(?:year|month)\b")


def custom_before(text: str, start: int, end: int) -> bool:
    """Whether an adverb of custom stands before the date in its clause and the clause is no
    future one, or the date is a feast's day of the calendar ("the Orthodox New Year falls on 14
    January", no year told): a habit's time, no event."""
    # every one of _FALLS ends with "n " and is 8 characters or more (a method call with a
    # tuple and bounds costs some thirty character reads)
    if (
        start >= 8
        and text[start - 1] == " "
        and text[start - 2] == "n"
        and text.endswith(_FALLS, start - 9 if start > 9 else 0, start)
    ):
        verb = start - (9 if text.endswith("falls on ", 0, start) else 8)
        if verb == 0 or not text[verb - 1].isalpha():  # not "closed by a rockfall on Friday"
            if _THIS_TIME.search(text, max(0, verb - 30), min(len(text), end + 60)):
                return False  # "Easter falls on 5 April ... this year": this year's feast day
            return not any(map(str.isdigit, text[start:end].split()[-1]))
    window = text[start - _REACH if start > _REACH else 0 : start]
    if "ly " not in window:
        return False  # every ending below ends so: one search of the window for most dates
    if not any([ending in window for ending in _ENDINGS]):
        return False
    if _CUSTOM.search(window) is None:
        return False
    # a word of the future in the sentence before it; a verb of the timetable after the adverb
    # ("traditionally opens at noon") is its habit's present
    return FUTURE_MARKERS.isdisjoint(words_before(text, start, _SENTENCE_WORDS))


_PLURAL_DAYS: Final = ("weekdays ", "weekends ", "daily ")
# A weekday in the plural right before a date that starts a habit ("on Sundays from next week").
_WEEKDAYS_FROM: Final = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days[ \t]+from[ \t]+\Z"
)
_EVERY_BEFORE: Final = ("every ", "Every ", "each ", "Each ", "every day ", "each day ")
_EVERY_AFTER: Final = re.compile(
    r",?[ \t]+(?:(?:be[ \t]+[a-z]+ed[ \t]+)?(?:every|each)[ \t]+"
    r"(?:day|week|month|year|morning|evening|night)\b"
    # "on Saturday mornings", "the first Monday of each month", "as it does every year"
    r"|(?:morning|afternoon|evening|night)s\b|of[ \t]+(?:every|each)[ \t]+month\b|daily\b"
    # "at 11:52 on the first of every month": a clock time of a monthly day
    r"|on[ \t]+the[ \t]+(?:first|last|[123]?\d(?:st|nd|rd|th))[ \t]+(?:day[ \t]+)?of[ \t]+"
    r"(?:every|each)[ \t]+month\b"
    r"|as[ \t]+(?:(?:it|they)[ \t]+(?:does|do)[ \t]+)?(?:every|each)[ \t]+year\b)"
)


def is_habitual(text: str, start: int, end: int) -> bool:
    """Whether the date names a time that comes round again ("every Sunday", "at 17:00 every
    day", "every day at 11:52", "falls on 7 January every year", "that 8 September be marked
    each year", "every other Sunday", "every Tuesday and Friday", "on Saturday mornings", "the
    first Monday of each month"): a habit or a rule, no happening on one day.  Told first by
    one character on each side ("every ", "each " and "every day " end with "y " or "h ", the
    words after a date start with "e", "b", "m", "a", "o", "n" or "d") or a substring test of the
    words before, as most dates are no habit."""
    if (
        start >= 6
        and text[start - 2] in "yh"
        and text[max(0, start - 10) : start].endswith(_EVERY_BEFORE)
    ):
        return True
    if (
        start >= 6
        and text[start - 1] == " "
        and text[start - 2] in "sy"  # every one of _PLURAL_DAYS ends so, 6 characters or more
        and text.endswith(_PLURAL_DAYS, start - 12 if start > 12 else 0, start)
    ):
        return True  # "goes out on weekdays at 07:00"
    near = text[start - 24 if start > 24 else 0 : start]
    if "days " in near and _WEEKDAYS_FROM.search(near) is not None:
        return True  # "returns on Thursdays from 13 April": a habit's first day
    if end + 1 < len(text) and (text[end + 1] in "ebmaond" or text[end] == ","):
        # the pattern opens with a comma or a blank: any other character fails it at once
        if text[end] in ", \t" and _EVERY_AFTER.match(text, end) is not None:
            return True
    # "every other Sunday", "every Tuesday and Friday", "every year on 11 July", "every evening
    # at 19:00": more words between "every" and the date
    window = text[start - 48 if start > 48 else 0 : start]
    if ("very " in window or "ach " in window) and _EVERY_FAR.search(window) is not None:
        return True
    # "on the first Monday in September", "the last Sunday of March": a rule's weekday
    if text.endswith("day", start, end) and _ORDINAL_BEFORE.search(window) is not None:
        return True
    # "Trams normally stop at midnight"
    if custom_before(text, start, end):
        return True
    # "designates 11 July as a day of remembrance, to be marked every year"
    return text[end - 1 : end].isalpha() and _marked_yearly(text, end)


# A day named as one to be marked every year, told after it in its sentence.
_YEARLY: Final = re.compile(
    r"\b(?:marked|held|celebrated|observed|commemorated)[ \t]+(?:every|each)[ \t]+year\b"
    r"|\b(?:marked|held|celebrated|observed|commemorated)[ \t]+annually\b"
    # "designated 11 July as an international day of remembrance": a day of the calendar
    r"|^[ \t]+as[ \t]+an?[ \t]+(?:international|annual)[ \t]+day\b"
)
_YEARLY_REACH: Final = 120


def _marked_yearly(text: str, end: int) -> bool:
    """Whether the sentence goes on to say the day is marked every year."""
    chunk = text[end : end + _YEARLY_REACH]
    if "year" not in chunk and "annually" not in chunk and "l day" not in chunk:
        return False  # nor in the sentence's part of it, cut below: the pattern needs one
    for mark in (". ", ".\n", "\n"):
        cut = chunk.find(mark)
        if cut >= 0:
            chunk = chunk[:cut]
    if "year" not in chunk and "annually" not in chunk and "l day" not in chunk:
        return False
    return _YEARLY.search(chunk) is not None


# A habit's date told a few words after "every" or "each": "every other Sunday", "each second
# Monday", "every Tuesday and Friday", "every Monday, Wednesday and Friday", "every year on 11
# July", "every evening at 19:00".
_EVERY_FAR: Final = re.compile(
    r"\b(?:[Ee]very|[Ee]ach)[ \t]+(?:(?:other|second|third|fourth|first|last)[ \t]+"
    r"|(?:day|week|month|year|morning|afternoon|evening|night|weekday),?[ \t]+(?:(?:on|in)[ \t]+)?"
    r"|(?:[A-Z][a-z]+day,?[ \t]+)+(?:(?:and|or)[ \t]+)?"
    # "every second Sunday of October": the month a weekday's habit falls in
    r"|(?:(?:other|second|third|fourth|first|last)[ \t]+)?[A-Z][a-z]+day[ \t]+(?:of|in)[ \t]+)\Z"
)
_ORDINAL_BEFORE: Final = re.compile(r"\b[Tt]he[ \t]+(?:first|second|third|fourth|last)[ \t]+\Z")
