"""A river's one-word name written bare in English is no river: "Vardar were rebuilt", "Morava
Film", "Abbot Sava", "the rock band Miljacka".

English names a river with its article ("the Vardar", "the Drina and the Sava", "the Tara,
Piva and Lim"), after its noun ("the river Tisa") or before one ("Vardar valley", "the Lim
river"); written with none of these, outside a sentence that speaks of a river, the name is a
club's, a firm's, a band's or a person's.  Lakes, bays and the other still waters keep their
bare names ("Boka"), and so does local-language text, which has no article.
"""

from __future__ import annotations

import re

from newsmap.geotag import curated_waters, site_heads
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.rivers import river_cue

__all__ = ["bare_river_names"]

#: An article before the name, also across a list ("the Tara, Piva and Lim", "the Una or
#: Sana"), or the word river before it ("the river Tisa").
_LED = re.compile(r"(?:\b[Tt]he (?:[A-ZČĆŠŽĐ][\w-]*(?:, | and | or ))*|\b[Rr]iver |\b[Rr]ivers )$")
#: Still waters: their bare names are the press's ("Boka", "Ohrid" is a town anyway).
_STILL = ("Lake ", "Bay of ", "Gulf of ")
#: Nouns after the name that make it a water's ("Vardar valley", "Drina bridge").
_AFTER = (
    frozenset(site_heads.SITE_HEADS)
    | frozenset(h for h in site_heads.LOWER_SITE_HEADS if " " not in h)
    | frozenset(("basin", "delta", "plain", "estuary", "banks", "bank", "water", "waters"))
)
#: Ranges shared like rivers (``curated_waters.SHARED_MOUNTAINS``): named bare ("Prokletije").
_MOUNTAINS = frozenset(f"cur:{m.slug}" for m in curated_waters.SHARED_MOUNTAINS)
_REACH = 60  # characters read before the name for its article


def bare_river_names(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` less the rivers' one-word names that English writes with no article."""
    if doc.local:
        return places
    gaz = doc.gaz
    siblings = gaz.water_siblings
    kept: list[Choice] = []
    for c in places:
        if c.place in siblings and c.level is None and _bare(doc, c):
            continue
        kept.append(c)
    return kept if len(kept) != len(places) else places


def _bare(doc: Doc, c: Choice) -> bool:
    text = doc.text
    surface = text[c.start : c.end]
    place = doc.gaz.places[c.place]
    if " " in surface or place.name.startswith(_STILL) or place.place_id in _MOUNTAINS:
        return False
    if _LED.search(text, max(0, c.start - _REACH), c.start) is not None:
        return False
    if text.startswith("-", c.end):
        return False  # "the Vjosa-Narta landscape": a name the river's is part of
    between, nxt = doc.next_word(c.end)
    if between == " " and doc.fold(nxt) in _AFTER:
        return False
    return not river_cue(doc, c.start)
