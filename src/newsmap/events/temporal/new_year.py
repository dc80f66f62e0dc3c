""" "In the new year": the calendar year after the one the clause stands in.

News at the year's end puts what is to come "in the new year" ("will present a new law in the
new year"): the year after publication.  Told in the past, a look back means the year after the
one it named last ("parliament passed the law on 27 December. Processions spread in the new
year"); that year is left to the date told before it, as is a clause with no tense.
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.events.temporal import starts as S
from newsmap.events.temporal.context import words_before
from newsmap.events.temporal.english_tense import clause_tense
from newsmap.events.temporal.record import Resolved, Rule

__all__ = ["IN_THE_NEW_YEAR"]


def h_new_year(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """The year after publication, in a clause of what is to come."""
    before = words_before(text, m.start(), 16)
    if before[:1] and before[0] in _SEE_IN:
        return None  # "saw in the new year on the square": a night's celebration
    if not _LASTING.isdisjoint(before[:12]):
        return None  # "will keep its tariff in the new year": a state that goes on
    if pub is None:
        return None
    if clause_tense(text, m.start(), m.end(), before) is not True:
        if _PROMISED.isdisjoint(before[:8]):
            return None  # "he promised a government in the new year": a promise looks ahead
    if m["first"]:
        return f"{pub.year + 1:04d}-01", "month", "relative"  # "the first days of the new year"
    return f"{pub.year + 1:04d}", "year", "relative"


# Verbs of "see in the new year" (to celebrate its coming), and verbs of a state that lasts.
_SEE_IN = frozenset("see sees saw seen seeing ring rang welcome welcomed".split())
_LASTING = frozenset("keep keeps stay stays remain remains continue continues".split())
# Past verbs of a promise, whose object lies ahead of the publication.
_PROMISED = frozenset("promised pledged vowed".split())


IN_THE_NEW_YEAR: Rule = Rule(
    "in the new year",
    # not "the New Year's concert" (a holiday, see the named-day rule) nor "the new year's budget"
    re.compile(
        r"\b[Ii]n[ \t]+the[ \t]+"
        # "in the first days of the new year": its first month
        r"(?:(?P<first>first|early)[ \t]+(?:days|weeks)[ \t]+of[ \t]+the[ \t]+)?"
        r"(?:new[ \t]+year|New[ \t]+Year)\b(?![-'’])"
    ),
    h_new_year,
    starts=S.Anchor(("new year",), back=6),
)
