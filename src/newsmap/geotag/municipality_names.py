"""A town named with its municipality word in local text: the mention is the town's name.

"Општина Тетово вчера го отвори", "Občina Jesenice je obnovila", "Opština Budva je saopštila":
the gazetteer knows some municipalities by their official names ("Општина Тетово") or a town
by such an alternate, so the longest reading spans the word "municipality" too.  Local news
names the town that way as the actor; the place is the town's name, as where the gazetteer
lacks the longer name ("Opština Bijelo Polje" tags "Bijelo Polje").  The decision keeps its
place and starts after the word.  Only in local text, and only for a mention that opens with a
capital O: the rest pay one character test each.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc

__all__ = ["without_municipality_word"]

#: Municipality words, folded, in any case ("Opština", "Općine", "Občina", "Општината").
_MUNICIPALITY = ("opstin", "opcin", "obcin")
#: The first letters of those words: Latin and Cyrillic O.
_FIRST = frozenset("OО")


def without_municipality_word(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` with a leading municipality word cut from each mention that has one."""
    text = doc.text
    if not any(text[c.start] in _FIRST for c in places):
        return places
    out = []
    for c in places:
        if text[c.start] in _FIRST:
            space = text.find(" ", c.start, c.end)
            if space > 0 and doc.fold(text[c.start : space]).lower().startswith(_MUNICIPALITY):
                name = space + 1
                if name < c.end and text[name].isupper():
                    c = c._replace(start=name)
        out.append(c)
    return out
