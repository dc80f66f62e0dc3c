"""A counted day and the weekday set beside it in the region's languages: "Tri dana kasnije, u
utorak, Srbija dočekuje Švajcarsku", "Dan ranije, u subotu, služeno je bdenije", "Një ditë më
parë, të dielën".

The weekday tells which of the days named before the phrase counts from: the one from which the
count lands on that weekday (the feast "juče", not the start of a walk "od petka" told in
between), as a reader checks it.  And the weekday, a second phrase for the same day, takes the
counted day: by tense alone "u utorak" with a present verb is the coming Tuesday, while the
text counts three days from the Saturday of the match before.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmap.events.temporal.local_day_ranges import weekday_number
from newsmap.events.temporal.record import TimeExpr

#: A comma, a weekday's preposition and the weekday: ", u subotu", ", v soboto", ", të dielën".
_APPOSED = re.compile(r",\s*(?:(?:u|у|v|të|te|во|в|на|na)\s+)?(?P<wd>\w+)", re.IGNORECASE)
#: How far back a counted day's base may stand (characters): a few sentences of one story.
_REACH = 1200

Resolved = tuple[str, str, str]

#: The words that open a span's start or end, or a deadline: "od", "do", "nga", "deri", "prej".
_SPAN_WORDS = frozenset("od do од до nga deri prej".split())


def anchor_days(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """The days told so far that a counted day may count from: all but a span's ends and
    deadlines ("od petka", "do nedjelje", "deri të dielën")."""
    out = []
    for expr in found:
        first = expr.surface.split(maxsplit=1)[0].lower()
        before = text[max(0, expr.start - 7) : expr.start].split()
        if first in _SPAN_WORDS or (before and before[-1].lower() in _SPAN_WORDS):
            continue
        out.append(expr)
    return out


def opens_sentence(text: str, start: int) -> bool:
    """Whether the date at ``start`` opens its sentence (after a full stop or a line break)."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def _apposed_weekday(text: str, end: int) -> int | None:
    m = _APPOSED.match(text, end)
    return weekday_number(m["wd"]) if m else None


def counted_to_weekday(
    text: str, end: int, days: str, found: list[TimeExpr], resolved: Resolved | None
) -> Resolved | None:
    """The counted day ("Dan ranije", ``days`` = "-1") from the last day told before it from
    which the count lands on the weekday set beside it; ``resolved`` (the last day's count)
    when no weekday stands beside it, when it already fits, or when no day told fits."""
    wd = _apposed_weekday(text, end)
    if wd is None or not days.lstrip("-").isdigit():
        return resolved
    if (
        resolved is not None
        and resolved[1] == "day"
        and date.fromisoformat(resolved[0]).weekday() == wd
    ):
        return resolved
    for expr in reversed(found):
        if end - expr.end > _REACH:
            break
        if expr.precision != "day":
            continue
        day = date.fromisoformat(expr.date) + timedelta(days=int(days))
        if day.weekday() == wd:
            return day.isoformat(), "day", "relative"
    return resolved


def apposed_weekday(text: str, first: TimeExpr, then: TimeExpr) -> TimeExpr | None:
    """``then``, a weekday set after a comma beside the day ``first`` names ("Tri dana kasnije,
    u utorak"), dated as ``first`` when both fall on that weekday; None otherwise."""
    if first.precision != "day" or then.precision != "day" or first.date == then.date:
        return None
    if text[first.end : then.start].strip() != ",":
        return None
    m = _APPOSED.fullmatch(text, first.end, then.end)
    if m is None:
        return None
    wd = weekday_number(m["wd"])
    if wd is None or date.fromisoformat(first.date).weekday() != wd:
        return None
    return TimeExpr(then.start, then.end, then.surface, first.date, "day", then.date_source)


def sentence_day(text: str, start: int, end: int, found: list[TimeExpr]) -> Resolved | None:
    """The last day told in the sentence before ``start`` ("sot" in "njoftoi sot se ..., dy
    ditë pas sulmit"), as a count from an untold happening set off by a comma at its clause's
    end restates it; None when none is, or when the count stands inside its clause ("radnici
    su tri dana nakon odluke zakrpili cestu")."""
    if not text[:start].rstrip().endswith(",") or text[end : end + 1] not in (".", ",", ";"):
        return None
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    for expr in reversed(found):
        if expr.start < lo:
            return None
        if expr.precision == "day":
            return expr.date, "day", "relative"
    return None
