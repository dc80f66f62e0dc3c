"""A month or year named as the stretch most of which, or the first days of which, a state
fills: "business slows for most of August", "both clubs will spend most of January in camps",
"the first two days of January being public holidays".

Such a phrase tells how long something lasts within the period, no happening on a date of it
(no tuning set annotates one; "over the whole of last year", a year's total, is left alone, and
so is "in the first days of January", which names when something happens).
"""

from __future__ import annotations

import re

from newsmap.events.temporal import TimeExpr

__all__ = ["within_a_stretch"]

# The words right before the date: "most of", "much of", "the first two days of", "the last
# few weeks of".
_STRETCH_BEFORE = re.compile(
    r"\b(?:[Mm]ost|[Mm]uch|[Tt]he[ \t]+(?:first|last)[ \t]+(?:two|three|four|five|six|seven|ten"
    r"|\d\d?)[ \t]+(?:days|weeks))"
    r"[ \t]+of[ \t]+\Z"
)
_REACH = 40


def within_a_stretch(text: str, expr: TimeExpr) -> bool:
    """Whether ``expr`` (a month or a year) is named as the stretch a state fills part of."""
    if expr.precision not in ("month", "year") or not text.endswith("of ", 0, expr.start):
        return False
    lo = expr.start - _REACH if expr.start > _REACH else 0
    return _STRETCH_BEFORE.search(text, lo, expr.start) is not None
