"""A clock time with no day word beside it is no event of its own."""

from __future__ import annotations

import re
from typing import Final

from newsmap.events.temporal import TimeExpr

__all__ = ["bare_clock"]

_BARE: Final = re.compile(
    r"(?:(?:at|by|around|about|after|before|from|shortly\s+(?:after|before)|just\s+(?:after|before)"
    r"|at\s+about|at\s+around)\s+)*(?:[01]?\d|2[0-3])[:.][0-5]\d|(?:(?:at|around|about|after|before"
    r"|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)+(?:noon|midnight|midday)",
    re.I,
)

#: How the named hours end, in letters the case-blind pattern reads only as themselves (it takes
#: the dotless "ı" for an "i", so "night" would miss "mıdnıght").
_NAMED_ENDS: Final = ("noon", "ght", "dday")


# A day told right after the clock time ("at about 23:00 on election day", "at 06:00 that day").
_DAY_NEXT: Final = re.compile(
    r",?[ \t]+(?:local[ \t]+time[ \t]+)?(?:on|(?:that|this|the[ \t]+(?:same|next|following)"
    r"|last)[ \t]+(?:day|morning|afternoon|evening|night)|yesterday|today|tomorrow|tonight)\b"
)


def bare_clock(text: str, expr: TimeExpr) -> bool:
    """Whether ``expr`` is a clock time alone, not a blog entry's time opening its line."""
    surface = expr.surface
    if ":" not in surface and "." not in surface and not surface.lower().endswith(_NAMED_ENDS):
        return False  # neither a clock's digits nor a named hour: spares the case-blind pattern
    if _BARE.fullmatch(surface) is None:
        return False
    if expr.start == 0 or text[expr.start - 1] == "\n":
        return False
    return _DAY_NEXT.match(text, expr.end) is None
