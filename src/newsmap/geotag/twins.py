"""Twin towns across a border, told apart by the name a text spells out.

Towns facing each other across a border river often share a name, one of them qualified by
its state ("Brod" and "Slavonski Brod", "Kostajnica" and "Hrvatska Kostajnica"), and the
gazetteer keeps the bare name as another name of the bigger twin too.  A text that names one
twin in full and the other bare means two towns: the bare name is the twin whose own name it
is.  ``abroad.namesakes_abroad`` calls this last.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice, new_tuple
from newsmap.geotag.context import Doc


def twins(doc: Doc, places: list[Choice]) -> list[Choice]:
    """Twin towns across a border: "the bridge between Brod and Slavonski Brod".  A bare name
    that is only another name of a town the text also names in full ("Brod" of "Slavonski
    Brod") is the twin whose own name it is, when the gazetteer has one: the text spelt the
    one town out to tell the two apart."""
    gplaces = doc.gaz.places
    text = doc.text
    out = places
    for i, c in enumerate(places):
        if c.level is not None or not c.reason.endswith("alternate name"):
            continue
        full = gplaces[c.place].name
        surface = text[c.start : c.end]
        if not any(
            b.place == c.place and text[b.start : b.end] == full and b.end - b.start > len(surface)
            for b in places
        ):
            continue
        own = _own_name_candidate(doc, c, surface.lower())
        if own is None:
            continue
        if out is places:
            out = list(places)
        why = f"twin of {full}, which the text names in full"
        out[i] = new_tuple(Choice, (c.start, c.end, own, c.score, why, None, False))
    return out


def _own_name_candidate(doc: Doc, c: Choice, name: str) -> int | None:
    """The candidate place of this name whose own name it is (a city), if one."""
    gplaces = doc.gaz.places
    for h in doc.by_start.get(c.start, ()):
        if h.end != c.end:
            continue
        for cand in h.value:
            place = getattr(cand, "place", None)
            if place is None or place == c.place:
                continue
            p = gplaces[place]
            if p.level == "city" and p.name.lower() == name:
                return place
    return None
