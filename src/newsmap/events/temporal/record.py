"""The records of the date matcher: a found date (TimeExpr) and a rule that finds dates (Rule)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class TimeExpr:
    """One date named in a text: where it is, what it resolves to and how sure we are of it.

    ``date`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (a decade is its first year with precision
    ``decade``).  ``text[start:end] == surface`` always.
    """

    start: int
    end: int
    surface: str
    date: str
    precision: str
    date_source: str


#: (date, precision, date_source) of one match, as TimeExpr spells them.
Resolved = tuple[str, str, str]
#: What a handler returns for a span that dates nothing by itself and hides the years inside it
#: from the other rules: a range of years ("1992-1995", "od 1941. do 1945.") is a period, not
#: an event.
SPAN_ONLY: Resolved = ("", "", "")
#: What a handler returns for a date told from another: "a day later", "two days after" (the
#: day ``int(offset)`` days from the last day the text named before it) and a clock time ("at
#: 14:20": that day itself, or the publication's when the text named none).
ANCHORED = "anchored"


def anchored(days: int, fallback_to_published: bool = False) -> Resolved:
    """The resolution of a date that counts ``days`` from the day the text named last."""
    return ANCHORED, str(days), "published" if fallback_to_published else ""


#: Reads one match of a rule's pattern in ``text`` against the publication date; None rejects it.
Handler = Callable[[re.Match[str], str, "date | None"], "Resolved | None"]
#: A necessary condition of a rule on the lower-cased text, so that most rules need no scan:
#: a tuple of words one of which must occur, or a test of the text.
Gate = tuple[str, ...] | Callable[[str], bool]


@dataclass(frozen=True)
class Rule:
    """One date shape: how it is spelled, how it resolves, when it is worth a scan.

    ``gate`` is never more than a necessary condition of ``pattern``; an empty gate always
    passes.  ``anchor`` names the word every match ends in (``"week"`` for "last week"), for a
    pattern that is cheaper to try where that word stands than to scan for (see
    ``gates.anchored_matches``).
    """

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    gate: Gate = ()
    anchor: str | None = None
