"""Neighbours in a list of places share a country: "u Gračanici i Severnoj Mitrovici".

A list ("A, B and C") is nearly always of places in one country, so when two listed names
were decided for different countries and only one of them has a reading in the other's, it
moves there.  Run on the decided places, before demonyms are read.
"""

from __future__ import annotations

import operator
from itertools import compress, islice

from newsmap.geotag.candidates import best_in_country
from newsmap.geotag.choice import END_OF, START_OF, Choice, new_tuple
from newsmap.geotag.context import Doc
from newsmap.geotag.folding import fold_key
from newsmap.geotag.matcher import Hit
from newsmap.geotag.rules import key_facts

#: What joins two items of a list of places: "A and B", "A, B", "u A i B", "në A dhe B".
_COORDINATION = frozenset({", ", " and ", " or ", " i ", " ili ", " dhe ", " и "})


def cohere_lists(doc: Doc, places: list[Choice]) -> list[Choice]:
    """ "u Gračanici i Severnoj Mitrovici": neighbours in a list of places share a country.

    When two listed places were put in different countries and only one of them has a
    candidate in the other's country that passes the judgement, it moves there.  Lists that
    really cross a border ("Zagreb and Belgrade") stay as they are, because neither name has
    a reading in the other country.
    """
    if len(places) < 2:
        return places
    text = doc.text
    gaz = doc.gaz
    out = places
    # the gaps between neighbours, and the few that are short, found in C: most documents
    # have no two places this close
    gaps = map(operator.sub, map(START_OF, islice(places, 1, None)), map(END_OF, places))
    for i in compress(range(1, len(places)), map(_CLOSE, gaps)):
        a, b = out[i - 1], out[i]
        if text[a.end : b.start] not in _COORDINATION:
            continue
        ca, cb = gaz.places[a.place].country, gaz.places[b.place].country
        if ca == cb or ca is None or cb is None or a.level or b.level:
            continue
        state = _state_among_states(doc, a, b) or _state_among_states(doc, b, a)
        if state is not None:
            if out is places:
                out = list(places)
            out[i - 1 if state.start == a.start else i] = state
            continue
        a_moved = _listed_alternative(doc, a, cb)
        b_moved = _listed_alternative(doc, b, ca)
        if (a_moved is None) == (b_moved is None):
            continue
        if out is places:
            out = list(places)
        if a_moved is not None:
            out[i - 1] = a_moved
        elif b_moved is not None:
            out[i] = b_moved
    return out


_CLOSE = (5).__ge__  # a gap of at most five characters: ", ", " and ", " dhe "


def _state_among_states(doc: Doc, choice: Choice, other: Choice) -> Choice | None:
    """A state's name read as a far town on the strength of that town's country being named
    in the story ("Montenegro" as Brazil's town in a story that names Brazil), listed with a
    state ("Montenegro, North Macedonia, Russia"): the state, as its neighbour is."""
    gplaces = doc.gaz.places
    if gplaces[other.place].level != "country" or not choice.reason.endswith("outweighs"):
        return None
    if gplaces[choice.place].level != "city":
        return None
    for h in doc.by_start.get(choice.start, ()):
        if h.end != choice.end:
            continue
        for cand in h.value:
            place = getattr(cand, "place", None)
            if place is not None and gplaces[place].level == "country":
                why = "country; listed with a state"
                return new_tuple(Choice, (choice.start, choice.end, place, 0.9, why, None, False))
    return None


def _listed_alternative(doc: Doc, choice: Choice, country: str) -> Choice | None:
    """``choice``'s name read as a town in ``country``, if such a reading passes.

    The name's candidates are fetched by its key (one probe), not by indexing the document's
    hits, and a memoised test skips names with no candidate in ``country`` at all.
    """
    gaz = doc.gaz
    if choice.reason.endswith("unambiguous name") or gaz.places[choice.place].level != "city":
        return None
    start, end = choice.start, choice.end
    folded = doc.folded
    if folded is not None and len(folded) == len(doc.text) + 2:
        key = " " + folded[start + 1 : end + 1] + " "
    else:
        key = fold_key(doc.text[start:end])
    cands = gaz.matcher.lookup(key)
    if cands is None or not any(
        f is not None and f.country == country for f in key_facts(gaz, key, cands)
    ):
        return None
    hit = new_tuple(Hit, (start, end, key, cands))
    moved = best_in_country(
        doc, hit, country, f"; listed with a place in {country}", real_names=True
    )
    if moved is None or gaz.places[moved.place].level != "city":
        return None
    return moved
