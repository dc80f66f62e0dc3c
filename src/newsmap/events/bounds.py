"""A date that only bounds a state or a deadline: "by", "until", "till", "before", "no later than".

"The commission must publish the results by Tuesday", "schools will stay closed until Monday",
"the judges will decide before the end of May" name the latest day something may happen or the
day a state ends, not a day anything happens on; most of the tuning sets and all the measure
sets read them as no event (tests/data/events/README.md: "deadlines and bounds").  What is kept:

- a date a happening is moved to ("postponed the vote until 23 April": its new date; a state
  stretched "until 30 April" stays a bound);
- a "By" or "Until" that opens its clause in a story of the past ("Until yesterday, residents
  needed visas", "By 06:00, hundreds were waiting"): it tells when the state was seen (what
  ``reached_by`` leaves of it);
- "before" or "after" a year with a happening told in apposition ("property held before 1918,
  when ...": the year is told for itself; "issued before 2011" only bounds), or "before" right
  after a word of nearness ("shortly before midnight on Tuesday": when it happened);
- "by" naming an agent ("hit by Friday's storm", "set up by the 1995 agreement").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from newsmap.events.reached_by import opens_clause
from newsmap.events.temporal import TimeExpr
from newsmap.events.temporal.context import words_before

__all__ = ["is_bound"]

# The words that make the date after them a bound.
_LEADS: Final = frozenset({"by", "until", "till", "before", "after"})
# A lead right before the date, with the words that name a part of the period ("by the end of
# March", "until late September", "no later than Monday", "until the evening of 6 December"),
# or a clock time ("until 18:00 on Sunday").
_LEAD_BEFORE: Final = re.compile(
    r"\b(?P<lead>[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|no[ \t]+later[ \t]+than)[ \t]+"
    r"(?:(?:the[ \t]+)?(?:end|middle|start|beginning|close)[ \t]+of[ \t]+|early[ \t]+|late[ \t]+"
    r"|mid-[ \t]*|the[ \t]+(?:morning|afternoon|evening|night)[ \t]+of[ \t]+)?"
    r"(?:(?:\d\d?[:.]\d\d|noon|midnight)[ \t]+(?:on[ \t]+)?)?\Z"
)
# Pieces one of which every match of _LEAD_BEFORE holds (its lead, and the blank after "by").
_LEAD_PIECES: Final = ("y ", "y\t", "ntil", "ill", "efore", "fter", "later")
# Words right before "before" that make it a near time, not a bound ("shortly before midnight").
_NEAR: Final = frozenset(
    "shortly just only right soon immediately moments minutes hours days weeks months years "
    "day week month year night evening morning afternoon long well".split()
)
# The precisions of a year told before or after, and what tells it for a happening of its own
# ("before 1918, when Montenegro joined", "before 1918, the year Montenegro lost ...").
_SPANS: Final = frozenset({"year", "decade"})
_TOLD_FOR_ITSELF: Final = re.compile(r",?[ \t]+(?:when|the[ \t]+year)\b")
# Opening hours right before a day ("from 09:00 to 20:00 on Monday").
_HOURS_BEFORE: Final = re.compile(
    r"\b[Ff]rom[ \t]+\d\d?[:.]\d\d[ \t]*(?:to|until|till|-|–)[ \t]*\d\d?[:.]\d\d[ \t]+"
    r"(?:on[ \t]+)?\Z"
)
# A count up to the day of writing ("145,000 arrivals so far this year", "this year so far"):
# the period counted, no happening's time.
_SO_FAR_BEFORE: Final = re.compile(r"\b[Ss]o[ \t]+far[ \t]+(?:in[ \t]+)?\Z")
_SO_FAR_AFTER: Final = re.compile(r"[ \t]+so[ \t]+far\b")
# A deadline told after its date.
_AT_THE_LATEST: Final = re.compile(r",?[ \t]+at[ \t]+the[ \t]+latest\b")
# How many words before the lead are read.
_BACK: Final = 8
# How far before the date a lead and its part words may stand.
_REACH: Final = 40


def _lead_of(text: str, expr: TimeExpr) -> tuple[str, int] | None:
    """The bound's lead word and where it stands, when the date is led by one: inside the
    surface ("by Tuesday") or right before it ("until 1918")."""
    surface = expr.surface
    cut = surface.find(" ")
    first = surface[:cut].lower() if cut > 0 else ""
    if first in _LEADS:
        return first, expr.start
    lo = max(0, expr.start - _REACH)
    window = text[lo : expr.start]
    if not any(piece in window for piece in _LEAD_PIECES):
        return None  # no lead there: spares the pattern, tried at every character of the window
    m = _LEAD_BEFORE.search(text, lo, expr.start)
    if m is None:
        return None
    lead = m["lead"].lower()
    return ("by" if lead.startswith("no") else lead), m.start()


# A year named as an agent's ("set up by the 1995 agreement"): "by", maybe "the", the year, a noun.
_AGENT_YEAR = re.compile(
    r"[Bb]y[ \t]+(?:the[ \t]+)?\d{4}"
    # "left homeless by the 26 November earthquake": a happening named by its day
    r"|[Bb]y[ \t]+the[ \t]+(?:[0-3]?\d[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+[0-3]?\d)"
)
# Words after a year that do not make it a noun's ("by 2027 at the latest", "by 2030 and").
_NOT_A_NOUN = frozenset(
    "and or but at as in on to for when if than with deadline cut-off cutoff target".split()
)


# A verb that moves a happening to a later date ("postponed", "put off", "adjourned"); one that
# stretches a state ("extended until 30 April") leaves a bound.
_POSTPONING = re.compile(
    r"\b(?:[Pp]ostpon|[Dd]elay|[Aa]djourn|[Dd]efer|[Rr]eschedul|put\s+off|push(?:ed|es)?\s+back"
    r"|moved)"
)
# How far back in its sentence the verb may stand.
_POSTPONING_REACH = 300


def _postponed(text: str, at: int) -> bool:
    """Whether a verb that moves a happening stands before ``at`` in its sentence."""
    lo = max(0, at - _POSTPONING_REACH)
    cut = max([text.rfind(mark, lo, at) for mark in (". ", "! ", "? ", "\n")])
    return _POSTPONING.search(text, max(lo, cut + 1), at) is not None


def _agent(text: str, at: int, expr: TimeExpr) -> bool:
    """Whether "by" names an agent ("hit by Friday's storm", "set up by the 1995 agreement")
    rather than a deadline ("by the end of November and", "by March at the latest")."""
    after = text[expr.end : expr.end + 24]
    if after[:2] in ("'s", "’s") or expr.surface.endswith(("'s", "’s")):
        return True
    if _AGENT_YEAR.fullmatch(text, at, expr.end) is None or after[:1] != " ":
        return False
    word = after[1:].split(" ", 1)[0]
    if not word.isalpha() or word.lower() in _NOT_A_NOUN:
        return False
    return word.islower() or " the " in text[at : expr.end]  # "by the 1995 Dayton agreement"


def is_bound(text: str, expr: TimeExpr, published: date | None) -> bool:
    """Whether ``expr`` only bounds a state or sets a deadline (see the module's docstring)."""
    if _SO_FAR_AFTER.match(text, expr.end) is not None or (
        "far" in text[expr.start - 8 : expr.start]
        and _SO_FAR_BEFORE.search(text, max(0, expr.start - 12), expr.start) is not None
    ):
        return True  # "so far this year": the period counted to the day of writing
    if _AT_THE_LATEST.match(text, expr.end) is not None:
        return True  # "should apply from 1 January at the latest": a deadline
    if ":" in text[expr.start - 12 : expr.start] and _HOURS_BEFORE.search(
        text, max(0, expr.start - 40), expr.start
    ):
        return True  # "collected from 09:00 to 20:00 on Monday": opening hours, a period
    if (
        expr.date_source == "relative"
        and expr.precision in _SPANS
        and expr.surface.startswith(("after ", "After "))
    ):
        return True  # "would move abroad after this year": a bound, as "before next year" is
    led = _lead_of(text, expr)
    if led is None:
        return False
    lead, at = led
    before = words_before(text, at, _BACK)
    if lead == "before" and expr.date_source == "relative" and expr.precision in _SPANS:
        return True  # "unlikely to start before next year", "before the end of next year"
    if lead in ("before", "after") and expr.precision in _SPANS:
        # "bought before 1990, when ...", "before 1918, the year ...": the year told for a
        # happening in apposition; "passports issued before 2011", "built after the 1990s",
        # "will move abroad after this year" only bound a state or a time
        return _TOLD_FOR_ITSELF.match(text, expr.end) is None
    if lead == "after":
        return False  # "the day after New Year's Day": a day of its own
    if lead == "before" and before and before[0] in _NEAR:
        return False  # "shortly before midnight on Tuesday"
    if lead == "before" and text.startswith(("'s ", "’s "), expr.end):
        return False  # "the last debate before Sunday's run-off": the run-off's day
    if lead == "by" and _agent(text, at, expr):
        return False  # "hit by Friday's storm", "set up by the 1995 agreement": an agent
    if lead in ("until", "till") and _postponed(text, at):
        return False  # "postponed the vote until 23 April": the happening's new date
    if published is not None and lead in ("by", "until") and opens_clause(text, at):
        iso = published.isoformat()
        if expr.date <= iso[: len(expr.date)]:
            return False  # "By Monday morning, workers were sweeping": when it was seen
    return True
