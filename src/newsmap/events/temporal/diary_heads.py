"""A diary's day heads: "Monday: ...", "Also on Monday: ...", down to "Sunday: ...".

A week-ahead diary heads each entry with its weekday and a colon, in the order of the week.
A head is the coming day of its name (see ``layout.programme_line``), and a head listed after
another is the first day of its name after that one: a Sunday diary's last head, "Sunday:",
is the Sunday that closes the week it lists, not the publication's own day
(tests/data/events/README.md, tuning28: the day heads run Monday to Sunday of the coming week).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmap.events.temporal.record import TimeExpr

__all__ = ["HEAD_OPENING", "after_diary_head", "is_day_head"]

#: The words a day head may open with before its weekday ("Also on Monday:", "On Friday:").
HEAD_OPENING = re.compile(r"(?:(?:Also|And)[ \t]+)?(?:[Oo]n[ \t]+)?\Z")
# How far back the head before may stand (a diary's entries are a paragraph or two each).
_REACH = 1200


def is_day_head(text: str, start: int, end: int) -> bool:
    """Whether the weekday at text[start:end] heads its line, a colon right after it."""
    if text[end : end + 1] != ":":
        return False
    line = text.rfind("\n", 0, start) + 1
    return start == line or (
        start - line <= 12 and HEAD_OPENING.match(text, line, start) is not None
    )


def after_diary_head(
    text: str, found: list[TimeExpr], start: int, end: int, resolved: tuple[str, str, str]
) -> tuple[str, str, str]:
    """``resolved`` (a weekday's reading) moved to the first day of its name on or after the
    last day head before it, when it is a day head itself and falls before that one."""
    if resolved[1] != "day" or not is_day_head(text, start, end):
        return resolved
    for expr in reversed(found):
        if start - expr.end > _REACH:
            break
        if expr.precision != "day" or not is_day_head(text, _bare_start(expr), expr.end):
            continue
        last = date.fromisoformat(expr.date)
        day = date.fromisoformat(resolved[0])
        if day >= last:
            return resolved
        ahead = (day.weekday() - last.weekday()) % 7
        return (last + timedelta(days=ahead)).isoformat(), "day", resolved[2]
    return resolved


def _bare_start(expr: TimeExpr) -> int:
    """Where the weekday of a head's surface starts ("on Monday" joined its "on")."""
    low = expr.surface[:3].lower()
    return expr.start + 3 if low == "on " else expr.start
