"""Villages named by a South Slavic prefix before a name: "Donja Jablanica", "Veliki Trnovac".

The region names many villages after a nearby town or a neighbouring village with an adjective
of place or size in front: Donja/Gornja (lower/upper), Veliki/Mali (big/small), Novi/Stari
(new/old), Srednji (middle), and the Macedonian Gorno/Dolno.  English news keeps them as they
are spelt, and the gazetteer (places of 500 people and more) lacks most: the rules then read
the name inside ("Jablanica" for "Donja Jablanica", a town a few kilometres away) or nothing
("Veliki" alone is no name).  These adjectives begin no English word, so a capitalised one
before a capitalised name makes one village name of the two: a ``city`` at the village score,
standing where the place inside it stands or, when the gazetteer knows no part of it, where a
site the gazetteer lacks would (``site_anchor``).

Not read: a name the gazetteer knows whole ("Novi Sad", "Mali Zvornik"), a longer name run on
("the Mala Rijeka Viaduct", "Nova Ljubljanska Banka"), a state's name ("Nova Makedonija", a
newspaper), the words of a firm's, a party's or a channel's name ("Nova Banka", "Nova
Stranka"); English text only.
"""

from __future__ import annotations

import bisect
import re

from newsmap.geotag.choice import START_OF, Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.literal_starts import stem_matches
from newsmap.geotag.site_anchor import anchored
from newsmap.geotag.sites import VILLAGE_SCORE

__all__ = ["REASON", "prefixed_villages"]

REASON = "village named with a prefix"

#: The prefix, its ending and the capital of the name after it.
_PREFIXED = re.compile(
    r"(?:Donj|Gornj|Velik|Mal|Nov|Star|Srednj)[aeio] (?=[A-ZČĆŠŽĐ])|(?:Gorn|Doln)o (?=[A-ZČĆŠŽĐ])"
)
#: Every match of ``_PREFIXED`` starts with one of these ("Gorn" covers "Gornj"): the only
#: places it is tried (``literal_starts``; a search of the choice tried every character).
_STEMS = ("Donj", "Doln", "Gorn", "Velik", "Mal", "Nov", "Star", "Srednj")
#: One capitalised word of letters: the name after the prefix.
_WORD = re.compile(r"[A-ZČĆŠŽĐ][a-zčćšžđ]{2,}")
#: Words after a prefix that name a firm, a party, a paper or a channel.
_NOT_VILLAGES = frozenset(
    (
        "Banka",
        "Stranka",
        "Demokratija",
        "Ekonomija",
        "Makedonija",
        "Srbija",
        "Bosna",
        "Hrvatska",
        "Crna",
        "Evropa",
        "Europa",
    )
)


_QUOTES = frozenset("\"“”'‘’")


def prefixed_villages(doc: Doc, places: list[Choice]) -> list[Choice]:
    """Villages named by a prefix and a name, with the place each stands at."""
    text = doc.text
    if " " not in text:
        return []
    found: list[Choice] = []
    gplaces = doc.gaz.places
    for m in stem_matches(_PREFIXED, text, _STEMS):
        start = m.start()
        if start and (text[start - 1].isalpha() or text[start - 1] == "-"):
            continue  # inside a word
        word = _WORD.match(text, m.end())
        if word is None or word.group() in _NOT_VILLAGES:
            continue
        end = word.end()
        if end < len(text) and (text[end].isalpha() or text[end] == "-"):
            continue  # "Novi Sad-based": a word runs on
        if text.startswith(" ", end) and text[end + 1 : end + 2].isupper():
            continue  # "the Mala Rijeka Viaduct": a longer name
        if start and text[start - 1] in _QUOTES and text[end : end + 1] in _QUOTES:
            continue  # '"Donji Mlin" simply means "lower mill"': the words themselves
        if _covered(places, start, end) or any(h.end == end for h in doc.by_start.get(start, ())):
            continue  # a name the gazetteer knows whole ("FK Novi Pazar": judged a club's)
        inside = [c for c in places if start <= c.start and c.end <= end and c.level is None]
        if any(gplaces[c.place].level == "country" for c in inside):
            continue  # "Nova Makedonija": a paper named after the state
        village = anchored(doc, places, start, end, "city", VILLAGE_SCORE, REASON)
        if village is not None and gplaces[village.place].country is not None:
            found.append(village)  # not at a region word ("the Balkans"): no state, no village
    return found


def _covered(places: list[Choice], start: int, end: int) -> bool:
    """Whether a decided place spans ``start:end`` or more."""
    i = bisect.bisect_right(places, start, key=START_OF)
    return any(c.start <= start and c.end >= end for c in places[max(0, i - 8) : i])
