"""Common words of the region's languages read as towns abroad, in local text: no places.

"Још прошлог месеца ...", "Pre toga, u petak ...": an adverb opening a sentence is
capitalised, and folded it spells a town abroad ("Jos" in Nigeria, an alternate of Prato);
"saopštila je Luka Bar": a given name of the region is a town abroad only by GeoNames'
alternate ("Luka", Lucca).  In the region's languages these are the words, not the towns;
English text keeps its reading ("Jos, the capital of Plateau State").
"""

from __future__ import annotations

from newsmap.geotag import words
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.model import REGION_COUNTRIES

__all__ = ["local_common_words"]

_HOME = frozenset(REGION_COUNTRIES) | frozenset(("HR", "SI"))
#: Adverbs that open sentences (folded): still, before, already, only, just, yet, now, then.
_ADVERBS = frozenset("jos pre vec samo tek ipak sad sada tada".split())


def local_common_words(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` less the adverbs opening a sentence and the given names read as an
    alternate name of a town abroad, in local text."""
    if not doc.local or not places:
        return places
    text = doc.text
    gplaces = doc.gaz.places
    drop = []
    for c in places:
        if c.level is not None or gplaces[c.place].country in _HOME:
            continue
        word = doc.fold(text[c.start : c.end]).lower()
        if word in _ADVERBS and doc.sentence_initial(c.start):
            drop.append(c)
        elif word in words.GIVEN_NAMES and "alternate name" in c.reason:
            drop.append(c)
    return [c for c in places if c not in drop] if drop else places
