"""Day words that frame the page's own talk, not a happening: sign-offs and section leads.

A live blog signs off "That is all for tonight", a bulletin moves on "In other news tonight:",
a diary heads a section "Last week's recap:" or "NEXT WEEK -".  The day word tells when the
page speaks or which part of it follows, and the happenings are told after it with their own
dates (tests/data/events/tuning27.jsonl, tuning28.jsonl: no event on any of them).
"""

from __future__ import annotations

import re
from typing import Final

from newsmap.events.temporal import TimeExpr

__all__ = ["frames_the_page"]

# "That is all for tonight", "that's it from us for today", "That is everything for this evening".
_SIGN_OFF: Final = re.compile(
    r"\b(?:all|it|everything)(?:[ \t]+(?:from[ \t]+us|from[ \t]+me))?[ \t]+for[ \t]+\Z", re.I
)
# "In other news tonight:", "Also today:", "Coming up this evening:", "Still to come tonight:".
_SECTION_LEAD: Final = re.compile(
    r"(?:\b[Ii]n[ \t]+other[ \t]+news|\b[Aa]lso|\b[Cc]oming[ \t]+up|\b[Ss]till[ \t]+to[ \t]+come)"
    r"[ \t]+\Z"
)
# "Last week's recap:", "This week's round-up:": a section's heading over its happenings.
_SECTION_HEAD: Final = re.compile(
    r"[ \t]+(?:recap|round-?up|review|summary|highlights|in[ \t]+brief)[ \t]*:", re.I
)
# A digest's section heading that opens its line, a dash or a colon after it ("NEXT WEEK -",
# "Last week:"): which part of the page follows; its entries carry their own dates.
_WEEK_HEADS: Final = frozenset({"next week", "this week", "last week", "the week ahead"})
_HEAD_MARK: Final = re.compile(r"[ \t]*(?:[-–—][ \t]|:)")
_DAY_WORDS: Final = ("tonight", "today", "this evening", "this morning", "this afternoon")


def frames_the_page(text: str, expr: TimeExpr) -> bool:
    """Whether ``expr`` only frames the page's talk (see the module's docstring)."""
    low = expr.surface.lower()
    lo = max(0, expr.start - 40)
    if low in _DAY_WORDS:
        if _SIGN_OFF.search(text, lo, expr.start) is not None:
            return True
        if text.startswith(":", expr.end) and _SECTION_LEAD.search(text, lo, expr.start):
            return True
    if expr.precision in ("month", "year"):
        if low in _WEEK_HEADS and (expr.start == 0 or text[expr.start - 1] == "\n"):
            if _HEAD_MARK.match(text, expr.end) is not None:
                return True  # "NEXT WEEK - New Year's Day and 2 January are holidays"
        end = expr.end if low.endswith(("'s", "’s")) else expr.end + 2
        if text[end - 2 : end] in ("'s", "’s"):
            return _SECTION_HEAD.match(text, end) is not None
    return False
