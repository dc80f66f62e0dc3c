"""A page's notices about itself: no happening of the news, whatever date they give.

"This notice was updated on Friday 31 January at 10:15", "Next update: 12:00 today", "We will
be back at 09:00", "That is all from us tonight": the page tells when it was written or
where it stops, which is a stamp, not an event.  When the next issue comes out ("The next
bulletin will be issued at 18:00") the tuning sets read either way and it is left an event.
"""

from __future__ import annotations

import re

__all__ = ["is_notice"]

_PAGE = (
    r"(?:notice|page|article|explainer|story|report|newsletter|bulletin|blog|review|post|item"
    r"|summary|update|edition|issue|programme|coverage)"
)
_NOTICE = re.compile(
    r"[\"“]?(?:That(?:'s|’s|[ \t]+is)[ \t]+all[ \t]+(?:from[ \t]+us|for[ \t]+(?:today|tonight|now))"
    r"|We(?:'ll|’ll|[ \t]+will)[ \t]+be[ \t]+back"
    r"|Thanks?(?:[ \t]+you)?[ \t]+for[ \t]+(?:following|reading|joining|staying)"
    r"|Next[ \t]+update:"
    rf"|This[ \t]+{_PAGE}[ \t]+(?:was|has[ \t]+been|is|will[ \t]+be)[ \t]+"
    r"(?:last[ \t]+|first[ \t]+)?(?:updated|published|revised|amended|issued|posted)\b)"
)
# The letters such a notice opens with (a quote aside): most sentences are spared the regex.
_OPENINGS = frozenset('TWN"“')


def is_notice(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is the page's notice about itself."""
    return text[start : start + 1] in _OPENINGS and _NOTICE.match(text, start) is not None
