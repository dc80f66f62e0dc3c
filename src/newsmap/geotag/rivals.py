"""Rival readings of one key: another place's real name beside an alternate or a case form.

Local text names its own towns by their real names, and a city of Europe by its own name:
"Митровица" is Kosovo's Mitrovica, not an alternate of Sremska Mitrovica, and "trajekt za
Bari" is the Italian port, not a case form of Montenegro's Bar (which the languages decline
"Bara", "Baru").  ``rules`` weighs a candidate down when such a rival shares its key.  Apart
from ``rules`` to keep each a size one can read.
"""

from __future__ import annotations

from newsmap.geotag.entries import Candidate
from newsmap.geotag.gazetteer import Gazetteer
from newsmap.geotag.matcher import Hit
from newsmap.geotag.morphology import declined_abroad

__all__ = ["city_abroad_rival", "real_rival"]


def real_rival(hit: Hit, cand: Candidate) -> bool:
    """Whether another place's real name (not an alternate, not a case form) shares the key."""
    for other in hit.value:
        if _real(other, cand):
            return True
    return False


def city_abroad_rival(gaz: Gazetteer, hit: Hit, cand: Candidate) -> bool:
    """Whether the key is a city of Europe's own name (one big enough for the region's news
    to decline, ``morphology.declined_abroad``), in another state than a case form's place."""
    places = gaz.places
    for other in hit.value:
        if _real(other, cand) and declined_abroad(places[other.place]):
            return places[other.place].country != places[cand.place].country
    return False


def _real(other: object, cand: Candidate) -> bool:
    return (
        isinstance(other, Candidate)
        and other.place != cand.place
        and other.kind not in ("alternate", "cyrillic")
        and not other.inflected
        and other.needs is None
    )
