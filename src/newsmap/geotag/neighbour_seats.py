"""Croatia's and Slovenia's small municipal seats in the region's own news.

The gazetteer holds every Croatian and Slovenian municipal seat, however small (Delnice,
Kumrovec, Žužemberk), because the neighbours' press and the region's name them.  Many share
their names with villages the gazetteer lacks (Trnava, Blato, Tar in the six; Fužine in
Ljubljana): in a text written in another state's language (``home_country``, Slovenian by
``latin_language``) such a seat is taken only when the text also names a place of its own
state that is no small seat ("Zagreb", "Hrvatska", "Ljubljana"); alone it is more likely a
namesake village at home than a hamlet abroad; so in English ("Zlatar" mountain in Serbia,
not the Croatian town).  Its own language's text keeps them all.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.home import home_country, latin_language
from newsmap.model import REGION_COUNTRIES, Place

_NEIGHBOURS = frozenset(("HR", "SI"))
#: The size under which GeoNames lists a neighbour's seat only as a seat (build_geo.py).
_SMALL = 5000


def _small_seat(place: Place, curated: frozenset[str]) -> bool:
    """A seat GeoNames alone gives (a town the curated tables add, "Tovarnik", is no such)."""
    return (
        place.country in _NEIGHBOURS
        and place.level == "city"
        and place.population < _SMALL
        and place.place_id.startswith("gn:")
        and place.name not in curated
    )


#: The names of the neighbours' towns the curated tables add, per place table (one gazetteer
#: a process, as a rule): asked once, not for every document.
_CURATED: list[tuple[list[Place], frozenset[str]]] = []


def _curated_names(table: list[Place]) -> frozenset[str]:
    for known, names in _CURATED:
        if known is table:
            return names
    names = frozenset(
        p.name for p in table if p.country in _NEIGHBOURS and p.place_id.startswith("cur:")
    )
    _CURATED[:] = [(table, names)]
    return names


def lone_neighbour_seats(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` without the small neighbour seats a region state's own text names with no
    other place of that neighbour."""
    table = doc.gaz.places
    curated = _curated_names(table)
    small = [c for c in places if _small_seat(table[c.place], curated)]
    if not small:
        return places
    text = doc.text
    inside = [c for c in small if _after_a_name(text, c.start)]
    if inside:  # "Veliki Tabor", "Golem Grad": the end of a longer name, not the seat
        drop_inside = set(inside)
        places = [c for c in places if c not in drop_inside]
        small = [c for c in small if c not in drop_inside]
    backed = {
        table[c.place].country
        for c in places
        if table[c.place].country in _NEIGHBOURS and not _small_seat(table[c.place], curated)
    }
    own = _own_neighbour(doc.text)
    if own == "" and latin_language(doc.text) == "sh":
        # BCMS whose state the words do not tell: a story among the six's towns ("kod
        # Valjeva") is theirs, one among the neighbour's alone is the neighbour's
        if any(table[c.place].country in REGION_COUNTRIES for c in places):
            own = None
    if own == "":
        return places
    lone = [c for c in small if table[c.place].country not in backed | {own}]
    if not lone:
        return places
    drop = set(lone)
    return [c for c in places if c not in drop]


def _after_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word stands right before ``start`` inside its sentence (the
    word before it is no sentence's end): the seat's name ends a longer name."""
    if start < 2 or text[start - 1] != " ":
        return False
    k = start - 1
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if k == start - 1 or not text[k].isupper():
        return False
    before = text[:k].rstrip()
    return bool(before) and before[-1] not in '.!?:"„“”«»–-\n' and not before.endswith("\n")


def _own_neighbour(text: str) -> str | None:
    """The neighbour whose own language the text is in ("HR", "SI"); None for a region
    state's language or English; "" when the text's language is not told."""
    home = home_country(text)
    if home is not None:
        return home if home in _NEIGHBOURS else None
    language = latin_language(text)
    return "SI" if language == "sl" else None if language == "en" else ""
