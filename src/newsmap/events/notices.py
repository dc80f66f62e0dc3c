"""A page's notices about itself: no happening of the news, whatever date they give.

"This notice was updated on Friday 31 January at 10:15", "Next update: 12:00 today", "The next
bulletin is at 22:00", "We will be back at 09:00", "We are closing this blog for today",
"Tomorrow's review will be published at 07:00", "That is all from us tonight", "Published by
the Desk, 30.12.2019", "[End of transcript, 28 October 2025]", "Next week: our critic on ...",
"Next show tomorrow", "The previous version of this advisory, dated 3 October, has been
withdrawn": the page tells
when it was written or where it stops, which is a stamp, not an event.  When the next issue comes
out told as a happening ("The next bulletin will be issued at 18:00") the tuning sets read
either way and it is left an event.  A masthead line of fields apart by bars ("Monday 4 May 2026
| Issued 06:00 by the duty desk") is the page's stamp too.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["is_blog_date_line", "is_masthead", "is_notice", "names_an_edition"]

_PAGE = (
    r"(?:notice|page|article|explainer|story|report|newsletter|bulletin|blog|review|post|item"
    r"|summary|update|edition|issue|programme|coverage|digest|roundup|round-up|outlook"
    r"|briefing|podcast|column|advisory|guidance)"
)
_NOTICE: Final = re.compile(
    r"[\"“]?(?:That(?:'s|’s|[ \t]+is)[ \t]+all[ \t]+(?:from[ \t]+us|for[ \t]+(?:today|tonight|now))"
    r"|We(?:'ll|’ll|[ \t]+will)[ \t]+be[ \t]+back"
    r"|We(?:'re|’re|[ \t]+are)[ \t]+(?:closing|pausing|ending|wrapping[ \t]+up)[ \t]+"
    rf"(?:this|the|our)[ \t]+(?:live[ \t]+)?{_PAGE}"
    rf"|Tomorrow(?:'s|’s)[ \t]+{_PAGE}[ \t]+(?:will|is)\b"
    r"|Thanks?(?:[ \t]+you)?[ \t]+for[ \t]+(?:following|reading|joining|staying)"
    rf"|Next[ \t]+(?:{_PAGE}|alert|news|week)[ \t]*:"
    r"|Next[ \t]+(?:show|episode|broadcast)\b"
    r"|(?:Published|Issued|Compiled|Posted)[ \t]+by\b"
    # a stamp's word right before its date ("Posted 30 November 2024, 11:15 - the desk",
    # "Issued 28 October 2025, 10:00; next review 4 November")
    r"|(?:(?:Last[ \t]+)?[Uu]pdated|Published|Issued|Posted|Compiled)[ \t]*:?[ \t]+(?:on[ \t]+)?"
    r"(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    # an edition's name ("Wednesday edition - compiled by the news desk")
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:'s|’s)?[ \t]+(?:edition|issue)\b"
    rf"|\[?End[ \t]+of[ \t]+(?:transcript|{_PAGE})\b"
    rf"|The[ \t]+next[ \t]+(?:{_PAGE}|alert|news)[ \t]+is[ \t]+at\b"
    # an earlier version of the page ("The previous version of this advisory, dated 3 October,
    # has been withdrawn"): its stamp, no happening
    rf"|The[ \t]+(?:previous|earlier|last|original)[ \t]+version[ \t]+of[ \t]+this[ \t]+{_PAGE}\b"
    rf"|This[ \t]+{_PAGE}[ \t]+(?:was|has[ \t]+been|is|will[ \t]+be)[ \t]+"
    r"(?:last[ \t]+|first[ \t]+)?(?:updated|published|revised|amended|issued|posted)\b)"
)
# The letters such a notice opens with (a quote aside): most sentences are spared the regex.
_OPENINGS: Final = frozenset('TWN"“PICE[LUMFS')


def is_notice(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is the page's notice about itself."""
    return text[start : start + 1] in _OPENINGS and _NOTICE.match(text, start) is not None


def is_masthead(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` stands on a masthead line: fields apart by bars."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return " | " in text[lo : len(text) if hi < 0 else hi]


# A page's own edition right after a day ("in Tuesday's edition", "Monday's issue").
_EDITION_AFTER = re.compile(
    r"(?:'s|’s)?[ \t]+(?:edition|issue|blog|newsletter|digest)s?\b"
    # and a weekday's habit named by it ("Friday prayers", "Sunday Mass", "Sunday school")
    r"|[ \t]+(?:prayers?|[Mm]ass|school|market)\b"
)


def names_an_edition(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` names an edition of the page ("An item in Tuesday's
    edition gave the wrong figure"): the day it came out, a stamp, no happening of the news;
    or a habit the weekday names ("the imam said Friday prayers would be dedicated to them")."""
    return text[end : end + 1] in ("'", "’", " ") and _EDITION_AFTER.match(text, end) is not None


# A date line's dash, and the next line's opening entry time ("07:30 - Good morning").
_DASH_AFTER = re.compile(r"[ \t]*[-–—|][ \t]")
_ENTRY_TIME = re.compile(r"[012]?\d:[0-5]\d")
_ENTRY_NEXT = re.compile(r"\s*\n\s*[012]?\d:[0-5]\d\b")


def is_blog_date_line(text: str, s0: int, first_start: int, first_end: int) -> bool:
    """Whether the sentence at ``s0`` is a live blog's date line: its first date opens the line
    and a dash follows ("Friday, 5 May 2023 - city desk, updated through the day"), and the
    next line opens the first entry with its time; the page's stamp, as its entry times are."""
    if first_start != s0 or (s0 and text[s0 - 1] != "\n"):
        return False
    if _ENTRY_TIME.fullmatch(text, first_start, first_end) is not None:
        return False  # an entry's own time (see ``extract``), no date line
    if _DASH_AFTER.match(text, first_end) is None:
        return False
    stop = text.find("\n", first_end)
    return stop >= 0 and _ENTRY_NEXT.match(text, stop) is not None
