"""A year that is the subject of its clause is no event: "As 2019 ends", "Whatever 2020 brings",
"where 2019 leaves off", "how 2018 looked".

The year is then what the clause talks about, a period seen whole, not the time of a happening in
it.  Only a bare year right before a verb, after a word that opens a clause (or at the start of
its sentence), counts: "the floods of 2014 left 20 dead" dates the floods, and the year there
stands after "of".
"""

from __future__ import annotations

import re
from typing import Final

from newsmap.events.temporal import TimeExpr

__all__ = ["year_subject"]

_BARE_YEAR: Final = re.compile(r"(?:1[89]|20)\d\d")
# The verbs a year as a subject takes in news: it ends, begins, brings, leaves off, looks.
_VERB: Final = re.compile(
    r"[ \t]+(?:ends|ended|begins|began|starts|started|brings|brought|leaves|left|looks|looked"
    r"|holds|held|closes|closed|draws|drew|turns|turned|was|is|will|has|had|proved|promises)\b"
)
# Words that open a clause right before the year.
_OPENERS: Final = frozenset("as whatever where how when while after before until once".split())


def year_subject(text: str, expr: TimeExpr) -> bool:
    """Whether ``expr`` is a bare year that is the subject of its clause."""
    if _BARE_YEAR.fullmatch(expr.surface) is None or _VERB.match(text, expr.end) is None:
        return False
    i = expr.start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] in '.!?\n:;"“':
        return True
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i].lower() in _OPENERS
