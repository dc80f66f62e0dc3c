"""Days counted from a feast: "dan posle Petrovdana", "два дана после Митровдана", "два дена
пред Крстовден", "dva dni po božiču".

A count of days and "after" or "before" right before a feast's name date a day that many days
from the feast; the feast alone after "posle" or "prije" is a vague span (``local_feasts``).
A year the feast's sentence names before it ("pre dve godine ... za Vidovdan", "Prošle godine
smo za Bajram") is the feast's year (``year_told_before``).
"""

from __future__ import annotations

import re
from datetime import date

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
#: A week told as a count of days ("sedmicu dana", "teden dni"), and as a unit of its own.
_WEEK_COUNTS = frozenset("sedmicu nedelju nedjelju tjedan седмицу недељу недјељу teden".split())
_WEEK_UNITS = frozenset(("седмица", "недела", "javë", "jave"))
_COUNT = re.compile(r"(?:(?P<n>\d{1,2}|\w+)\s+)?(?P<unit>\w+)\s+(?P<side>\w+)\s+$")


#: The first, second or third day of a feast: "drugog dana Bajrama", "трећег дана Ускрса",
#: "ditën e dytë të Bajramit" is not read.
_ORDINALS = {"prvog": 0, "првог": 0, "drugog": 1, "другог": 1, "trećeg": 2, "трећег": 2}
_NTH_DAY = re.compile(
    r"(?i)(?<!\w)(?P<nth>prvog|првог|drugog|другог|trećeg|трећег)\s+(?:dana|дана)\s+$"
)


def days_from_feast(code: str, text: str, start: int) -> int | None:
    """The days from the feast whose name starts at ``start`` that its count before it tells
    ("dan posle" +1, "два дена пред" -2), or None when no count of days stands there."""
    nth = _NTH_DAY.search(text, max(0, start - 30), start)
    if nth is not None:  # "drugog dana Bajrama": the feast's second day
        return _ORDINALS[nth["nth"].lower()]
    found = _COUNT.search(text, max(0, start - 40), start)
    if found is None:
        return None
    side = _SIDE.get(code, {}).get(found["side"].lower())
    if side is not None and found["unit"].lower() in _WEEK_UNITS:
        return side * 7  # "Една седмица по Божиќ", "një javë pas"
    if side is None or found["unit"].lower() not in _DAYS.get(code, ()):
        return None
    raw = (found["n"] or "").lower()
    if raw in _WEEK_COUNTS:  # "sedmicu dana nakon Božića", "Teden dni pred": a week on
        return side * 7
    if raw.isdigit():
        n = int(raw)
    else:
        n = W.NUMBERS[code].get(raw, 1)
    return side * n


#: A year told earlier in the feast's sentence: "pre dve godine", "prije tri godine", "пред две
#: години", "prošle godine", "lani", "прошле године", "минатата година", or its digits.
_AGO = re.compile(
    r"(?i)(?<!\w)(?:pre|prije|пре|прије|пред|para)\s+(?P<n>\d{1,2}|\w+)\s+"
    r"(?:godin|годин|vjet|vite|let)\w*"
)
_LAST_YEAR = re.compile(
    r"(?i)(?<!\w)(?:(?:prošl|прошл|минат|lansk)\w*\s+(?:godin|годин|leto|vit)\w*"
    r"|lani|лани|lane|лане|vitin\s+e\s+kaluar)(?!\w)"
)
_DIGITS = re.compile(r"(?<![\d.])(?P<y>19\d\d|20\d\d)(?!\d)")


def year_told_before(code: str, text: str, start: int, pub: date) -> date | None:
    """The publication's day moved to the year the feast's sentence names before it ("Suđenje
    je počelo pre dve godine, a pretres je bio zakazan za Vidovdan"), or None."""
    lo = max(0, start - 160)
    left = max(text.rfind(c, lo, start) for c in ".!?\n") + 1 or lo
    head = text[max(lo, left) : start]
    year = None
    found = _AGO.search(head)
    if found is not None:
        raw = found["n"].lower()
        n = int(raw) if raw.isdigit() else W.NUMBERS.get(code, {}).get(raw)
        if n is not None:
            year = pub.year - n
    elif _LAST_YEAR.search(head) is not None:
        year = pub.year - 1
    else:
        digits = list(_DIGITS.finditer(head))
        if digits:
            year = int(digits[-1]["y"])
    if year is None or year == pub.year:
        return None
    return date(year, pub.month, min(pub.day, 28))
