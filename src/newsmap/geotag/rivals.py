"""Rival readings of one key: another place's real name beside an alternate or a case form.

Local text names its own towns by their real names, and a city of Europe by its own name:
"Митровица" is Kosovo's Mitrovica, not an alternate of Sremska Mitrovica, and "trajekt za
Bari" is the Italian port, not a case form of Montenegro's Bar (which the languages decline
"Bara", "Baru"); "preko Drenovaca" is Croatia's Drenovci, whose genitive it is, not a form of
a Serbian Drenovac.  ``rules`` weighs a candidate down when such a rival shares its key.
Apart from ``rules`` to keep each a size one can read.
"""

from __future__ import annotations

from newsmap.geotag.entries import Candidate
from newsmap.geotag.gazetteer import Gazetteer
from newsmap.geotag.matcher import Hit
from newsmap.geotag.morphology_abroad import declined_abroad

__all__ = ["city_abroad_rival", "plural_rival", "real_rival"]


def real_rival(hit: Hit, cand: Candidate) -> bool:
    """Whether another place's real name (not an alternate, not a case form) shares the key."""
    for other in hit.value:
        if _real(other, cand):
            return True
    return False


def city_abroad_rival(gaz: Gazetteer, hit: Hit, cand: Candidate) -> bool:
    """Whether the key is a city of Europe's own name (one big enough for the region's news
    to decline, ``morphology_abroad.declined_abroad``), in another state than a case form's
    place."""
    places = gaz.places
    for other in hit.value:
        if _real(other, cand) and declined_abroad(places[other.place]):
            return places[other.place].country != places[cand.place].country
    return False


def plural_rival(gaz: Gazetteer, hit: Hit, cand: Candidate) -> bool:
    """Whether a case form of a name in "-ac" that keeps its fleeting a ("Drenovaca", made
    from Drenovac, whose genitive is "Drenovca") is the genitive of a plural name in "-ci"
    ("Drenovci", "iz Drenovaca"): the plural's reading is the word.  Both forms stay indexed,
    since a few names keep their a ("Gračac", "iz Gračaca")."""
    if not hit.key.endswith("aca "):
        return False
    places = gaz.places
    name = places[cand.place].name
    if not name.endswith("ac"):
        return False
    stem = name[:-2]
    for other in hit.value:
        if isinstance(other, Candidate) and other.inflected and other.place != cand.place:
            plural = places[other.place].name
            if plural.endswith("ci") and plural[:-2] == stem:
                return True
    return False


def _real(other: object, cand: Candidate) -> bool:
    return (
        isinstance(other, Candidate)
        and other.place != cand.place
        and other.kind not in ("alternate", "cyrillic")
        and not other.inflected
        and other.needs is None
    )
