""" "That year", "that autumn": the year the story named last before them.

A look back names its year once and then tells what happened "that year" ("The country has
wanted to join since 1991. That year it voted for independence"), and a season told the same
way is that year too ("more than 300 hits on the old town that autumn").  The year is the last
one written before the phrase within its reach, whether it dated a happening or opened a state
("since 1991"), which the dates found before it no longer hold.  A phrase right after a date
("in December that year", "on 9 June of that year") only gives that date its year (see
``absolute``) and is no date of its own.
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.events.temporal import starts as S
from newsmap.events.temporal.record import Resolved, Rule

__all__ = ["THAT_YEAR"]

# How far back the year of "that year" may stand (a paragraph or two).
_REACH = 600
# A year written as such: not part of a longer number, an amount ("1,950") or a range's end.
_YEAR = re.compile(r"(?<![\d.,/\-–])(1[89]\d\d|20\d\d)(?![\d\-–/]|s\b)")
# What ends the text before a phrase that only gives the date before it its year.
_DATE_BEFORE = re.compile(
    r"(?:\d|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|\bof)[ \t]*\Z"
)
_UNITS = ("year", "spring", "summer", "autumn", "fall", "winter")
# A season word that names a kind of thing ("reminded that winter tyres are compulsory"): the
# "that" is the clause's conjunction, the season a noun's modifier, the noun the subject of the
# verb right after it.
_SEASON_NOUN = re.compile(
    r"[ \t]+(?!(?:it|he|she|they|we|the|a|an|its|his|her|their|our|there|and|but)\b)[a-z]+[ \t]+"
    r"(?:are|is|were|was|must|have|has|will|can|should|remain|remains)\b"
)


def h_that_year(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """The year written last before "that year" within reach, or nothing when none is."""
    if not m.group().endswith("year") and _SEASON_NOUN.match(text, m.end()) is not None:
        return None
    lo = max(0, m.start() - 12)
    if _DATE_BEFORE.search(text, lo, m.start()) is not None:
        return None  # "in December that year": the month's year, told by the month's rule
    years = _YEAR.findall(text, max(0, m.start() - _REACH), m.start())
    if not years:
        return None
    return years[-1], "year", "relative"


THAT_YEAR: Rule = Rule(
    "that year",
    re.compile(r"\b[Tt]hat[ \t]+(?:year|spring|summer|autumn|fall|winter)\b(?![-'’])"),
    h_that_year,
    starts=S.Anchor(tuple(f"that {unit}" for unit in _UNITS), back=0, itself=True),
)
