"""A landmark named after a region town stands in that town, whatever namesake abroad the
story also visits: "a poster of the Belgrade Fortress" in a report from Belgrade, Maine.

A small town abroad may share a region town's name (Belgrade in Maine and Montana), and a
story about it reads the bare name as that town.  But a fortress, a cathedral or a bridge
named after the town is the region town's own (the namesakes abroad are villages by a lake),
so when the story names the region town's state too, the landmark takes the region town's
point.  Lakes, ponds and other nature keep the town the story is in ("Belgrade Lakes").
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate
from newsmap.model import REGION_COUNTRIES

__all__ = ["LANDMARK_HEADS", "landmark_at_home"]

_REGION = frozenset(REGION_COUNTRIES)
#: Site nouns of a town's own landmarks, which a namesake village abroad does not have.
LANDMARK_HEADS = frozenset(
    ("fortress", "castle", "citadel", "bridge", "cathedral", "monastery", "mosque", "zoo")
)
REASON = "landmark named after a region town the story names"


def landmark_at_home(doc: Doc, start: int, end: int, score: float) -> Choice | None:
    """The landmark at ``start:end`` in the region town its name holds, when the story names
    that town's state with a name of its own; else None."""
    pos = start
    text = doc.text
    while pos < end:
        for hit in doc.by_start.get(pos, ()):
            if hit.end > end:
                continue
            for cand in hit.value:
                if not isinstance(cand, Candidate):
                    continue
                place = doc.gaz.places[cand.place]
                if place.level != "city" or place.country not in _REGION:
                    continue
                if any(k != hit.key for k in doc.support.get(place.country, ())):
                    return Choice(start, end, cand.place, score, REASON, "site")
        nxt = text.find(" ", pos, end)
        if nxt == -1:
            break
        pos = nxt + 1
    return None
