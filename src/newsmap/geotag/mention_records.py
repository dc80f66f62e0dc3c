"""Decided places to ``Mention`` records, the tagger's output, built cheaply.

The resolver decides spans as ``Choice`` tuples; the records every caller reads are built
here, once per decision's fields, memoised on the gazetteer.
"""

from __future__ import annotations

from newsmap.geotag.candidates import MEMO_MAX
from newsmap.geotag.choice import Choice
from newsmap.geotag.gazetteer import Gazetteer
from newsmap.model import Mention

_new = object.__new__


def to_mentions(gaz: Gazetteer, text: str, choices: list[Choice]) -> list[Mention]:
    """Build the Mentions without the frozen dataclass's ``__init__``.

    A frozen dataclass sets each of its 13 fields through ``object.__setattr__``, which made
    building mentions a tenth of the tagger's time.  Filling the instance dictionary directly
    gives an equal object (tests/unit/geotag/test_mention_build.py), and every field but the
    offsets and the surface comes from a dict memoised per decision (``c[2:]``: place, score,
    reason, level, metonymic), so a Mention costs one lookup and one ``update``.
    """
    tails = gaz.mention_tails
    out = []
    for c in choices:
        tail = tails.get(c[2:])
        if tail is None:
            tail = _mention_tail(gaz, c)
        start, end = c[0], c[1]
        m = _new(Mention)
        d = m.__dict__
        d["start"] = start
        d["end"] = end
        d["surface"] = text[start:end]
        d.update(tail)
        out.append(m)
    return out


def _mention_tail(gaz: Gazetteer, c: Choice) -> dict[str, object]:
    """The Mention fields after ``surface``, in field order, for one decision."""
    p = gaz.places[c.place]
    tail: dict[str, object] = {
        "place_id": p.place_id,
        "name": p.name,
        "country": p.country,
        "admin1": p.admin1,
        "level": c.level or p.level,
        "lat": p.lat,
        "lon": p.lon,
        "score": round(c.score, 3),
        "metonymic": c.metonymic,
        "reason": c.reason,
    }
    if len(gaz.mention_tails) >= MEMO_MAX:
        gaz.mention_tails.clear()
    gaz.mention_tails[c[2:]] = tail
    return tail
