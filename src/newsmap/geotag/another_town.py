"""A region town's name after "another" or "the other", in a sentence set abroad: "another
Belgrade sits on a lake in Maine", "the other Prizren, a village in Bavaria".

"Another" tells the reader the name is a second place's: when the sentence names a state or a
province outside the six after it, the town is that state's namesake.  Without a place abroad
in its sentence ("another Belgrade rally") the name keeps its reading.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.home import text_marks
from newsmap.geotag.token_marks import OTHER
from newsmap.geotag.units_abroad import foreign_state

__all__ = ["another_abroad", "may_say_another", "the_other"]

#: Words before a name that make it one of two places so called.
_ANOTHER = ("another ", "Another ", "the other ", "The other ", "a second ", "A second ")


def may_say_another(text: str) -> bool:
    """Whether the text has one of the words at all (one scan a document)."""
    if not text_marks(text) & OTHER:
        return False  # no token the words leave: "another", "other", "second"
    return "nother " in text or "he other " in text or " second " in text


def another_abroad(doc: Doc, places: list[Choice], i: int) -> str | None:
    """The state outside the six that the sentence of ``places[i]`` names after it, when
    "another" stands before the name; else None."""
    text = doc.text
    c = places[i]
    if not text.endswith(_ANOTHER, max(0, c.start - 10), c.start):
        return None
    _s_start, s_end = doc.sentence_bounds(c.start)
    gplaces = doc.gaz.places
    for n in places[i + 1 :]:
        if n.start >= s_end:
            break
        state = foreign_state(gplaces[n.place].level, gplaces[n.place].country, n.level)
        if state is not None:
            return state
    return None


#: Words before a name that point back to the second of two places so called.
_THE_OTHER = ("the other ", "The other ")


def the_other(text: str, start: int) -> bool:
    """Whether "the other" stands right before ``start`` ("the other Dimitrovgrad"): once the
    text has placed a namesake abroad, the one that is not the story's own."""
    return text.endswith(_THE_OTHER, max(0, start - 10), start)
