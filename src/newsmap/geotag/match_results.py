"""Clubs named after towns in English match reports: no place of the story.

"Partizani beat Tirana 2-0", "Struga lost at home to Shkupi", "Prishtina were held 1-1 by
Llapi": a town beside a result verb is the club that played, when its sentence gives a score
or, in a story about sport, the verb names its opponent.  Once a report has read a town as a
side, the town's name elsewhere in it is the side too ("Vardar turned the match", "Vardar:
Mitrevski; ...", "Vardar's eleventh win"), except where a preposition places something in the
town ("fans in Skopje", "the derby in Struga").  Apart from ``candidates`` (every name's
candidates), which reads the club words next to a name.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.matcher import Hit

#: A match result around a name: a result verb right before it ("beat Tirana", "drew 1-1
#: with Sutjeska", "lost at home to Shkupi") or right after it ("Vardar lost to", "Tirana
#: 2-0", "Prishtina were held").
_RESULT_BEFORE = re.compile(
    r"(?<!\w)(?:beat|beats|beating|defeated|defeats|edged|thrashed|eliminated|overcame"
    r"|(?:drew|draw|draws|drawing|lost|lose|loses|losing)(?: \d{1,2}[-–:]\d{1,2})?"
    r"(?: at home| away)? (?:with|to|against)) $"
)
_RESULT_AFTER = re.compile(
    r" (?:\d{1,2}[-–:]\d{1,2}\b|(?:beat|beats|defeated|edged|thrashed|drew|lost|won"
    r"|were held|was held)\b)"
)
#: After a result verb, the opponent named: "beat FMP", "lost at home to Shkupi", "drew 1-1
#: with Sutjeska".
_OPPONENT = re.compile(
    r"(?: \d{1,2}[-–:]\d{1,2})?(?: at home| away)?(?: (?:to|with|against|by|over))? [A-ZÀ-Ž]"
)
#: The words right before a name that may end a result phrase: a verb of winning, or the
#: preposition after a draw or a loss ("drew with", "lost to"), read with ``_RESULT_BEFORE``.
_RESULT_VERBS = frozenset(
    "beat beats beating defeated defeats edged thrashed eliminated overcame".split()
)
_RESULT_LINKS = frozenset(("with", "to", "against"))
#: A time of day after a name ("Kotor 19:30"), which a score written with a colon looks like.
_CLOCK = re.compile(r" [0-2]?\d:[0-5]\d\b")
_SCORE = re.compile(r"(?<![\d:.])\d{1,2}[-–:]\d{1,2}(?![\d:.])")
#: English words of a story about sport, read only when a result has no score beside it.
_SPORT = re.compile(
    r"\b(?:match|matches|league|derby|coach|striker|goalkeeper|midfielder|fans|cup"
    r"|championship|stadium|scored|goal|goals|squad|play-off|playoff|half-time|round)\b"
)

#: Words before a town that place something in it ("fans from Skopje", "the derby in Struga"),
#: or make it a river's or a region's ("the banks of the Vardar"): there the town's name is
#: the place's, whatever club it gave its name to.
_PLACING = frozenset(
    """
    in at from near to of around outside across into towards toward via through between inside
    within beyond past
    """.split()
)
#: The words before another mention of a side that keep it a place: the prepositions, a list
#: that one may have opened ("from Skopje and Struga"), and an article ("the Vardar").
_KEEPING = _PLACING | frozenset(("and", "or", "the"))


#: The last letter of each result word and its space; the first character after a name
#: that may start a result ("Tirana 2-0", "Vardar lost"): tests that skip most names at once.
RESULT_BEFORE_ENDS = frozenset(("t ", "h ", "o ", "d ", "e ", "g ", "s "))
RESULT_AFTER_STARTS = frozenset([" " + c for c in "0123456789bdeltw"])


def result_name(doc: Doc, hit: Hit, choice: Choice) -> bool:
    """ "Partizani beat Tirana 2-0", "drew 1-1 with Sutjeska": a club in a match result.

    A result verb beside the name and a score in its sentence say it is the team, and so does
    a verb that names the opponent ("Mega beat FMP") in a story about sport; a state's name
    stays (a national team is named by its country).  Read only when the character before or
    after the name may start such a phrase, and in English text only (the local rules read
    clubs in local grammar: ``named_after``).
    """
    if doc.gaz.places[choice.place].level == "country":
        return False
    text = doc.text
    start, end = hit.start, hit.end
    prev, gap = doc.prev_word(start)
    before = gap == " " and (
        prev in _RESULT_VERBS
        or (
            prev in _RESULT_LINKS
            and _RESULT_BEFORE.search(text, max(0, start - 32), start) is not None
        )
    )
    after = None if before else _RESULT_AFTER.match(text, end)
    if not before and (after is None or prev.lower() in _PLACING):
        return False  # "Igman from Konjic won": the town is where the side comes from
    if after is not None and _CLOCK.match(text, end) and _SPORT.search(text) is None:
        return False  # "Cavtat 17:45, Kotor 19:30": a timetable's times, not scores
    s_start, s_end = doc.sentence_bounds(start)
    if _SCORE.search(text, s_start, s_end) is None:
        named = before or (after is not None and _OPPONENT.match(text, after.end()) is not None)
        if not named or _SPORT.search(text) is None:
            return False
    return not doc.local


def same_sides(doc: Doc, places: list[Choice], sides: set[int]) -> list[Choice]:
    """``places`` less the other mentions of the towns a match result made a club's (``sides``),
    where no preposition places something in the town and no dateline files the report."""
    text = doc.text
    kept = []
    for c in places:
        if c.place in sides and c.level is None and not text[c.start : c.end].isupper():
            prev, gap = doc.prev_word(c.start)
            if "," not in gap and prev.lower() not in _KEEPING:
                continue  # "Vardar turned the match", "Vardar: Mitrevski", "Vardar's win"
        kept.append(c)
    return kept
