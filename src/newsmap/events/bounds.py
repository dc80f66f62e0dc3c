"""A date that only bounds a state or a deadline: "by", "until", "till", "before", "no later than".

"The commission must publish the results by Tuesday", "schools will stay closed until Monday",
"the judges will decide before the end of May" name the latest day something may happen or the
day a state ends, not a day anything happens on; most of the tuning sets and all the measure
sets read them as no event (tests/data/events/README.md: "deadlines and bounds").  What is kept:

- a date something is moved or stretched to ("postponed the vote until 23 April": the new date
  of a happening, ``moved_to``);
- a "By" or "Until" that opens its clause in a story of the past ("Until yesterday, residents
  needed visas", "By 06:00, hundreds were waiting"): it tells when the state was seen (what
  ``reached_by`` leaves of it);
- "before" a year ("property held before 1918, when ...": the year is told for itself) or right
  after a word of nearness ("shortly before midnight on Tuesday": when it happened);
- "by" naming an agent ("hit by Friday's storm", "set up by the 1995 agreement").
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.events.reached_by import opens_clause
from newsmap.events.temporal import TimeExpr
from newsmap.events.temporal.context import moved_to, words_before

__all__ = ["is_bound"]

# The words that make the date after them a bound.
_LEADS = frozenset({"by", "until", "till", "before"})
# A lead right before the date, with the words that name a part of the period ("by the end of
# March", "until late September", "no later than Monday"), or a clock time ("until 18:00 on
# Sunday").
_LEAD_BEFORE = re.compile(
    r"\b(?P<lead>[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|no[ \t]+later[ \t]+than)[ \t]+"
    r"(?:(?:the[ \t]+)?(?:end|middle|start|beginning|close)[ \t]+of[ \t]+|early[ \t]+|late[ \t]+"
    r"|mid-[ \t]*)?(?:\d\d?[:.]\d\d[ \t]+(?:on[ \t]+)?)?\Z"
)
# Words right before "before" that make it a near time, not a bound ("shortly before midnight").
_NEAR = frozenset(
    "shortly just only right soon immediately moments minutes hours days weeks months years "
    "day week month year night evening morning afternoon long well".split()
)
# The precisions "before" leaves alone (a year is told for itself).
_SPANS = frozenset({"year", "decade"})
# How many words before the lead are read.
_BACK = 8
# How far before the date a lead and its part words may stand.
_REACH = 40


def _lead_of(text: str, expr: TimeExpr) -> tuple[str, int] | None:
    """The bound's lead word and where it stands, when the date is led by one: inside the
    surface ("by Tuesday") or right before it ("until 1918")."""
    surface = expr.surface
    cut = surface.find(" ")
    first = surface[:cut].lower() if cut > 0 else ""
    if first in _LEADS:
        return first, expr.start
    m = _LEAD_BEFORE.search(text, max(0, expr.start - _REACH), expr.start)
    if m is None:
        return None
    lead = m["lead"].lower()
    return ("by" if lead.startswith("no") else lead), m.start()


def is_bound(text: str, expr: TimeExpr, published: date | None) -> bool:
    """Whether ``expr`` only bounds a state or sets a deadline (see the module's docstring)."""
    led = _lead_of(text, expr)
    if led is None:
        return False
    lead, at = led
    before = words_before(text, at, _BACK)
    if lead == "before" and (expr.precision in _SPANS or (before and before[0] in _NEAR)):
        return False  # "bought before 1990, when", "shortly before midnight on Tuesday"
    after = text[expr.end : expr.end + 3]
    if lead == "by" and (
        after[:2] in ("'s", "’s")
        or expr.surface.endswith(("'s", "’s"))
        or (expr.precision != "day" and after[:1] == " " and after[1:].isalpha())
    ):
        return False  # "hit by Friday's storm", "set up by the 1995 agreement": an agent
    if lead in ("until", "till") and moved_to(text, at, [lead, *before]):
        return False  # "postponed the vote until 23 April": the happening's new date
    if published is not None and lead in ("by", "until") and opens_clause(text, at):
        iso = published.isoformat()
        if expr.date <= iso[: len(expr.date)]:
            return False  # "By Monday morning, workers were sweeping": when it was seen
    return True
