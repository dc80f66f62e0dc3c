"""Cheap tests that spare a rule its scan: a necessary condition of its pattern on the text.

A gate reads the lower-cased text (``Scan.low``) and never asks more than the pattern does: a
pattern whose gate fails cannot match, so its scan is skipped (most articles name no weekday,
season or "ago").  Words too common to rule anything out ("year", "from") get a sharper test of
the text instead of a word list.  Each test is written for speed, and
tests/unit/events/test_fast_paths.py holds it to the plain formulation it stands for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsmap.events.temporal.spelling import LOWER_MONTHS
from newsmap.events.temporal.starts import Scan, digit_runs
from newsmap.lexicon import EN_WEEKDAYS

# "12.3." or "3/4/": one regex per separator, so each opens with a single literal character,
# which the engine finds with a tight compare loop (a leading character class costs a set test
# per character, several times slower).
NUMERIC_DATE_HINTS = (re.compile(r"\. ?\d\d?[./]"), re.compile(r"/ ?\d\d?[./]"))
# Some weekday name: found at each "day" by looking back, which is one fast scan for a literal
# instead of seven substring searches.
WEEKDAY_HINT = re.compile("day(?:" + "|".join(f"(?<={name})" for name in EN_WEEKDAYS) + ")")
#: The English words that shift a week, month or year ("last week").
MODS: frozenset[str] = frozenset({"this", "last", "next", "past", "previous"})
# A clock time ("14:20"), opening with its colon: a literal, which the engine skips to.
CLOCK_HINT = re.compile(r":(?<=\d:)[0-5]\d")
# "two days later" from its unit on, and the words before "the next day".
_DAYS_LATER: Final = re.compile(r"(?:day|week)s?\s+(?:later|after|earlier|before)")
_DAY_AFTER: Final = ("next", "following", "previous")
# "two years later", "hours later"; never with "after"
_LONG_UNITS: Final = ("month", "year", "months", "years", "hour", "hours")
_LOWER_MONTHS: Final = frozenset(LOWER_MONTHS)
_MONTH_LENGTHS: Final = sorted({len(name) for name in LOWER_MONTHS})
_MONTH_ENDINGS: Final = frozenset(
    name[-3:] for name in LOWER_MONTHS
)  # every name has three letters
_Gate = Callable[[Scan], bool]


#: The words the gates below look for in every text (``starts.Words``): one pass finds them.
GATE_WORDS: tuple[str, ...] = (
    "later",
    "earlier",
    "day",
    "week",
    "month",
    "year",
    "between",
    "from",
)

#: The clock's words ("at noon").
NOON: tuple[str, ...] = ("noon", "midnight", "midday")


def clock_hint(scan: Scan) -> bool:
    """Some digit, a colon and a minute's first digits ("14:20"), or a word of the clock."""
    return CLOCK_HINT.search(scan.low) is not None or scan.has_any(NOON)


def days_later_hint(scan: Scan) -> bool:
    """Some "day(s)" or "week(s)" then blanks and "later", "after", "earlier" or "before", some
    "month(s)" or "year(s)" then blanks and "later" or "earlier", or
    "next", "following" or "previous" then blanks and "day" (the rule's words, without its word
    boundaries or number): tried where "day" and "week" stand, not at every character."""
    low = scan.low
    for word in ("later", "earlier"):  # "two years later": found from the rarer word back
        for at in scan.places(word):
            j = at
            while j > 0 and low[j - 1].isspace():
                j -= 1
            if j < at and low.endswith(_LONG_UNITS, 0, j):
                return True
    for unit in ("day", "week"):
        for at in scan.places(unit):
            if _DAYS_LATER.match(low, at):
                return True
            if unit == "day":
                j = at
                while j > 0 and low[j - 1].isspace():
                    j -= 1
                if j < at and low.endswith(_DAY_AFTER, 0, j):
                    return True
    return False


