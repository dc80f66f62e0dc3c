"""The explicit base of a comparison: "turnout was lower than in 2016", "higher than in February".

The sentence tells a state ("Prices are now 40 percent higher than in 2016"), yet the tuning
sets date what its base says of the year or month it names; a vague base ("than a year ago")
names none.  Only the base is dated then, not the other dates of a sentence that reports no
happening ("and I do not see them falling this year").
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmap.events.temporal import TimeExpr

__all__ = ["comparison_bases"]


def comparison_bases(text: str, group: Sequence[TimeExpr]) -> list[TimeExpr]:
    """The dates of ``group`` that stand right after "than" with their "in"."""
    return [
        e
        for e in group
        if e.date_source == "explicit"
        and e.surface.startswith("in ")
        and text.endswith("than ", 0, e.start)
    ]
