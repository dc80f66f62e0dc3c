"""Place names that local text also writes as a common phrase: "the old town", "the city's".

Two kinds of name are common phrases of the region's languages as well:

* a district named "old/new/upper/lower town" ("Stari Grad", Belgrade's and Sarajevo's): local
  text says "u Starom gradu" of any town's old quarter, with the noun in lower case, where the
  district's name writes it capitalised.  Such a phrase is the old town of the place the story
  is in ("u Starom gradu u Kotoru"), a site there, unless a municipality word names the
  district ("opština Stari grad");
* a town whose name is an adjective ("Gradsko", the city's): its case form, when it is a common
  word of the languages (``case_form_clashes.txt``), before a lower-case word that agrees with
  it ("na Gradskom stadionu", "u Gradskoj bolnici") is that adjective with its noun.

Both are read in local-language text only, and only when a place of such a name was chosen: an
English document pays one set lookup per chosen place.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.folding import fold
from newsmap.geotag.gazetteer import Gazetteer
from newsmap.geotag.site_anchor import SITE_SCORE, anchored

#: The noun of a "town" phrase, folded: a district named "X Grad" is "the X town" too.
_TOWN_NOUN = "grad"
#: How an adjective-shaped town name ends ("Gradsko", "Raška"), folded: "-sk" and an ending
#: ("Brčko", whose "Brčka" is a noun's genitive, is no adjective).
_ADJECTIVE_NAME = re.compile(r"[a-z]+sk[oia]")
#: Municipality words, folded, before a district's name ("opština Stari grad", "općini Stari
#: grad"): then the phrase is the district.
_MUNICIPALITY = ("opstin", "opcin", "opshtin", "komun")

#: Per gazetteer: the places whose names may be a common phrase.
_PHRASE_PLACES: dict[int, tuple[Gazetteer, frozenset[int]]] = {}


def phrase_places(gaz: Gazetteer) -> frozenset[int]:
    """The places named "X Grad" or by one adjective-shaped word, computed once per gazetteer."""
    found = _PHRASE_PLACES.get(id(gaz))
    if found is not None and found[0] is gaz:
        return found[1]
    ids = frozenset(
        i
        for i, p in enumerate(gaz.places)
        if p.level == "city"
        and (
            (" " in p.name and fold(p.name.rsplit(" ", 1)[1]).lower() == _TOWN_NOUN)
            or _ADJECTIVE_NAME.fullmatch(fold(p.name).lower()) is not None
        )
    )
    _PHRASE_PLACES.clear()
    _PHRASE_PLACES[id(gaz)] = (gaz, ids)
    return ids


def common_phrases(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` without the common phrases read as places; an old town becomes a site of the
    place the story is in, where the text says which.  The language is asked last, only of a
    text where a phrase's shape is found (English writes "Stari Grad" capitalised)."""
    ids = phrase_places(doc.gaz)
    found: dict[int, bool] = {}  # each phrase's index in ``places``: an old town or not
    for i, c in enumerate(places):
        if c.place in ids and c.level is None:
            surface = doc.text[c.start : c.end]
            if " " in surface:
                if _lower_town_noun(doc, c, surface):
                    found[i] = True
            elif _adjective_before_noun(doc, c, surface):
                found[i] = False
    if not found or not doc.local:
        return places
    kept: list[Choice] = []
    for i, c in enumerate(places):
        town = found.get(i)
        if town is None:
            kept.append(c)
        elif town:
            others = [o for o in places if o is not c]
            site = anchored(doc, others, c.start, c.end, "site", SITE_SCORE, "old town")
            if site is not None:
                kept.append(site)
    return kept


def _lower_town_noun(doc: Doc, c: Choice, surface: str) -> bool:
    """ "u Starom gradu": the town noun in lower case, with no municipality word before it."""
    last = surface.rsplit(" ", 1)[1]
    if not last[:1].islower():
        return False
    prev, gap = doc.prev_word(c.start)
    return not (gap == " " and doc.fold(prev).lower().startswith(_MUNICIPALITY))


#: Endings of an adjective's case form and the endings its noun takes in the same case
#: ("Gradskom stadionu", "Gradskoj bolnici", "Gradskog stadiona", "Gradska bolnica", "Gradsku
#: bolnicu").
_AGREEING = (
    ("om", ("u", "om")),
    ("oj", ("i", "oj")),
    ("og", ("a", "og")),
    ("im", ("ima", "im")),
    ("ih", ("a", "ih")),
    ("a", ("a",)),
    ("e", ("e",)),
    ("u", ("u",)),
)
#: The shortest noun read as agreeing: shorter words are function words ("su", "je", "i").
_NOUN_MIN = 4


def _adjective_before_noun(doc: Doc, c: Choice, surface: str) -> bool:
    """A town's case form that is a common word, before a lower-case noun agreeing with it."""
    folded = doc.fold(surface).lower()
    if folded not in doc.gaz.common_words:
        return False
    between, nxt = doc.next_word(c.end)
    if between != " " or len(nxt) < _NOUN_MIN or not nxt.islower():
        return False
    noun = doc.fold(nxt)
    return any(folded.endswith(adj) and noun.endswith(nouns) for adj, nouns in _AGREEING)
