"""States inside the names of local parties: "HDZ BiH", "SDP BiH", "Stranka za BiH", "Savez
za bolju budućnost BiH", "Странка за Србију".

A party's abbreviation in capitals right before a state's abbreviation, or a party word with
"za" (for) before a state, names the party, not the state; the state in it is no place of the
story, as "the Democratic Party of Kosovo" is none in English.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc

#: A party's abbreviation (two to five capitals) and a blank, right before the state.
_ABBREVIATION = re.compile(r"(?<![\w.])[A-ZČĆŠŽĐ]{2,5} \Z")
#: Abbreviations that are no party ("EU BiH" is no party's name, nor "UN", "NATO", "OSCE").
_NOT_PARTIES = frozenset("EU UN NATO OSCE OEBS EP MMF IMF SAD USA KM".split())
#: A party word with "for" right before the state: "Stranka za BiH", "Странка за Србију".
_PARTY_FOR = re.compile(
    r"(?:\b[Ss]trank\w*|\b[Ss]avez\w*|\b[Pp]artij\w*|Странк\w*|Савез\w*|Партиј\w*) "
    r"(?:za|за) \Z"
)
#: The states' abbreviations a party's name ends with.
_STATE_ABBREVIATIONS = frozenset(("BiH", "БиХ", "CG", "ЦГ", "RS", "РС"))


def in_party_names(doc: Doc, places: list[Choice]) -> list[Choice]:
    """The places without the states named inside a party's name."""
    text = doc.text
    gplaces = doc.gaz.places
    kept = []
    for c in places:
        if gplaces[c.place].level in ("country", "admin1") and _party_name(text, c):
            continue
        kept.append(c)
    return kept


def _party_name(text: str, c: Choice) -> bool:
    """Whether a party's name ends with the state at ``c``.  Each pattern is searched only
    where it can end there (exact): ``_PARTY_FOR`` ends with "za " or "за " after a blank, and
    ``_ABBREVIATION`` counts only before a state's abbreviation (asked first, a set lookup)."""
    before = text[max(0, c.start - 30) : c.start]
    tail = before[-4:]
    if (tail == " za " or tail == " за ") and _PARTY_FOR.search(before):
        return True
    if text[c.start : c.end] not in _STATE_ABBREVIATIONS:
        return False
    abbreviation = _ABBREVIATION.search(before)
    return abbreviation is not None and abbreviation.group().strip() not in _NOT_PARTIES
