"""An obituary's dates-of-life line: "Vesna Ilic, born 12 May 1941; died 3 June 2023."

The line sums up a life at the end of the page, as a stamp does; the text tells the death and
the birth as happenings where it narrates them ("died on Friday", "was born in 1941"), so the
two dates of the line are no events of their own.
"""

from __future__ import annotations

import re

from newsmap.events.temporal import TimeExpr

__all__ = ["dates_of_life"]

# "born <date>; died <date>" (or a dash, or "d." for "died"), the pair inside one line.
_LIFE = re.compile(
    r"\b(?:[Bb]orn|b\.)[ \t]+(?:on[ \t]+|in[ \t]+)?[^\n;–—]{1,40}?[ \t]*[;–—,][ \t]*"
    r"(?:died|d\.)[ \t]+(?:on[ \t]+|in[ \t]+)?[^\n;]{1,40}"
)


def dates_of_life(text: str, expr: TimeExpr) -> bool:
    """Whether ``expr`` is a date of an obituary's "born ...; died ..." pair."""
    lo = text.rfind("\n", 0, expr.start) + 1
    at = text.find("orn", lo, expr.start)
    if at < 0:
        return False
    # a match opens with "born", "Born" or "b." at or before the date ("orn" alone is in
    # "government", "morning"): without one there the line is spared the pattern
    if (
        text.find("born", lo, expr.start + 4) < 0
        and text.find("Born", lo, expr.start + 4) < 0
        and text.find("b.", lo, expr.start + 2) < 0
    ):
        return False
    hi = text.find("\n", expr.end)
    for m in _LIFE.finditer(text, lo, len(text) if hi < 0 else hi):
        if m.start() <= expr.start and expr.end <= m.end():
            return True
    return False
