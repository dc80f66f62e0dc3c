"""A town spelt like an adjective of description, used as one: "the late Roman fortress".

A few foreign towns share their spelling with a capitalised English adjective that describes a
site's age or faith (``sites.DESCRIPTIVE``: Roman, a town in Romania).  Before a lower-case noun
("the largest Roman amphitheatres", "a late Roman fortress") the word describes; after a
locative word ("in Roman, police said") it is the town.  English text only.
"""

from __future__ import annotations

from newsmap.geotag import words
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.sites import DESCRIPTIVE

__all__ = ["descriptive_towns"]


def descriptive_towns(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` less the towns spelt like a describing adjective and used as one."""
    text = doc.text
    kept = [c for c in places if not _describes(doc, text, c)]
    return kept if len(kept) != len(places) else places


def _describes(doc: Doc, text: str, c: Choice) -> bool:
    if c.level is not None or text[c.start : c.end] not in DESCRIPTIVE:
        return False
    if not (text.startswith(" ", c.end) and text[c.end + 1 : c.end + 2].islower()):
        return False  # "Roman, a town in Neamț": the name, not a word before a noun
    before = text[max(0, c.start - 12) : c.start].split()
    return not (before and before[-1].lower() in words.LOCATIVE_PREPOSITIONS)
