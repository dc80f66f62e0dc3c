"""Municipalities' seats whose population GeoNames lacks, taken as towns of some thousands.

Read by the gazetteer builder when it adds GeoNames rows (``builder.add_places``).
"""

from __future__ import annotations

#: GeoNames codes of administrative seats: a municipality's seat is a known town even where
#: GeoNames gives it no population (Ivanjica 0, Raška 4).
SEAT_CODES = frozenset({"PPLA", "PPLA2", "PPLA3", "PPLC"})

#: States whose second- and third-order seats are municipalities' towns (Albania's are the
#: seats of its former communes, villages, and keep their own figures).
_SEAT_TOWN_STATES = frozenset(("RS", "BA", "ME", "MK", "XK"))
#: Below this a seat's population is taken as missing (GeoNames writes 0 or a stray 3 or 4).
_MISSING_POPULATION = 100
#: The population a municipality's seat is taken to have where GeoNames gives it none: a
#: town of some thousands.
SEAT_TOWN_POPULATION = 5_000


def seat_town(country: str | None, feature_code: str, population: int) -> bool:
    """Whether a row is a municipality's seat whose population GeoNames lacks (Priboj 3,
    Tutin 4, Drvar 0).  Such a seat counts as a town of some thousands
    (``SEAT_TOWN_POPULATION``): neither a small place that needs context to be read as one
    nor one that a village of the same name elsewhere outranks (Priboj near Lopare, 4,351,
    against the Serbian town the news means)."""
    return (
        feature_code in SEAT_CODES
        and country in _SEAT_TOWN_STATES
        and population < _MISSING_POPULATION
    )