def numeric_date_hint(scan: Scan) -> bool:
    """Whether a hint of ``NUMERIC_DATE_HINTS`` stands in the lower-cased text: a full stop or
    slash, maybe a blank, one or two digits and a full stop or slash ("12.3.", "3/4/").

    Read at the runs of digits (found once per text, for the rules that start at them) instead
    of two searches of the whole text: a hint's digits open a run, as no digit stands right
    before them."""
    low = scan.low
    size = len(low)
    for at in scan.starts(digit_runs):
        if at == 0:
            continue
        mark = low[at - 1]
        if mark == " ":
            if at < 2 or low[at - 2] not in "./":
                continue
        elif mark not in "./":
            continue
        nxt = at + 1
        if nxt < size and (
            low[nxt] in "./" or (low[nxt].isdecimal() and nxt + 1 < size and low[nxt + 1] in "./")
        ):
            return True
    return False


def weekday_hint(scan: Scan) -> bool:
    return WEEKDAY_HINT.search(scan.low) is not None


def lower_month_hint(scan: Scan) -> bool:
    """A lower-case local month name, maybe a full stop and a comma, blanks, maybe "of" and
    blanks, and a digit ("maja 2023", "mart 5"); looser than the rule (no word boundaries).

    Read backwards from each run of digits, which are few: a scan for the names themselves would
    try a match at every word, as they start with the commonest letters.
    """
    low = scan.low
    for at in scan.starts(digit_runs):
        end = _blanks_before(low, at)
        if end == at:
            continue
        if _month_before(low, end):
            return True
        if low.endswith("of", 0, end):
            before_of = _blanks_before(low, end - 2)
            if before_of < end - 2 and _month_before(low, before_of):
                return True
    return False


def _blanks_before(low: str, at: int) -> int:
    """Where the run of blanks that ends at ``at`` starts (``at`` if there is none)."""
    while at > 0 and low[at - 1].isspace():
        at -= 1
    return at


def _month_before(low: str, end: int) -> bool:
    """Whether a lower-case month name ends at ``end``, or before a "." and/or "," ending there."""
    if low[end - 3 : end] not in _MONTH_ENDINGS and low[end - 1 : end] not in (".", ","):
        return False  # the usual case ("in 2023"), told without building the generator below
    ends = [end]
    if low[end - 1 : end] in (".", ","):
        ends.append(end - 1)
    if low[end - 2 : end] == ".,":
        ends.append(end - 2)
    return any(
        low[e - n : e] in _LOWER_MONTHS
        for e in ends
        if low[e - 3 : e] in _MONTH_ENDINGS
        for n in _MONTH_LENGTHS
        if n <= e
    )


def modifier_before(units: tuple[str, ...], mods: frozenset[str]) -> _Gate:
    """A gate: some ``unit`` word comes right after one of ``mods`` ("last week")."""

    endings = tuple(mods)

    def gate(scan: Scan) -> bool:
        low = scan.low
        for unit in units:
            for i in scan.places(unit):
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
        return False

    return gate


def digit_after(words: tuple[str, ...]) -> _Gate:
    """A gate: one of ``words`` is followed, after white space, by a digit ("from 1992")."""
    return DigitAfter(words)


class DigitAfter:
    """``digit_after``'s gate, whose ``words`` a language family's shared pass finds
    (``family_words``)."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words

    def __call__(self, scan: Scan) -> bool:
        low = scan.low
        for word in self.words:
            if scan.shares(word):
                # every place of the word, from the shared pass (a search from past the last
                # one skipped only places that overlap it: the gate may pass more, never less)
                for i in scan.places(word):
                    j = i + len(word)
                    if low[j : j + 1].isspace() and low[j : j + 30].lstrip()[:1].isdigit():
                        return True
                continue
            i = low.find(word)
            while i >= 0:
                j = i + len(word)
                if low[j : j + 1].isspace() and low[j : j + 30].lstrip()[:1].isdigit():
                    return True
                i = low.find(word, j)
        return False
