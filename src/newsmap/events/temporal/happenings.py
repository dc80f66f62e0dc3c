"""Dates told from a happening the text named before: "the day after the vote", "a week after
the attack", "two days before the summit", "the morning after the earthquake".

Such a phrase counts from the day of the happening it names, not from the last day the text
happened to name: a timeline that has moved on to its fifth day still dates "a week after the
attack" from the attack.  The happening's day is the first day the text names in a sentence
that speaks of it (a word of the phrase, "voters" for "the vote"), else the first day of the
first paragraph that does (a timeline's entry names its day once, then tells what happened);
only when the text dates no such sentence does the phrase count from the last day named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from newsmap.events.temporal.record import TimeExpr
from newsmap.events.temporal.words import NUMBER_WORDS
from newsmap.tokens import lower_of

# The words that end a happening's noun phrase: what comes after it ("the summit in Brussels",
# "the vote was"), never part of its name.
STOP_WORDS = (
    "a an and are as at be been but by for from had has have he her his in into is it its of on "
    "or our over she than that the their them they this to was we were when which while who "
    "whom with would will"
).split()

# Words of one happening told by several nouns: an election is "the vote", "the polls", "the
# ballot"; an earthquake "the quake", "the tremor".
_FAMILIES = (
    ("vote", "elect", "poll", "ballot", "referendum", "run-off", "runoff"),
    ("earthquake", "quake", "tremor"),
    ("attack", "ambush", "assault"),
    ("fire", "blaze"),
    ("detention", "detained", "arrest"),
)
# The letters of a noun that tell its family of words ("attack" "attacked" "attackers").
_STEM = 5


def happening_keys(phrase: str) -> tuple[str, ...]:
    """The word starts by which a happening's noun phrase ("the parliamentary elections") is
    found again in the text, one entry per word: its first letters, and after a "|" those of
    the nouns of its family ("vote|elect|poll...")."""
    keys: list[str] = []
    for word in phrase.lower().split()[1:]:  # past its "the", "its", "their"
        if len(word) < 3 or word in STOP_WORDS:
            continue
        starts = [word[:_STEM]]
        for family in _FAMILIES:
            if any(word.startswith(noun[:_STEM]) for noun in family):
                starts += [noun[:_STEM] for noun in family]
        keys.append("|".join(dict.fromkeys(starts)))
    return tuple(dict.fromkeys(keys))


def _told(low: str, lo: int, hi: int, keys: Sequence[str]) -> tuple[int, int]:
    """How many of the happening's words low[lo:hi] names, and where the first of them stands
    (-1 if none)."""
    count, first = 0, -1
    for key in keys:
        at = _mentions(low, lo, hi, key.split("|"))
        if at:
            count += 1
            first = min(at) if first < 0 else min(first, *at)
    return count, first


def _mentions(low: str, lo: int, hi: int, keys: Sequence[str]) -> list[int]:
    """Where the words of low[lo:hi] that start with one of ``keys`` stand, but those that
    name a body or a rule of the happening ("the election commission", "the election law"),
    whose days are not its own."""
    found = []
    for key in keys:
        at = low.find(key, lo, hi)
        while at >= 0:
            if at == 0 or not low[at - 1].isalnum():
                m = _NEXT_WORD.match(low, at)
                if m is None or m.group(1) not in _BODIES:
                    found.append(at)
            at = low.find(key, at + 1, hi)
    return found


# The word after a word of the happening, and the nouns that make that word a body's or a rule's.
_NEXT_WORD = re.compile(r"[\w-]+[ \t]+([a-z]+)")
_BODIES = frozenset(
    "commission commissions committee law laws campaign silence observers monitors officials "
    "board results code rules authority".split()
)


# The end of a sentence, roughly: a mark and a blank, or a line's end.
_SENTENCE_MARKS = re.compile(r"[.!?][\"'”’)]*[ \t]|\n")


def _sentence_around(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """About where the sentence holding text[start:end] starts and ends (no further than
    ``limit``): between the sentence marks on either side."""
    lo = max(0, start - 400)
    begin = lo
    for m in _SENTENCE_MARKS.finditer(text, lo, start):
        begin = m.end()
    stop = _SENTENCE_MARKS.search(text, end, limit)
    return begin, stop.start() if stop is not None else limit


# The words before the day a piece came out ("an article published on Saturday about the
# attack"): the piece's day, not the happening's.  So is the day a source spoke on ("won the
# election, the commission said on Thursday"), unless the sentence counts the happening's day
# from it ("said on Tuesday, two days after the election").
_OUT_ON = ("published ", "issued ", "printed ", "posted ", "broadcast ", "aired ")
_SAID_ON = ("said ", "says ")


def happening_day(
    text: str, keys: Sequence[str], found: Sequence[TimeExpr], start: int
) -> str | None:
    """The day of the happening whose words are ``keys``, among the days ``found`` before
    ``start``: the first one whose sentence speaks of it, else the first day of the first
    paragraph that does; None when no day is told with it."""
    if not keys:
        return None
    low = lower_of(text)
    days = [
        e
        for e in found
        if e.precision == "day" and e.end <= start and not text.endswith(_OUT_ON, 0, e.start)
    ]
    # the first sentence that names most of the happening's words ("the school shooting" over
    # a sentence that names only a school)
    best: tuple[int, int, int, int] | None = None  # words named, -index, where, sentence end
    for i, expr in enumerate(days):
        lo, hi = _sentence_around(text, expr.start, expr.end, start)
        if text.endswith(_SAID_ON, 0, expr.start) and _offset_in(low, lo, hi, keys) is None:
            continue
        count, at = _told(low, lo, hi, keys)
        if count and (best is None or count > best[0]):
            best = (count, i, at, hi)
    if best is not None:
        _, i, at, hi = best
        same = [e for e in days[i:] if e.start < hi]
        offset = _offset_in(low, days[i].start, hi, keys)
        if offset is not None:
            # "said on Tuesday, two days after a general election": the happening lies that
            # far from the day the sentence told before the phrase, not on it
            told = [e for e in same if e.end <= offset[1]]
            if told:
                return (date.fromisoformat(told[-1].date) - timedelta(days=offset[0])).isoformat()
        # of the sentence's days, the first told after the happening's word ("police will
        # leave on Saturday under a deal reached late on Thursday"), else the last before
        after = [e for e in same if e.start > at]
        return (after[0] if after else same[-1]).date
    for expr in days:
        lo = text.rfind("\n", 0, expr.start) + 1
        hi = text.find("\n", expr.end, start)
        if _told(low, lo, start if hi < 0 else hi, keys)[0]:
            return expr.date
    return None


# A count of days from a happening right before its word: "two days after a general election",
# "the day after the vote", "a week before the", with up to two words of its name between.
_OFFSET = re.compile(
    r"\b(?:(?P<n>\d{1,2}|"
    + "|".join(NUMBER_WORDS)
    + r")[ \t]+(?P<unit>day|week)s?|the[ \t]+(?P<part>day|morning|evening|night))[ \t]+"
    r"(?P<dir>after|before)[ \t]+(?:a|an|the|its|their)(?:[ \t]+[a-z-]+){0,2}[ \t]+\Z"
)
_PART_DAYS = {"day": 1, "morning": 1, "evening": 0, "night": 0}


def _offset_in(low: str, lo: int, hi: int, keys: Sequence[str]) -> tuple[int, int] | None:
    """The first count of days from the happening (see ``_offset_before``) that stands right
    before one of its words in low[lo:hi]."""
    for at in sorted(a for key in keys for a in _mentions(low, lo, hi, key.split("|"))):
        offset = _offset_before(low, at)
        if offset is not None:
            return offset
    return None


def _offset_before(low: str, at: int) -> tuple[int, int] | None:
    """How many days after the happening named at ``at`` the phrase right before it lies, and
    where that phrase starts; None when no such phrase stands before it."""
    m = _OFFSET.search(low, max(0, at - 48), at)
    if m is None:
        return None
    sign = -1 if m["dir"] == "before" else 1
    if m["part"]:
        days = -1 if sign < 0 else _PART_DAYS[m["part"]]
    else:
        days = (int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"]]) * sign
        days *= 7 if m["unit"] == "week" else 1
    return days, m.start()
