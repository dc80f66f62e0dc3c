"""The explicit base of a comparison: "turnout was lower than in 2016", "higher than in February",
"turnout was 61 percent, up from 58 percent in 2020".

The sentence tells a state ("Prices are now 40 percent higher than in 2016"), yet the tuning
sets date what its base says of the year or month it names; a vague base ("than a year ago")
names none.  Only the base is dated then, not the other dates of a sentence that reports no
happening ("and I do not see them falling this year").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmap.events.temporal import TimeExpr

__all__ = ["comparison_bases"]


def comparison_bases(text: str, group: Sequence[TimeExpr]) -> list[TimeExpr]:
    """The dates of ``group`` that stand right after "than" with their "in", or after the figure
    a measure rose or fell from or is set against ("down from 54 percent in 2018", "against 41
    percent on 9 February"); with a base found, the days the sentence measures on too ("Turnout
    on Sunday was about 40 percent, against ...": the figure of that day)."""
    bases = [
        e
        for e in group
        if e.date_source == "explicit"
        and e.surface.startswith(("in ", "on "))
        and (
            (e.surface[0] == "i" and text.endswith("than ", 0, e.start))
            or _from_figure(text, e.start)
        )
    ]
    if not bases:
        return bases
    return [e for e in group if e in bases or (e.precision == "day" and e.start < bases[0].start)]


# "from 54 percent ", "from about 1,950 euros ", "against 41 percent ": the figure and its unit
# before the base's "in" or "on".
_FROM_FIGURE = re.compile(
    r"\b(?:from|against)[ \t]+(?:about[ \t]+|around[ \t]+|nearly[ \t]+|almost[ \t]+|some[ \t]+)?"
    r"\d[\d.,]*%?(?:[ \t]+[a-z]+){0,2}[ \t]+\Z"
)


def _from_figure(text: str, start: int) -> bool:
    """Whether a figure told with "from" or "against" stands right before the date at
    ``start``."""
    lo = start - 48 if start > 48 else 0
    window = text[lo:start]
    return ("from " in window or "against " in window) and _FROM_FIGURE.search(
        text, lo, start
    ) is not None
