"""A "today" set against a time long gone in its own sentence: "nowadays", no day.

"Prvi sabor održan je 1961. godine, a danas se trubači okupljaju svakog avgusta", "Naši su
otišli još sedamdesetih, a deca im danas dolaze samo za praznike", "Nekada je selo imalo 500
stanovnika, a danas ih živi tridesetak": the clause before "a"/"ali"/"dok" names a year, a
decade or "once", and "danas" in the clause joined on after it is the present age set against
that past, not the day of publication (tests/data/events/local/README.md, dev11: "данас"
meaning nowadays is no event).

So is "today" before a verb of a state that lasts ("koja danas živi u Sankt Gallenu", "Патот
денес трае еден час") or a word of how often ("Srbi danas o tome retko govore"): the present
age, as dev4, dev5 and dev9 read it.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["nowadays"]

#: The join between the past clause and the "today" clause: a comma, then "but"/"while".
_JOIN: Final = re.compile(
    r"(?i),\s*(?:a|ali|dok|а|али|док|ama|por|ndërsa|ndersa|kurse|но|додека|pa)\s"
)
#: A time long gone: a year in digits, a decade ("sedamdesetih", "1990-ih", "седамдесетих",
#: "90-тите"), or "once" ("nekada", "nekoč", "dikur", "некогаш", "порано").
_LONG_AGO: Final = re.compile(
    r"(?i)(?<!\d)(?:1[89]\d\d|20[0-2]\d)(?!\d)|\w+(?:desetih|десетих|десеттите|desetih)(?!\w)"
    r"|\d0-(?:ih|tih|их|тих|тите)(?!\w)"
    r"|(?<!\w)(?:nekad|nekada|nekoć|nekoč|некад|некада|некогаш|порано|dikur|nekdaj)(?!\w)"
)
#: Where a sentence ends: a mark not after a digit ("1961. godine" goes on), or a line's end.
_SENTENCE_END: Final = re.compile(r"[.!?;](?<!\d[.!?;])\s|\n")
#: How far back the sentence is read (characters).
_REACH: Final = 160


#: Within the two words after "today": a verb of living or lasting, or a word of how often.
_STATE_AFTER: Final = re.compile(
    r"(?i)\s+(?:\S+\s+){0,2}?(?:živ[ie]\w*|жив[еи]\w*|jeton\w*|jetoj\w*|traj[eu]|трај[еу]|трае"
    r"|траат|zgjat\w*|retko|rijetko|redko|ретко|rrallë|često|често|pogosto|shpesh|obično"
    r"|обично|uglavnom|углавном|главно|zakonisht)(?!\w)"
)


def nowadays(text: str, start: int, end: int | None = None) -> bool:
    """Whether "danas" at ``start`` (ending at ``end``) opens (or stands in) a clause joined on
    after one that names a time long gone in the same sentence, or stands before a verb of a
    lasting state or a word of how often: the present age, no day."""
    if end is not None and _STATE_AFTER.match(text, end) is not None:
        return True
    lo = max(0, start - _REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    head = text[ends[-1] if ends else lo : start]
    joins = list(_JOIN.finditer(head))
    if not joins:
        return False
    join = joins[-1]
    if "," in head[join.end() :]:
        return False
    return _LONG_AGO.search(head, 0, join.start()) is not None
