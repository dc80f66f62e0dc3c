"""Which cities abroad the region's languages decline: big ones of Europe.

Apart from ``morphology`` (the endings) to keep each a size one can read.
"""

from __future__ import annotations

from newsmap.geotag.morphology import INFLECTED_COUNTRIES
from newsmap.model import Place

__all__ = ["declined_abroad"]


#: A city of Europe outside the region this big has its Latin name declined (``declined_abroad``).
_DECLINED_ABROAD_POPULATION = 100_000


def declined_abroad(place: Place) -> bool:
    """A city of Europe outside the region and its neighbours, big enough for the region's
    news to name in its cases (its Cyrillic names are declined only for world cities)."""
    lat, lon = place.lat, place.lon
    return (
        place.level == "city"
        and place.country not in INFLECTED_COUNTRIES
        and place.population >= _DECLINED_ABROAD_POPULATION
        and lat is not None
        and lon is not None
        and 34.0 <= lat <= 72.0
        and -11.0 <= lon <= 45.0
    )


#: How the region's languages decline a city abroad whose name ends in -i: with a j before the
#: ending ("u Bariju", "iz Barija", "Helsinkijem").
_I_STEM_ENDINGS = ("ja", "ju", "jem")


def soft_forms(name: str) -> tuple[str, ...]:
    """The j-forms of a big European city named in -i ("Bari" -> "Barija", "Bariju",
    "Barijem"): indexed even when a dictionary lists them as words (they are weak then, as
    common words are, and need a preposition or the state nearby).  No other word declines so,
    whereas its other forms ("Bara", "Baru") are a region town's."""
    if len(name) < 4 or not name.endswith("i") or not name.isalpha():
        return ()
    return tuple(name + e for e in _I_STEM_ENDINGS)
