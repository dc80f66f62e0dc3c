"""The country a position in a document is in: the nearest placed name of its sentence.

A demonym's reading ("Albanian parties in Ulcinj" are a people's groups abroad; "Macedonian"
in a sentence placed in Greece is Greece's region) and a river shared by several states with no
town beside it (``rivers``) both ask which country the sentence around them is in; one answer,
kept apart from either, keeps them agreeing.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.model import NEIGHBOUR_COUNTRIES, REGION_COUNTRIES

_CONTEXT_COUNTRIES = frozenset(REGION_COUNTRIES) | frozenset(NEIGHBOUR_COUNTRIES)


def context_country(doc: Doc, pos: int, places: list[Choice]) -> str | None:
    """The country of the nearest place in the sentence, else of a region place just before.

    Within the sentence any country counts ("Hungarians voted in Budapest" are Hungary's);
    reaching back to earlier sentences, only the region and its neighbours do.
    """
    s_start, s_end = doc.sentence_bounds(pos)
    best: tuple[int, str] | None = None
    for c in places:
        p = doc.gaz.places[c.place]
        if p.country is None or c.level is not None:
            continue
        if s_start <= c.start < s_end:
            dist = abs(c.start - pos)
            if best is None or dist < best[0]:
                best = (dist, p.country)
    if best:
        return best[1]
    prior = [
        c
        for c in places
        if c.end <= s_start
        and c.level is None
        and doc.gaz.places[c.place].country in _CONTEXT_COUNTRIES
    ]
    if prior and s_start - prior[-1].end < 600:
        return doc.gaz.places[prior[-1].place].country
    return None
