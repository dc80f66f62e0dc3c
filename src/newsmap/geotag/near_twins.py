"""A small region town "near" a town of another region state is a village of that other state.

"The village of Kamenica near Zvornik", "Kamenica, a village near Zvornik": the gazetteer
knows a Kamenica in Kosovo and one in Serbia, but the text puts this one by a Bosnian town,
and a small place named by the town beside it is where that town is (the villages of the six
share their names across borders; the gazetteer holds few of them).  The name becomes a
``city`` mention at the town it lies near, with a village's score, and the same name written
again in the story follows it.  Capitals and towns of some size keep their own reading ("Tuzla
near the border" is no village), and so does a name whose own state is the other town's.

English text only, read at the places already decided (no pattern runs over the text).
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.sites import VILLAGE_SCORE
from newsmap.model import REGION_COUNTRIES

_REGION = frozenset(REGION_COUNTRIES)
REASON = "settlement near a town of another state"
#: What ties the small place to the town it lies near.
_NEAR = frozenset(
    (" near ", ", a village near ", ", a hamlet near ", ", near ")
    + tuple(
        f"{comma} {side} of "
        for comma in ("", ",")
        for side in (
            "north",
            "south",
            "east",
            "west",
            "north-east",
            "north-west",
            "south-east",
            "south-west",
        )
    )
)
#: A town this big is known by its own name wherever the text puts it.
_SMALL = 20_000
#: What calls the small place a village outright, after its name or before it.
_VILLAGE_AFTER = (", a village near ", ", a hamlet near ")
_VILLAGE_BEFORE = ("village of ", "hamlet of ")


def _called_a_village(text: str, start: int, end: int, town: int) -> bool:
    """Whether the text calls the name a village of the town beside it ("Vladimir, a village
    near Ulcinj", "the village of Kula near Plovdiv"): then a namesake of any size or state
    the gazetteer knows is not the place, whatever the states of the two."""
    return text[end:town] in _VILLAGE_AFTER or text.endswith(_VILLAGE_BEFORE, 0, start)


def near_twins(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` with each small region town "near" a region town of another state moved to
    that town (and the same name's other mentions with it)."""
    if doc.local or len(places) < 2:
        return places
    text, gplaces = doc.text, doc.gaz.places
    moved: dict[str, Choice] = {}
    for c, n in zip(places, places[1:], strict=False):
        if c.level is not None or n.level is not None or n.start - c.end > 20:
            continue
        if text[c.end : n.start] not in _NEAR:
            continue
        p, q = gplaces[c.place], gplaces[n.place]
        if p.level != "city" or q.level != "city" or p.country == q.country:
            continue
        if c.place in doc.gaz.capitals:
            continue
        if not _called_a_village(text, c.start, c.end, n.start):
            if p.country not in _REGION or q.country not in _REGION or p.population >= _SMALL:
                continue
        moved[text[c.start : c.end]] = Choice(
            c.start, c.end, n.place, VILLAGE_SCORE, REASON, "city"
        )
    if not moved:
        return places
    out = []
    for c in places:
        m = moved.get(text[c.start : c.end])
        if m is not None and c.level is None and gplaces[c.place].level == "city":
            c = Choice(c.start, c.end, m.place, VILLAGE_SCORE, REASON, "city")
        out.append(c)
    return out
