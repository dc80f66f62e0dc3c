"""The records of the date matcher: a found date (TimeExpr) and a rule that finds dates (Rule)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from newsmap.events.temporal.starts import Scan, Starts


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
SPAN_ONLY: Final[Resolved] = ("", "", "")
#: What a handler returns for a date told from another: "a day later", "two days after" (the
#: day ``int(offset)`` days from the last day the text named before it) and a clock time ("at
#: 14:20": that day itself, or the publication's when the text named none).
ANCHORED: Final = "anchored"


def anchored(days: int, fallback_to_published: bool = False) -> Resolved:
    """The resolution of a date that counts ``days`` from the day the text named last."""
    return ANCHORED, str(days), "published" if fallback_to_published else ""


def anchored_in(unit: str, n: int) -> Resolved:
    """The resolution of "two years later" (``unit`` "y") or "three months earlier" ("m"): that
    many years or months from the date the text named last, at the precision of the unit."""
    return ANCHORED, f"{unit}{n}", ""


def anchored_on(days: int, keys: tuple[str, ...], strict: bool = False) -> Resolved:
    """The resolution of "the day after the vote": ``days`` from the day of the happening whose
    words start with ``keys`` (see ``happenings``), or from the day named last if none is told
    (none at all when ``strict``)."""
    return ANCHORED, f"h{days}", (STRICT if strict else "") + " ".join(keys)


#: The mark of a strict ``anchored_on``: no fallback to the day named last.
STRICT = "!"


#: Reads one match of a rule's pattern in ``text`` against the publication date; None rejects it.
Handler = Callable[[re.Match[str], str, "date | None"], "Resolved | None"]
#: A necessary condition of a rule on the lower-cased text, so that most rules need no scan:
#: a tuple of words one of which must occur, or a test of the scanned text (see ``gates``).
Gate = tuple[str, ...] | Callable[["Scan"], bool]


@dataclass(frozen=True)
class Rule:
    """One date shape: how it is spelled, how it resolves, when it is worth a scan.

    ``gate`` is never more than a necessary condition of ``pattern``; an empty gate always
    passes.  ``starts`` finds the places a match can begin (the runs of digits, or a word
    every match holds, see ``starts``): the pattern is then tried only there, and needs no gate.
    """

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    gate: Gate = ()
    starts: Starts | None = None
