"""The tense of a whole sentence, for a year-less date whose own clause names none.

"It followed months of protests after two mass shootings in early May, one at a school on 3
May": the verb that places "3 May" stands sixteen words back, past the clause reading's reach,
and the nearest 3 May of its name would then be the one to come.  A sentence that tells the past
somewhere and nothing of the future anywhere ("On 5 November, at a meeting in Zvečan, the
mayors announced ...") tells of a past day.
"""

from __future__ import annotations

from newsmap.events.temporal.context import words_of
from newsmap.events.temporal.words import ED_NOT_PAST, FUTURE_MARKERS, PAST_MARKERS

__all__ = ["told_only_in_the_past", "untold_tense"]

# What ends a sentence (a line break, or a full stop and a blank).
_ENDS = (". ", "! ", "? ", "\n")
# How far either side of the date its sentence is read.
_REACH = 300
# Words of what may come that FUTURE_MARKERS leave out: the modals and "going".
_MAY_COME = frozenset("could may might can should shall to-be 'll".split())
# Words of the present ("is now campaigning for the election on 11 May"): a sentence of two
# tenses, the date's own unknown.
_PRESENT = frozenset("is are am now".split())
# Words after "to" that make it no infinitive's ("went to the polls", "to Brussels" aside, which
# counts as one: the reading stays cautious).
_NO_VERB_AFTER_TO = frozenset("the a an his her their its our this that these those".split())
# Words before an -ed form that make it no past verb: a state ("stay closed"), a noun's
# adjective ("the injured"), a passive after a modal ("will be held").
_NOT_PAST_BEFORE = frozenset(
    "be been being stay stays remain remains is are a an the of their his her its our".split()
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _REACH)
    cut = max(text.rfind(mark, lo, start) for mark in _ENDS)
    hi = min(len(text), end + _REACH)
    stops = [at for at in (text.find(mark, end, hi) for mark in _ENDS) if at >= 0]
    return (max(lo, cut + 1), min(stops) if stops else hi)


def told_only_in_the_past(text: str, start: int, end: int) -> bool:
    """Whether the sentence of the date at text[start:end] holds a verb of the past and no word
    of the present or the future, nor an infinitive (the date's own words aside)."""
    lo, hi = _sentence(text, start, end)
    before = [w.lower() for w in words_of(text, lo, start)]
    if "for" in before[-5:]:
        return False  # "certified the lists for the elections of 9 February": what it was for
    words = before + [w.lower() for w in words_of(text, end, hi)]
    past = False
    for i, w in enumerate(words):
        if w in FUTURE_MARKERS or w in _MAY_COME or w in _PRESENT:
            return False
        if w == "to" and i + 1 < len(words) and words[i + 1] not in _NO_VERB_AFTER_TO:
            return False  # "decided to hold a commemoration on 13 November": after the deciding
        if w in PAST_MARKERS:
            past = True
        elif w.endswith("ed") and len(w) >= 5 and w not in ED_NOT_PAST:
            past = past or not (i and words[i - 1] in _NOT_PAST_BEFORE)
    return past


def untold_tense(text: str, start: int, end: int, before: list[str]) -> bool | None:
    """The tense of a year-less day whose clause names none: ahead after "from" ("the new rate
    applies from 1 February": a start to come), past in a sentence told only in the past (see
    ``told_only_in_the_past``), else None (the nearest day of its name)."""
    if before[:1] == ["from"]:
        return True
    return False if told_only_in_the_past(text, start, end) else None
