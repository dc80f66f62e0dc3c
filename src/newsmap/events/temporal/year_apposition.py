"""A year told first and the day of it right after: "a similar rally in 2021, in Cetinje on 5
September", "the snap election of 2021, which was held on 14 February".

The day is of that year, and the two phrases date one happening: the day says it all, so the
year is no event beside it.  Only a place ("in Cetinje") or a "which was held" stands between
them; any other clause may tell of another time.
"""

from __future__ import annotations

import re

__all__ = ["GAP", "year_before_day"]

# What stands between the year and the day's "on" (or the day's surface, which holds its "on").
GAP = re.compile(
    r",[ \t]+(?:in[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?|which[ \t]+(?:was|were)[ \t]+[a-z]+)"
    r"[ \t]+"
)
# The year and the gap, ending at the day's "on ".
_YEAR_THEN_ON = re.compile(rf"(?<![\d,.])(1[89]\d\d|20\d\d)(?:{GAP.pattern})on[ \t]+\Z")
# How far back from the day its year may stand.
_REACH = 48


def year_before_day(text: str, lo: int, start: int) -> int | None:
    """The year told right before the day at ``start`` (after ``lo``, its sentence's start) with
    only a place or "which was held" between them, or None."""
    if not text.endswith("on ", lo, start):
        return None
    at = text.find(", ", max(lo, start - _REACH), start)
    if at < 4:
        return None
    found = _YEAR_THEN_ON.search(text, at - 4, start)
    return int(found.group(1)) if found is not None else None
