"""Dates something is set for or moved to: "called a rally for 10 August", "postponed to
January", "extended the ban on Friday until 23 April".

Such a date is the nearest one of its name, whatever the tense of the clause around it: the
plan or the move is told in the past, the day it names may lie either side of the publication.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["moved_to", "set_for"]


# Verbs that move a happening to another date ("postponed to January", "put off until Monday").
_MOVED = frozenset(
    "postponed delayed moved pushed rescheduled adjourned deferred back off forward".split()
)


def set_for(before: list[str]) -> bool:
    """Whether the date is one something is set for or moved to, by the words right before it
    (``words_before``, nearest first): "called a rally for 10 August", "postponed to January".
    Such a date is the nearest one of its name, whatever the tense of the clause."""
    if not before:
        return False
    if before[0] == "for" or before[:2] in (["from", "effect"], ["from", "effective"]):
        return True  # "set for", "with effect from 15 March"
    return before[0] in ("to", "until", "till") and len(before) > 1 and before[1] in _MOVED


# A verb that moves or stretches a happening or a state, in any form ("postpone", "extended",
# "prolongs", "put off", "pushed back").
_MOVING: Final = re.compile(
    r"\b(?:[Pp]ostpon|[Dd]elay|[Ee]xtend|[Pp]rolong|[Aa]djourn|[Dd]efer|[Rr]eschedul|[Ss]uspend"
    r"|put\s+off|push(?:ed|es)?\s+back)"
)
# The words between "until" and a date that name a part of it.
_SPAN_WORDS: Final = frozenset("of the end beginning start middle early late mid".split())
# How far back in its sentence the verb that moves a date to "until 23 April" may stand.
_MOVING_REACH: Final = 300


def moved_to(text: str, start: int, before: list[str]) -> bool:
    """Whether the date is one something is moved or stretched to, by a verb far back in its
    sentence ("decided to postpone the elections in four municipalities, which had been
    scheduled for 18 December, until 23 April", "extended the ban on Friday until 23 April"):
    as with ``set_for``, the nearest date of its name, whatever the tense of the clauses
    between the verb and the date."""
    if set_for(before):
        return True
    while before and before[0] in _SPAN_WORDS:
        before = before[1:]  # "until the end of April", "until late September"
    if not before or before[0] not in ("until", "till", "to"):
        return False
    lo = max(0, start - _MOVING_REACH)
    cut = max([text.rfind(mark, lo, start) for mark in (". ", "! ", "? ", "\n")])
    return _MOVING.search(text, max(lo, cut + 1), start) is not None
