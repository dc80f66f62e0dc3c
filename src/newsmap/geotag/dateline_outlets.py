"""The outlet in a local dateline's brackets names no place of the story.

Local wires open "KRALJEVO, 2. decembra (Ibarske vesti) –", "TETOVË, 27 tetor (Lajme Pollogu)
–": the bracket holds the outlet, whose name is often a region's or a town's adjective
("Dolenjske novice", "Gorenjski portal").  A mention inside the first bracket of the text,
when that bracket closes before a dash, is dropped.  Only the text's opening is looked at.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice

#: How far into the text the dateline's bracket may open, and how long the outlet may be.
_OPENING = 70
_OUTLET = 60
_DASHES = ("–", "-", "—")


def outlet_span(text: str) -> tuple[int, int] | None:
    """The span inside the dateline's bracket, if the text opens with one."""
    opened = text.find("(", 0, _OPENING)
    if opened < 0:
        return None
    closed = text.find(")", opened, opened + _OUTLET)
    if closed < 0:
        return None
    rest = text[closed + 1 : closed + 4].lstrip()
    if not rest.startswith(_DASHES):
        return None
    return opened + 1, closed


def without_dateline_outlet(text: str, places: list[Choice]) -> list[Choice]:
    """``places`` less those inside the dateline's outlet name."""
    if "(" not in text[:_OPENING]:
        return places
    span = outlet_span(text)
    if span is None:
        return places
    lo, hi = span
    return [c for c in places if not (lo <= c.start and c.end <= hi)]
