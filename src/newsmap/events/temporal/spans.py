"""Handlers of dates that span more than a year: decades and ranges of years.

A range of years ("1992-1995", "from 2004 to 2008") is a period, not an event, and a decade
dates a happening only when told as its time ("in the 1990s"), not as what a thing belongs to.
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.events.temporal.record import SPAN_ONLY, Resolved

__all__ = ["h_decade", "h_range"]


def h_decade(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """ "in the 1990s"; "a band from the 1990s", "the crowds of the 2010s", "by the 1980s" only
    name the time something belongs to or a bound, no happening in it."""
    if text.endswith(_DECADE_OF, max(0, m.start() - 9), m.start()):
        strife = _STRIFE_OF.search(text, max(0, m.start() - 30), m.start())
        if strife is None or text.endswith(_FRAMES, max(0, strife.start() - 11), strife.start()):
            return SPAN_ONLY  # "during the wars of the 1990s": a frame the decade fills
    return f"{int(m['y']):04d}", "decade", "explicit"


_DECADE_OF = ("from the ", " of the ", " by the ", "By the ")
# A happening that fills the decade it is "of" ("the wars of the 1990s", "the sanctions of
# the 1990s"): the decade dates it, as "in the 1990s" would (tuning27, tuning28).
_FRAMES = ("during the ", "During the ", "throughout the ")
_STRIFE_OF = re.compile(
    r"\b(?:wars?|conflicts?|crisis|crises|fighting|bombings?|sanctions|embargo)"
    r"[ \t]+of[ \t]+the[ \t]+\Z"
)


def _first(m: re.Match[str], *names: str) -> str:
    """The first of these groups that the pattern has and that matched ("" if none did)."""
    return next((m[n] for n in names if n in m.re.groupindex and m[n]), "")


def h_range(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """A span of years ("1992-1995", "from 2004 to 2008") is a period, not an event: it is
    kept from the other rules (its years are no events either) and dates nothing."""
    y1 = int(_first(m, "y1", "y1b"))
    raw = _first(m, "y2", "y2b")
    y2 = int(raw) if len(raw) == 4 else y1 // 100 * 100 + int(raw)
    if not y1 < y2 <= y1 + 100:
        return None
    return SPAN_ONLY
