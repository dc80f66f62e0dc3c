"""Days counted from a feast: "dan posle Petrovdana", "два дана после Митровдана", "два дена
пред Крстовден", "dva dni po božiču".

A count of days and "after" or "before" right before a feast's name date a day that many days
from the feast; the feast alone after "posle" or "prije" is a vague span (``local_feasts``).
"""

from __future__ import annotations

import re

from newsmap.events.temporal import local_words as W

#: The words for after (+1) and before (-1) a feast.
_SIDE = {
    "sh": {"posle": 1, "poslije": 1, "nakon": 1, "после": 1, "послије": 1, "након": 1}
    | {"pre": -1, "prije": -1, "пре": -1, "прије": -1, "уочи": -1, "uoči": -1},
    "sl": {"po": 1, "pred": -1},
    "sq": {"pas": 1, "para": -1},
    "mk": {"по": 1, "после": 1, "пред": -1},
}
#: The word for day(s) in each family.
_DAYS = {
    "sh": ("dan", "dana", "дан", "дана"),
    "sl": ("dan", "dni", "dneva", "dnevi"),
    "sq": ("ditë", "ditë", "dite", "ditësh"),
    "mk": ("ден", "дена", "дни"),
}
_COUNT = re.compile(r"(?:(?P<n>\d{1,2}|\w+)\s+)?(?P<unit>\w+)\s+(?P<side>\w+)\s+$")


def days_from_feast(code: str, text: str, start: int) -> int | None:
    """The days from the feast whose name starts at ``start`` that its count before it tells
    ("dan posle" +1, "два дена пред" -2), or None when no count of days stands there."""
    found = _COUNT.search(text, max(0, start - 40), start)
    if found is None:
        return None
    side = _SIDE.get(code, {}).get(found["side"].lower())
    if side is None or found["unit"].lower() not in _DAYS.get(code, ()):
        return None
    raw = (found["n"] or "").lower()
    if raw.isdigit():
        n = int(raw)
    else:
        n = W.NUMBERS[code].get(raw, 1)
    return side * n
