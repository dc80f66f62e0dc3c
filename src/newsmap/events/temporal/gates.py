"""Cheap tests that spare a rule its scan, and the anchored search of "last week"-shaped rules.

A gate is a necessary condition of its rule's pattern on the lower-cased text, never more: a
pattern whose gate fails cannot match, so its scan is skipped (most articles name no weekday,
season or "ago").  Words too common to rule anything out ("year", "from") get a sharper test of
the text instead of a word list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from newsmap.events.temporal.spelling import LOWER_MONTHS, alt
from newsmap.lexicon import EN_WEEKDAYS

# "12.3." or "3/4/": one regex per separator, so each opens with a single literal character,
# which the engine finds with a tight compare loop (a leading character class costs a set test
# per character, several times slower).
NUMERIC_DATE_HINTS = (re.compile(r"\. ?\d\d?[./]"), re.compile(r"/ ?\d\d?[./]"))
# Some weekday name: found at each "day" by looking back, which is one fast scan for a literal
# instead of seven substring searches.
WEEKDAY_HINT = re.compile("day(?:" + "|".join(f"(?<={name})" for name in EN_WEEKDAYS) + ")")
# A lower-case local month followed by a day or a year ("maja 2023", "mart 5"), searched in the
# reversed text: there the date starts with its digit, a character class the engine scans for
# quickly, while forwards it starts with a common letter tried at every word.  Looser than the
# pattern (no word boundaries; lower-casing leaves a lower-case name, blanks and digits as they
# are), so only ever a necessary condition of it.
LOWER_MONTH_HINT = re.compile(r"\d(?:\s+fo)?\s+,?\.?" + alt(name[::-1] for name in LOWER_MONTHS))
#: The English words that shift a week, month or year ("last week").
MODS = frozenset({"this", "last", "next", "past", "previous"})


# A clock time ("14:20"), and a count of days or weeks before or after ("two days later").
CLOCK_HINT = re.compile(r"\d:[0-5]\d")
DAYS_LATER_HINT = re.compile(
    r"(?:day|week)s? +(?:later|after|earlier|before)|(?:next|following|previous) day"
)


def clock_hint(low: str) -> bool:
    return CLOCK_HINT.search(low) is not None


def days_later_hint(low: str) -> bool:
    """Looser than the rule only in blanks: a necessary condition once blanks are single spaces."""
    return DAYS_LATER_HINT.search(" ".join(low.split())) is not None


def numeric_date_hint(low: str) -> bool:
    return any(hint.search(low) is not None for hint in NUMERIC_DATE_HINTS)


def weekday_hint(low: str) -> bool:
    return WEEKDAY_HINT.search(low) is not None


def lower_month_hint(low: str) -> bool:
    return LOWER_MONTH_HINT.search(low[::-1]) is not None


def modifier_before(units: tuple[str, ...], mods: frozenset[str]) -> Callable[[str], bool]:
    """A gate: some ``unit`` word comes right after one of ``mods`` ("last week")."""

    endings = tuple(mods)

    def gate(low: str) -> bool:
        for unit in units:
            i = low.find(unit)
            while i >= 0:
                if i and low[i - 1].isspace():
                    word = low[max(0, i - 30) : i].rstrip()
                    # The word before must end with a modifier; testing that first (in C)
                    # spares the walk over its letters for the common "the year", "a week".
                    if word.endswith(endings):
                        j = len(word)
                        while j > 0 and word[j - 1].isalpha():
                            j -= 1
                        if word[j:] in mods:
                            return True
                i = low.find(unit, i + 1)
        return False

    return gate


def digit_after(words: tuple[str, ...]) -> Callable[[str], bool]:
    """A gate: one of ``words`` is followed, after white space, by a digit ("from 1992")."""

    def gate(low: str) -> bool:
        for word in words:
            i = low.find(word)
            while i >= 0:
                j = i + len(word)
                if low[j : j + 1].isspace() and low[j : j + 30].lstrip()[:1].isdigit():
                    return True
                i = low.find(word, j)
        return False

    return gate


def anchored_matches(
    pattern: re.Pattern[str], unit: str, text: str, low: str
) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)`` for a "last week"-shaped pattern, tried at one place per unit.

    A case-insensitive pattern offers the regex engine nothing to skip ahead with, so its scan
    costs a full match attempt per character, and "last year" is in most news.  But a match
    ends in its unit word after blanks, and begins with the word (a run of word characters)
    right before those blanks: that is the one place a match with this unit can start.  The
    unit is found in the lower-cased text, where every case-insensitive spelling of "week",
    "month" and "year" (the Kelvin sign for "K" included) reads as the plain word at the same
    offset, provided lower-casing kept the length (it always does but for a few letters such as
    "İ"; then the full scan runs).  Matches never overlap, so these are the same matches.
    """
    if len(low) != len(text):
        return pattern.finditer(text)
    found = []
    at = low.find(unit)
    while at >= 0:
        blank = at
        while blank > 0 and text[blank - 1].isspace():
            blank -= 1
        word = blank
        while word > 0 and (text[word - 1].isalnum() or text[word - 1] == "_"):
            word -= 1
        if word < blank < at:
            m = pattern.match(text, word)
            if m is not None:
                found.append(m)
        at = low.find(unit, at + 1)
    return found
