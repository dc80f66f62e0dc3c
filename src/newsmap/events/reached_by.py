"""A day already past that only bounds a state reached by then: no happening of its own.

"By Monday, police had detained 20 people" and "and by this morning the count showed" tell how
far something had come when the day arrived; what happened is spread over the days before it.
A bound still to come ("will be finished by Friday") is left to the sentence's reading, as is a
clock time ("By 06:00, hundreds were waiting": the time the crowd was seen) and a month (the
tuning sets read "by the end of March" in a past sentence either way).  Only a "by" that opens
its clause counts: after a verb ("had returned by Monday morning") it can date the arrival.
"""

from __future__ import annotations

from datetime import date

from newsmap.events.temporal import TimeExpr

__all__ = ["opens_clause", "reached_by"]

# The precisions a past bound is dropped at (a month's "by the end of March" is read both ways).
_PRECISIONS = frozenset({"day", "year", "decade"})
# What stands right before a "by" that opens its clause.
_CLAUSE_MARKS = frozenset(",.:;\n")
# The words of a clock time that name no digits.
_CLOCK_WORDS = ("noon", "midnight", "midday")


def opens_clause(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence or clause: after a mark, "and", or
    nothing but blanks."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] in _CLAUSE_MARKS:
        return True
    return text.endswith("and", 0, i) and (i == 3 or not text[i - 4].isalnum())


def reached_by(text: str, expr: TimeExpr, published: date | None) -> bool:
    """Whether ``expr`` is a bound past at publication that opens its clause with "by" ("By
    Monday, police had detained", "and by this morning the count showed", "By the late 2000s
    he had turned"): not the day of a happening."""
    surface = expr.surface
    if published is None or surface[:3] not in ("by ", "By ") or expr.precision not in _PRECISIONS:
        return False
    if ":" in surface or surface.endswith(_CLOCK_WORDS):
        return False
    iso = published.isoformat()
    if expr.date > iso if expr.precision == "day" else expr.date >= iso[:4]:
        return False  # a bound still to come (or the year it stands in)
    after = text[expr.end : expr.end + 2]
    if expr.precision == "year" and after[:1] == " " and after[1:].isalpha():
        return False  # "set up by the 1995 agreement": a name's year, no bound
    return opens_clause(text, expr.start)
