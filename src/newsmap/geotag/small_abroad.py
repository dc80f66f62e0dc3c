"""Small towns abroad: named only where the text names their state and a locative word leads.

Besides the towns of the six and their neighbours, capitals and big cities, the gazetteer keeps
the smaller towns where the region's people live and work or that lie just across the Adriatic
and the southern border (``DIASPORA_TOWNS`` of ``scripts/build_geo.py``: "a tiler from
Frauenfeld", "the Bosnians of Steyr", "a school exchange in Tricase").  Such a name is often a
word, a surname or another place's name too ("March", "Much", "Washington"), so a small town
abroad keeps only its own names that no other place or word has (``drop_shared``), stands for
the town only in a document that names its state by another word (``needs``), and only where a
locative word or a list of places leads to it (``rules``).
"""

from __future__ import annotations

from newsmap.model import Place

#: A town abroad below this (outside the six and their neighbours, not a capital) is small:
#: the gazetteer keeps bigger ones only in states that border the region or near it
#: (``CONTEXT_50K`` of ``scripts/build_geo.py``), and 300,000 and more everywhere.
SMALL_ABROAD_POPULATION = 50_000
_BIG_ABROAD_POPULATION = 300_000
_CONTEXT_50K = frozenset(("GR", "BG", "RO", "HU", "AT", "IT", "TR"))
#: Names that are English month or weekday names: never a small town abroad ("March").
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def small_abroad(place: Place, inflected_countries: frozenset[str], capital: bool) -> bool:
    """Whether ``place`` is a town abroad that the gazetteer keeps only for the region's
    diaspora (below 50,000 in a state near the region, below 300,000 elsewhere)."""
    return (
        place.level == "city"
        and place.country is not None
        and place.country not in inflected_countries
        and not capital
        and place.population
        < (SMALL_ABROAD_POPULATION if place.country in _CONTEXT_50K else _BIG_ABROAD_POPULATION)
        and place.place_id.startswith("gn:")
    )


def calendar_word(name: str) -> bool:
    """Whether ``name`` is an English month or weekday name."""
    return name.strip().lower() in _CALENDAR_WORDS


def drop_shared(keys: dict[str, dict], small: dict[int, str]) -> None:
    """Leave a small town abroad only the names no other place or word has: "Washington" is
    the capital, "Gora" the Kosovo region, "Bar" the Montenegrin town, whatever small town
    abroad shares the name.  ``keys``: the builder's slots by key; ``small``: its small towns
    abroad by place."""
    for slot in keys.values():
        if len(slot) < 2:
            continue
        mine = [k for k in slot if len(k) == 1 and k[0] in small]
        if mine and len(mine) < len(slot):
            for k in mine:
                del slot[k]
