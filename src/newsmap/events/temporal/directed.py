"""Dates of what a verb directs, designates or calls for: what is directed comes after the
directing ("ordered shops to close from Friday"), so its day is the coming one whatever the
tense of the directing verb."""

from __future__ import annotations

from typing import Final

__all__ = ["designated", "directed"]

# How many words back from a date the infinitive's "to" is looked for (context's reach).
_BACK: Final = 16


# Verbs that direct someone to do something, and the words that join "called" to its object.
_DIRECTING: Final = frozenset("ordered urged instructed summoned invited told asked".split())
_CALLED_ON: Final = frozenset(("on", "upon"))
# Verbs of saying that close the clause before a "to" ("was asked of us," he said, pointing to).
_SAYING: Final = frozenset("said says added".split())
# Verbs whose object a day right after them is, set apart for what is to come.
_DESIGNATING: Final = frozenset(
    "declared declares proclaimed proclaims designated designates set sets fixed fixes named "
    "names proposed proposes".split()
)
# How many words an infinitive's "to" may stand from the verb that directs it.
_DIRECTED_REACH: Final = 8
# A call for a gathering still to be held: the verb in a form that is no report of a past call
# ("are calling for a march", "have called a rally", "calls a strike"), and the gatherings.
_CALLING: Final = frozenset("calling calls call".split())
_HAVE: Final = frozenset("have has".split())
_GATHERINGS: Final = frozenset(
    "rally rallies protest protests march marches gathering gatherings strike strikes vigil "
    "vigils demonstration demonstrations blockade blockades boycott procession "
    "processions".split()
)


def _called_gathering(before: list[str]) -> bool:
    """Whether the date follows a call for a gathering ("are calling for a march in the capital
    on Monday", "have called a rally in the square on Saturday"): the day it is to be held."""
    for j, w in enumerate(before[:_DIRECTED_REACH]):
        if w in _GATHERINGS and j + 1 < len(before):
            for k in range(j + 1, min(len(before), j + 5)):
                verb = before[k]
                if verb in _CALLING or (
                    verb == "called" and k + 1 < len(before) and before[k + 1] in _HAVE
                ):
                    return True
            return False
    return False


def _declared_from(before: list[str]) -> bool:
    """Whether a start ("from Saturday") follows a designating verb in the present perfect
    ("has declared three days of mourning from Saturday"): what was just declared starts ahead."""
    if not before or before[0] != "from":
        return False
    for j in range(1, min(len(before) - 1, _DIRECTED_REACH)):
        if before[j] in _DESIGNATING:
            return before[j + 1] in _HAVE
    return False


def directed(before: list[str]) -> bool:
    """Whether the date belongs to what a past verb directs someone to do ("ordered shops to
    close from Friday", "called on believers to hold processions on Sunday", "summoned the
    assembly to a session on Thursday"): what is directed comes after the directing, so
    its weekday is the coming one, whatever the tense of the directing verb.  So is a day
    named right after a verb that designates it ("declared Saturday a day of mourning", "set
    11 May as the date of the election"), and the day of a gathering called for
    (``_called_gathering``)."""
    if before and before[0] in _DESIGNATING:
        return True
    if _called_gathering(before) or _declared_from(before):
        return True
    for i, w in enumerate(before[:_BACK]):
        if w != "to":
            continue
        if before[i + 1 : i + 2] == ["up"]:
            continue  # "held for up to 30 days": a bound of a count, no infinitive's "to"
        for j in range(i + 1, min(len(before), i + 1 + _DIRECTED_REACH)):
            word = before[j]
            if word in _SAYING:
                return False  # "he said, pointing to the accord": the "to" of another clause
            if word in _DIRECTING or (word == "called" and before[j - 1] in _CALLED_ON):
                return True
        return False
    return False


def designated(before: list[str]) -> bool:
    """Whether the date stands right after a verb that designates it ("declared Saturday a day
    of mourning"): a day set apart just before or just after the news, so a weekday is the
    coming one or, told a day or two after, the one just gone (see ``weekdays``)."""
    return bool(before) and before[0] in _DESIGNATING
