"""Towns named like a feast day: "за Илинден", "по Водици", "na Štefanje" name the day.

Ilinden (St Elijah's day, a Macedonian municipality), Vodici (Epiphany in Macedonian, a form
of the Croatian and Slovenian town Vodice), Štefanje (St Stephen's day, a Croatian
municipality) and "Dita e Çlirimit" (Liberation Day; Çlirim is an Albanian village) are
feasts the region's press dates things by far more often than it names the towns.  In local
text such a name is the town only after a preposition of place or motion ("во Илинден",
"iz Štefanja" is another form) or a municipality word ("Општина Илинден"); else the day, no
place.  A place of such a name is looked for first, by index, so a text that names none pays
one set test per chosen place.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.folding import fold
from newsmap.geotag.gazetteer import Gazetteer

__all__ = ["feast_days", "holy_weekdays"]

#: The places' names (folded) that are feast days, and the feast forms (folded) text writes.
_FEAST_TOWNS = frozenset(("ilinden", "vodice", "stefanje", "clirim"))
_FEAST_FORMS = frozenset(("ilinden", "vodici", "stefanje", "clirimit"))
#: Prepositions of place and motion, folded, after which such a name is the town: in, from,
#: to, towards, through, near (BCMS, Slovenian, Macedonian, Albanian).  Not "za", "po", "na",
#: "do", "pred", "posle": for, after, on, until, before a day.
_PLACE_WORDS = frozenset("u iz v vo od kon niz kaj kod prema ka proti skozi ne nga drejt".split())
#: Municipality words, folded ("opština", "Општина", "občina", "komuna").
_MUNICIPALITY = ("opstin", "opcin", "obcin", "opshtin", "komun")

_IDS: dict[int, tuple[Gazetteer, frozenset[int]]] = {}


def _feast_towns(gaz: Gazetteer) -> frozenset[int]:
    found = _IDS.get(id(gaz))
    if found is not None and found[0] is gaz:
        return found[1]
    ids = frozenset(i for i, p in enumerate(gaz.places) if fold(p.name).lower() in _FEAST_TOWNS)
    _IDS.clear()
    _IDS[id(gaz)] = (gaz, ids)
    return ids


def feast_days(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` less the towns named like a feast that local text writes as the day."""
    ids = _feast_towns(doc.gaz)
    if ids.isdisjoint([c.place for c in places]) or not doc.local:
        return places
    drop = []
    for c in places:
        if c.place not in ids or c.level is not None:
            continue
        if doc.fold(doc.text[c.start : c.end]).lower() not in _FEAST_FORMS:
            continue
        prev, gap = doc.prev_word(c.start)
        word = doc.fold(prev).lower()
        if gap == " " and (word in _PLACE_WORDS or word.startswith(_MUNICIPALITY)):
            continue
        drop.append(c)
    return [c for c in places if c not in drop] if drop else places


#: Weekdays, folded, in the forms a feast before them takes: "Veliki petak" (Good Friday),
#: "Velika subota", "Veliki četvrtak", "Cvjetna nedjelja", "Велики петак" (BCMS, Slovenian,
#: Macedonian).
_WEEKDAYS = frozenset(
    """
    ponedjeljak ponedeljak utorak srijeda srijedu sreda sredu cetvrtak petak subota subotu
    nedjelja nedjelju nedelja nedelju ponedeljek torek sreda cetrtek petek sobota soboto
    nedelja nedeljo ponedelnik vtornik sreda cetvrtok petok sabota nedela
    """.split()
)


def holy_weekdays(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` less a town named by an adjective right before a lower-case weekday: "na
    Veliki petak" is Good Friday, not a form of the village Velika.  A town's name is not
    followed by a bare weekday, which takes a preposition ("u Velikoj u petak")."""
    if not doc.local or not places:
        return places
    text = doc.text
    drop = []
    for c in places:
        if c.level is not None or not text.startswith(" ", c.end):
            continue
        between, word = doc.next_word(c.end)
        if between == " " and word[:1].islower() and doc.fold(word) in _WEEKDAYS:
            drop.append(c)
    return [c for c in places if c not in drop] if drop else places
