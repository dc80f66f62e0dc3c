"""Which of a place's names, and which of their case forms, the gazetteer indexes, and how
the kinds of name rank.

Kept apart from ``builder`` (which collects the keys) so that the policy reads in one place:
the sizes above which a town's case forms are indexed, the names that are people's or
acronyms, and the spellings a city abroad is declined in.  Nothing here keeps state.
"""

from __future__ import annotations

from newsmap.geotag import words
from newsmap.geotag.folding import fold
from newsmap.geotag.morphology import INFLECTED_COUNTRIES
from newsmap.geotag.seat_towns import SEAT_CODES
from newsmap.model import Place

#: Smallest town whose inflected forms ("Beogradu", "Prištine") are indexed as they come.
#: Smaller places of those countries get the forms that clash with no common word of the
#: region's languages (``case_form_clashes``, made by scripts/build_case_clashes.py).
INFLECT_MIN_POPULATION = 10_000
#: The shortest case form of a small place that is indexed (folded letters): shorter ones
#: are abbreviations and particles more often than villages.
CHECKED_MIN_LENGTH = 5
#: The letters of the Serbian and Macedonian Cyrillic alphabets (and what joins a name's
#: words): a GeoNames alternate written only in them is the region's own name of a place
#: ("Пекинг", "Минхен"), where Russian or Ukrainian spellings have letters of their own
#: ("Мюнхен").
SERBIAN_CYRILLIC = frozenset(
    "абвгдђежзијклљмнњопрстћуфхцчџшѓќѕ" + "абвгдђежзијклљмнњопрстћуфхцчџшѓќѕ".upper() + " -"
)
#: A city abroad this big is named in the region's news in its cases ("у Франкфурту").
WORLD_CITY_POPULATION = 500_000
#: Alias kinds that are real names of the place (as opposed to GeoNames' untagged alternates).
NAME_KINDS = frozenset({"name", "ascii", "local", "cyrillic", "curated"})


def given_name(name: str) -> bool:
    """A name that is a given name, or whose stem is one ("Милано": "Милану" is also the
    dative of Milan): its case forms would be a person's."""
    folded = fold(name).lower()
    return folded in words.GIVEN_NAMES or folded[:-1] in words.GIVEN_NAMES


def acronym(name: str) -> bool:
    """Short names written with several capitals ("US", "RS", "BiH"): matched only as spelt."""
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= 5 and sum(c.isupper() for c in letters) >= 2 and " " not in name


def kind_rank(kind: str) -> int:
    """How much a kind of name counts when two names of one place fold to one key: the
    lower, the more the name is the place's own (a hand-made name before GeoNames' alternate)."""
    order = ("curated", "name", "local", "cyrillic", "ascii", "alternate")
    return order.index(kind) if kind in order else len(order)


#: States whose towns GeoNames names in Albanian's indefinite form ("Kavajë", "Himarë"),
#: while English news writes the definite one ("Kavaja", "Himara").
ALBANIAN_NAMED = frozenset(("AL", "XK"))
#: Smallest town whose definite form is indexed as a name: a village's would name people
#: ("Morava", "Karina" and surnames are villages' forms too).
DEFINITE_MIN_POPULATION = 2000


def inflectable(place: Place, feature_code: str = "") -> bool:
    """Whether every case form of the place's names is indexed: the region's towns of
    ``INFLECT_MIN_POPULATION`` and more, its seats, units and states, which the news declines."""
    return place.country in INFLECTED_COUNTRIES and (
        place.population >= INFLECT_MIN_POPULATION
        or place.level in ("admin1", "country")
        or feature_code in SEAT_CODES
    )


#: How an adjective before a town's name ends: "Bosanski", "Bosanska", "Srpsko", "Kosovska".
ADJECTIVE_ENDINGS = ("ski", "ska", "sko", "čki", "čka", "čko", "ški", "ška", "ško")


def qualified(alias: str, name: str) -> bool:
    """Whether ``alias`` is ``name`` with an adjective before it ("Bosanski Brod")."""
    first, _, rest = alias.partition(" ")
    return rest == name and first[:1].isupper() and first.endswith(ADJECTIVE_ENDINGS)
