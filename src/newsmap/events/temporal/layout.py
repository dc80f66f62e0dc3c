"""Lines of a page that date what stands under or beside them: a log's day headings, the
lines of a forecast, a programme or a fixture list.

A log groups its timed lines under a short heading that names their day ("Saturday night" over
"22:15 Fire crews put out ..."); a forecast or a programme opens a line with the day it is for
("Sunday: partly cloudy"); a fixture list closes one with it ("Albania v Croatia, Hamburg,
Wednesday").  Such days are read from the page's layout, not from the tense of a sentence.
"""

from __future__ import annotations

import re

from newsmap.events.temporal.context import clause_tense

__all__ = ["FIXTURE", "programme_line", "under_a_day"]

_LOG_LINE = re.compile(r"[012]?\d:[0-5]\d\b")
_DAY_HEADING = re.compile(
    r"(?i:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)\b[^.!?\n]{0,30})\Z"
)


def under_a_day(text: str, at: int) -> bool:
    """Whether the line at ``at`` is one of a block of timed lines right under a short heading
    that names a day ("Saturday night" over "22:15 Fire crews put out ..."): a log's, not a
    live blog's, whose entries stand apart."""
    line = at
    while line > 0:
        prev = text.rfind("\n", 0, line - 1) + 1
        head = text[prev : line - 1].strip()
        if not head:
            return False  # a blank line: entries apart, as a blog's
        if not _LOG_LINE.match(head):
            return len(head) <= 40 and _DAY_HEADING.search(head) is not None
        line = prev
    return False


# A fixture's line: "Albania v Croatia, Hamburg, Wednesday".
FIXTURE = re.compile(r"[A-Z][\w.-]*[ \t]+(?:v|vs)\.?[ \t]+[A-Z]")


def programme_line(m: re.Match[str], text: str) -> bool:
    """Whether the weekday heads a line of a forecast or a programme ("Sunday: partly cloudy",
    "Saturday evening: concerts begin") or closes a fixture's line ("Albania v Croatia,
    Hamburg, Wednesday"): a day ahead, unless the line tells the past ("Monday: police
    arrested ...")."""
    start, end = m.start(), m.end()
    line = text.rfind("\n", 0, start) + 1
    if start == line and text[end : end + 1] == ":":
        return clause_tense(text, end + 1, end + 1, []) is not False
    stop = text.find("\n", end)
    if text[end : len(text) if stop < 0 else stop].strip(" .") == "":
        return FIXTURE.search(text, line, start) is not None
    return False
