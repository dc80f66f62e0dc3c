"""The state a village after a place word stands in, when the words around it say so.

Local news names the villages by a border as it names the region's own ("kolona se protezala
do Karasovića na hrvatskoj strani", "te Morina, në anën shqiptare"), and the border stories that
name them name the towns of both sides, so the nearest town of the sentence places such a
village on the wrong side as often as on the right one.  A state's side named right after the
village ("na hrvatskoj strani", "s crnogorske strane", "на српската страна": ``local_states``
reads those as the state) says which side it is on.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc

__all__ = ["side_after"]

#: What may stand between the village and the side that follows it: a comma, a preposition.
_PREPOSITIONS = "na s sa z iz od v на с са со од në ne".split()
_GAPS = frozenset((" ", ", ", *(f"{c} {p} " for c in ("", ",") for p in _PREPOSITIONS)))
#: How the side's noun begins, folded (BCMS and Slovenian "strana"/"stran", Macedonian
#: "страна"); Albanian names the side before its adjective ("në anën shqiptare"); a shore
#: says it as a side does ("на грчкиот брег", "na albanskoj obali").
_SIDE_STEMS = ("stran", "anen", "ana ", "breg", "obal")


def side_after(doc: Doc, extra: Iterable[Choice], end: int) -> int | None:
    """The country place of a state's side named right after ``end`` ("do Karasovića na
    hrvatskoj strani"), or None."""
    for c in extra:
        if c.level != "demonym" or not 0 < c.start - end <= 6:
            continue
        gap = doc.text[end : c.start]
        if gap not in _GAPS:
            continue
        if not any(stem in doc.fold(doc.text[c.start : c.end]).lower() for stem in _SIDE_STEMS):
            continue
        return c.place
    return None
