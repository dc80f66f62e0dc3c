"""A time that names the period a sum or a record is kept for, not when anything happened.

"The budget for next year would reach parliament", "next year's budget was approved", "data for
February will be published tomorrow", "membership fees for the next year", "prices at twice
last year's level", "the 2026 supplementary budget": the time labels the books or the measure
(a name with a year, a reporting period, a vague comparison base in the conventions), and the
happening of the sentence, if any, has its own date ("tomorrow", "this afternoon").
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["names_a_period", "vague_base"]

# The nouns of a sum or record kept for a period, before "for" ("the budget for 2025").
_FOR_NOUNS = re.compile(
    r"\b(?:budgets?|data|figures|statistics|fees|accounts|sales)[ \t]+for[ \t]+"
    r"(?:the[ \t]+)?\Z"
)
# ... and after the time's possessive ("next year's budget", "last year's level").
_OWNED_NOUNS = re.compile(
    r"(?:'s|’s)[ \t]+(?:(?:state|supplementary|revised|draft|annual|national|city|municipal)"
    r"[ \t]+)?(?:budgets?|levels?|figures?|totals?|average|accounts)\b"
)
# A year before an adjective and an account noun ("the 2026 supplementary budget").
_YEAR_BUDGET = re.compile(
    r"[ \t]+(?:state|supplementary|revised|draft|annual|national|city|municipal|federal"
    r"|cantonal|regional)[ \t]+(?:budgets?|accounts)\b"
)
_REACH = 28


# A reporting period before its year: "the first nine months of", "the same period of".
_PERIOD_ENDS = ("months of ", "period of ")
_REPORTING = re.compile(
    r"\b(?:first|last|past)[ \t]+(?:[a-z]+[ \t]+)?months[ \t]+of[ \t]+\Z"
    r"|\bsame[ \t]+period[ \t]+of[ \t]+\Z"
)


def names_a_period(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is the period a budget, data, fees or a level are
    kept for.  Told first by a substring test: most dates have no "for " right before them and
    no possessive or account adjective right after."""
    if text.endswith(_PERIOD_ENDS, start - 10 if start > 10 else 0, start):
        if _REPORTING.search(text, max(0, start - 40), start) is not None:
            return True  # "the first nine months of 2021", "the same period of 2020"
    if text.endswith(("for ", "for the "), start - 8 if start > 8 else 0, start):
        lo = start - _REACH if start > _REACH else 0
        return _FOR_NOUNS.search(text, lo, start) is not None
    nxt = text[end : end + 1]
    if nxt in ("'", "’"):
        return _OWNED_NOUNS.match(text, end) is not None
    if nxt == " " and text[end - 1 : end].isdigit() and text[start:end].strip().isdigit():
        return _YEAR_BUDGET.match(text, end) is not None
    return False


# A base of comparison told only as a distance back ("than a year ago", "of what it was a year
# earlier", "at this time last year"): no month or year named, no event in the conventions.
_VAGUE_BEFORE: Final = re.compile(
    r"\b(?:than|what[ \t]+(?:it|they)[ \t]+(?:was|were)|compared[ \t]+(?:with|to))[ \t]+\Z"
)
_DISTANCES: Final = (
    "a year earlier",
    "a year ago",
    "a month earlier",
    "a month ago",
    "a week earlier",
)


def vague_base(text: str, start: int, end: int) -> bool:
    """Whether the date is a vague base of comparison: "at this time last year", or a distance
    back right after "than", "what it was" or "compared with"."""
    surface = text[start:end].lower()
    if surface == "last year":
        return text.endswith("this time ", start - 10 if start > 10 else 0, start)
    if surface in _DISTANCES:
        lo = start - 24 if start > 24 else 0
        return _VAGUE_BEFORE.search(text, lo, start) is not None
    return False
