"""The short word before a place in local-language text, and what it says the place is.

``focus`` weighs every place of a story alike, but in the region's own press the preposition
before a place tells its part: after "iz", "nga", "од" ("from") it is where people or goods came
from, after "u", "në", "во" ("in", "at") it is where the story happens, and a state named bare is
whom a statement addresses.  These readings are one family (the same word lists, the same walk
back from a place's start to the word before it), kept apart from ``focus``'s weighing so that
module stays a readable size.  Only local words are read here: English "from" and "in" are left
to the English rules (``layout``, ``story_states``).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmap.geotag.actors import _SENTENCE_END
from newsmap.geotag.local_focus import opens_sentence
from newsmap.model import Mention

#: "From" in the region's languages, as written before a place: "iz Beograda", "из Србије",
#: "nga Prishtina", "prej Tiranës", "од Белград" (English "from" is left to English rules).
_FROM = frozenset(
    ("iz", "Iz", "из", "Из", "nga", "Nga", "prej", "Prej", "од", "Од")
    + ("do", "Do", "до", "До", "ka", "Ka", "ka", "према", "prema", "кон", "Кон", "drejt")
)
#: What joins the places of one list ("iz Bihaća in Tuzle", "nga Italia, Gjermania dhe Greqia").
_LIST_JOINS = frozenset(("", "i", "in", "dhe", "e", "и", "ili", "ose", "или"))


def from_there(text: str, start: int, origin_end: int) -> bool:
    """Whether the place at ``start`` follows a word for "from", or continues a list that
    one began (``origin_end``: where the list's last place ends): guests from Belgrade at a
    remembrance in Vukovar, tourists from three states in Budva, passengers from Pristina at
    Tirana's airport are people who came, and weigh as actors do (0.5), not as the places
    where the story happens."""
    if start < 3 or text[start - 1] != " ":
        return False
    if 0 <= origin_end and start - origin_end <= 6:
        if text[origin_end:start].strip(" ,") in _LIST_JOINS:
            return True
    k = start - 1
    while k > 0 and start - k <= 6 and text[k - 1].isalpha():
        k -= 1
    return text[k : start - 1] in _FROM


def named_first(
    text: str, tied: list[str], first: dict[str, int], mentions: Sequence[Mention]
) -> list[str]:
    """Of region states that tie for the lead in a local story, those named in its first
    sentence (or its title), when some are and some are not: a short item weighs its first
    two sentences alike, yet the state it opens with is its subject, and one named later
    inside a sentence is where goods go, a leader who congratulates, a neighbour it is
    compared with ("Vlada u Skoplju ... dok je Albanija otvorila sve klastere").  A state
    that opens a sentence of its own is a subject too ("Kosovo je proglasilo nezavisnost.
    Srbija je odbacila deklaraciju."), and states that share the first sentence ("Protesti u
    Srbiji i Crnoj Gori") stay tied."""
    stop = _SENTENCE_END.search(text)
    end = stop.start() if stop else len(text)
    opening = [c for c in tied if first.get(c, end) < end]
    if not opening:
        return tied
    later = [c for c in tied if c not in opening]
    opening += [
        c for c in later if any(m.country == c and opens_sentence(text, m.start) for m in mentions)
    ]
    if len(opening) > 1:
        located = located_states(text, mentions, opening)
        if located and len(located) < len(opening):
            opening = located
    return [c for c in tied if c in opening]


#: "In" and "at" as written before a place: where something happens, not whom it addresses.
_IN = frozenset(
    ("u", "U", "na", "Na", "në", "Në", "ne", "v", "V", "vo", "во", "Во", "у", "У", "на", "На")
)


def located_states(text: str, mentions: Sequence[Mention], states: list[str]) -> list[str]:
    """Of ``states``, those named after "in" or "at", or in a list that such a word opens
    ("u Srbiji i Crnoj Gori"): where the story happens.  A state named bare is whom it
    addresses ("Premijer je u Tirani pozvao Crnu Goru, Bosnu i Hercegovinu i Kosovo")."""
    found: list[str] = []
    prev_end = -1
    prev_located = False
    for m in mentions:
        start = m.start
        low = max(0, start - 6)
        k = text.rfind(" ", low, start - 1)
        bare = start > 1 and text[start - 1] == " " and (k >= 0 or low == 0)
        word = text[k + 1 : start - 1] if bare else ""  # the short word before, if any
        located = word in _IN or (
            prev_located
            and 0 <= start - prev_end <= 6
            and text[prev_end:start].strip(" ,") in _LIST_JOINS
        )
        if located and m.country in states and m.country not in found:
            found.append(m.country)
        prev_end, prev_located = m.end, located
    return found
