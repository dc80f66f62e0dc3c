"""Regions and mountains named by an adjective and a lower-case landscape noun, after a place
word in local text: "v Šaleški dolini", "у Тимочкој крајини", "u Duvanjskom polju", "na
Staroj planini", "v Beli krajini".

The region's languages name a valley, a historical land, a karst field or a mountain by a
capitalised adjective and the common noun ("dolina", "krajina", "polje", "planina"), the noun
in lower case and declined.  Neither word is a name the gazetteer holds, and the adjective
alone is no settlement (``local_locatives`` leaves an adjective before a lower-case noun
alone); the two words are one place, in the state its context names, as a village the
gazetteer lacks is.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.site_anchor import anchored
from newsmap.geotag.sites import VILLAGE_SCORE

__all__ = ["LANDSCAPE_REASON", "landscape"]

LANDSCAPE_REASON = "a region or mountain by its adjective and noun after a place word"
#: Landscape nouns (folded stems) and the level of what they name: valleys, lands and karst
#: fields are regions, mountains sites.
_NOUNS = (("dolin", "admin1"), ("krajin", "admin1"), ("polj", "admin1"), ("planin", "site"))
#: Where a place named so may stand: the region, Croatia and Slovenia.
_NEAR = frozenset(("AL", "BA", "XK", "ME", "MK", "RS", "HR", "SI"))


def landscape(
    doc: Doc, places: list[Choice], start: int, end: int, listed: Choice | None
) -> Choice | None:
    """The adjective at ``start``..``end`` and the landscape noun after it as one place;
    ``listed`` the place a list it goes on stands in ("ka Kalni i Staroj planini")."""
    between, noun = doc.next_word(end)
    if between != " " or not noun[:1].islower():
        return None
    folded = doc.fold(noun).lower()
    found = next(((stem, lvl) for stem, lvl in _NOUNS if folded.startswith(stem)), None)
    if found is None or len(folded) > len(found[0]) + 3:
        return None  # "poljoprivreda" (farming) is no field
    level = found[1]
    noun_end = end + 1 + len(noun)
    if listed is not None:
        return Choice(start, noun_end, listed.place, VILLAGE_SCORE, LANDSCAPE_REASON, level)
    word, gap = doc.prev_word(start)
    name_before, gap_before = doc.prev_word(start - len(gap) - len(word))
    if gap_before == " " and name_before[:1].isupper():
        return None  # "Šmartnem v Rožni dolini": the end of a town's longer name
    # placed by what the text named before it: a land is where the story stands, and the
    # states named after it in its sentence are as often where its people go ("na trgu v
    # Šaleški dolini ni delavcev, zato jih išče v Bosni")
    earlier = [c for c in places if c.end <= start]
    choice = anchored(doc, earlier, start, noun_end, level, VILLAGE_SCORE, LANDSCAPE_REASON)
    if choice is None or doc.gaz.places[choice.place].country not in _NEAR:
        return None
    return choice
