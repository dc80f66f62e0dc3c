"""State firms named after their state in local text: "Železnice Srbije", "Hrvatske ceste".

The region's railway, road and forest companies take the state's name: the railways and roads
of Serbia ("Železnice Srbije", "Putevi Srbije", "Путеви Србије"), Croatia's roads, motorways
and forests ("Hrvatske ceste", "Hrvatske autoceste", "Hrvatske šume").
Such a name is a firm, which the conventions list as a look-alike, not the state: a
capitalised firm noun right before the state's genitive, or the state's name spelt as its
feminine plural adjective ("Hrvatske") right before a lower-case firm noun.  A preposition
before "Hrvatske" ("iz Hrvatske ceste vode ...") keeps the state.  Local text only; a state
body ("Vlada Srbije", "Narodna banka Srbije") stays a mention of the state.
"""

from __future__ import annotations

from newsmap.geotag import words
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc

#: The firm nouns, folded: railways, roads, motorways, forests (Cyrillic folds to Latin).
FIRM_NOUNS = frozenset(
    (
        "zeleznice",
        "zeljeznice",
        "putevi",
        "puteva",
        "putevima",
        "ceste",
        "cesta",
        "cestama",
        "autoceste",
        "autocesta",
        "sume",
        "suma",
    )
)


def _firm(doc: Doc, c: Choice) -> bool:
    text = doc.text
    if doc.gaz.places[c.place].level != "country" or c.level is not None:
        return False
    prev, gap = doc.prev_word(c.start)
    if gap == " " and prev[:1].isupper() and doc.fold(prev).lower() in FIRM_NOUNS:
        return True  # "Železnice Srbije", "Putevi Srbije"
    between, nxt = doc.next_word(c.end)
    if between != " " or not nxt[:1].islower() or doc.fold(nxt).lower() not in FIRM_NOUNS:
        return False
    # "Hrvatske ceste": the state's name as an adjective before the firm noun, capitalised
    # as a name's first word, with no preposition before it
    surface = text[c.start : c.end]
    return (
        " " not in surface
        and surface.endswith("ske")  # a state named by an adjective: Hrvatska
        and doc.fold(prev).lower() not in words.LOCAL_PREPOSITIONS
    )


def state_firms(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` less a state's name inside a state firm's ("Železnice Srbije")."""
    if not doc.local:
        return places
    return [c for c in places if not _firm(doc, c)]
