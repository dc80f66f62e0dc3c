"""A year inside a name: "the 2016 accord", "its 2019 census", "Serbia's 2023 budget"; and a
month ("the December summit", "the November early election").

A year between a determiner (or a possessive) and a noun names which accord, census or
election is meant; the sentence tells what happens to that thing now, not what happened in
that year ("the 2016 accord is still a reference"), so the year is no event of its own
(tests/data/events/README.md: names with years).  It still dates what the text tells of that
thing ("the 2016 flood, on 4 May"), so it stays among the dates found.  A year followed by a
word that joins or bounds ("the 2016 and 2020 votes", "the 2016 to 2020 term") is no such name.
"""

from __future__ import annotations

from typing import Final

from newsmap.events.temporal.context import words_after, words_before
from newsmap.events.temporal.record import TimeExpr

__all__ = ["day_in_name", "month_in_name", "named_day_in_name", "year_in_name"]

# The words that make the year after them a name's attribute.
_DETERMINERS = frozenset("the its his her their our this".split())
# Words right after a year that make it no attribute of a noun.
_NOT_A_NOUN: Final = frozenset(
    "and or to till until through when where as was is were are after before in on at for "
    "from by with of than".split()
)


def year_in_name(text: str, expr: TimeExpr) -> bool:
    """Whether ``expr`` is a bare year or decade (its surface ends with it) that is a name's
    attribute: a determiner or a possessive right before it, a blank and a noun right after
    it ("the 2016 accord", "the 1990s sanctions")."""
    end = expr.end
    if expr.precision == "decade" and text[end - 5 : end - 1].isdigit() and text[end - 1] == "s":
        digits = 5  # "the 1990s sanctions", "the wars of the 1990s" aside
    elif expr.precision != "year" or not text[end - 4 : end].isdigit():
        return False
    else:
        digits = 4
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isalpha():
        return False
    before = words_before(text, end - digits, 1)
    if not before:
        return False
    first = before[0]
    if first not in _DETERMINERS and not first.endswith(("'s", "’s")):
        return False
    after = words_after(text, end, 1)
    if digits == 5 and after and (after[0] in _NO_DECADE_NOUN or after[0].endswith("ing")):
        return False  # "In the 1990s he left", "spent the 2010s buying land"
    return bool(after) and after[0] not in _NOT_A_NOUN


# Words after a decade that start the clause, no noun it names ("In the 1990s he left").
_NO_DECADE_NOUN = frozenset(
    "the a an he she it they we i you there then next this that these those his her its their our "
    "many most some several".split()
)


# Words that follow a holiday told as a time ("said on New Year's Eve that ...").
_NOT_A_NOUN_EITHER: Final = frozenset(
    "that which who the a an it he she they we there this these those his her its their "
    "while but so if had has have will would could said says instead amid despite because "
    "again too".split()
)
# A holiday's name at the end of a date's surface ("New Year's Eve", "Christmas Day").
_HOLIDAY_ENDS: Final = ("Eve", "Day")


def named_day_in_name(text: str, expr: TimeExpr) -> bool:
    """Whether a holiday's name is an attribute of a noun after it ("a New Year's Eve walk",
    "the Christmas Day service"): the kind of gathering, which another date of the sentence
    ("tonight", "planned for Tuesday") dates, or none at all."""
    end = expr.end
    if expr.precision != "day" or not expr.surface.endswith(_HOLIDAY_ENDS):
        return False
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return False
    after = words_after(text, end, 1)
    return bool(after) and after[0] not in _NOT_A_NOUN and after[0] not in _NOT_A_NOUN_EITHER


_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)
# Words after a month that tell its year or join it to another date: no noun it names.
_NOT_A_NOUN_MONTH = _NOT_A_NOUN | frozenset("last this next that of".split())


def month_in_name(text: str, expr: TimeExpr) -> bool:
    """Whether ``expr`` is a bare month between "the" (or a possessive) and a noun ("leaders met
    at the December summit", "the results of the November early election", "close to the
    December record"): which summit or election is meant, as a year inside a name is; the
    happening it names is dated, if at all, by another date of the text."""
    end = expr.end
    if expr.precision != "month" or text[end : end + 1] != " ":
        return False
    if not text[end + 1 : end + 2].islower():
        return False
    words = words_before(text, end, 2)
    if len(words) < 2 or words[0] not in _MONTH_NAMES:
        return False
    if words[1] not in _DETERMINERS and not words[1].endswith(("'s", "’s")):
        return False
    after = words_after(text, end, 1)
    return bool(after) and after[0] not in _NOT_A_NOUN_MONTH


def day_in_name(text: str, start: int, end: int) -> bool:
    """Whether the day and month at text[start:end] name a happening by its day, between "the"
    (or a possessive) and a noun ("the 11 May parliamentary vote", "the 26 November
    earthquake"): the happening is the nearest of that day, on either side of the publication,
    whatever the tense of the clause that names it ("is due to certify the results of the 11
    May vote" in June)."""
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return False
    before = words_before(text, start, 1)
    if not before or (before[0] not in _DETERMINERS and not before[0].endswith(("'s", "’s"))):
        return False
    after = words_after(text, end, 1)
    return bool(after) and after[0] not in _NOT_A_NOUN_MONTH and after[0] not in _SET_DAYS


# Nouns after a day that make it a time set for what is to come ("the 15 March deadline").
_SET_DAYS = frozenset("deadline cut-off cutoff target".split())
