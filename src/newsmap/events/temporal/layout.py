"""Lines of a page that date what stands under or beside them: a log's day headings, the
lines of a forecast, a programme or a fixture list.

A log groups its timed lines under a short heading that names their day ("Saturday night" over
"22:15 Fire crews put out ..."); a forecast or a programme opens a line with the day it is for
("Sunday: partly cloudy"); a fixture list closes one with it ("Albania v Croatia, Hamburg,
Wednesday").  Such days are read from the page's layout, not from the tense of a sentence.
"""

from __future__ import annotations

import re

from newsmap.events.temporal.diary_heads import HEAD_OPENING
from newsmap.events.temporal.english_tense import clause_tense

__all__ = ["FIXTURE", "midnight_line", "programme_line", "title_block", "under_a_day"]

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


# A name after a line's opening weekday, then its colon: "Friday, Orthodox Christmas:".
_NAMED_HEAD = re.compile(r",[ \t]+[A-Z][^.!?:\n]{0,40}:")
# A fixture's line: "Albania v Croatia, Hamburg, Wednesday".
FIXTURE = re.compile(r"[A-Z][\w.-]*[ \t]+(?:v|vs)\.?[ \t]+[A-Z]")
# A result's score: "Budućnost 2 Jezero 0", "Partizan 89-76 Zvezda".
_SCORE = re.compile(r"\b[A-Z][\w.-]*[ \t]+\d{1,3}(?:[ \t]+[A-Z][\w.-]*[ \t]+|[-–:])\d{1,3}\b")


def programme_line(m: re.Match[str], text: str) -> bool:
    """Whether the weekday heads a line of a forecast or a programme ("Sunday: partly cloudy",
    "Saturday evening: concerts begin") or closes a fixture's line ("Albania v Croatia,
    Hamburg, Wednesday"): a day ahead, unless the line tells the past ("Monday: police
    arrested ...")."""
    start, end = m.start(), m.end()
    line = text.rfind("\n", 0, start) + 1
    opens = start == line or (
        # "Also on Monday: the presidency meets": a diary's second entry for a day
        text[end : end + 1] == ":"
        and start - line <= 12
        and HEAD_OPENING.match(text, line, start) is not None
    )
    if opens and (text[end : end + 1] == ":" or _NAMED_HEAD.match(text, end)):
        # "Sunday: partly cloudy", "Friday, Orthodox Christmas: clearing from the west"
        stop = text.find("\n", end)
        if _SCORE.search(text, end, len(text) if stop < 0 else stop) is not None:
            return False  # "Saturday: Budućnost 2 Jezero 0": a results line, of the past
        return clause_tense(text, end + 1, end + 1, []) is not False
    stop = text.find("\n", end)
    if text[end : len(text) if stop < 0 else stop].strip(" .") == "":
        return FIXTURE.search(text, line, start) is not None
    return False


_ENTRY = re.compile(r"([012]?\d):[0-5]\d\b")


def midnight_line(text: str) -> int:
    """Where a live blog's entries pass midnight: the first line opened by a time before 06:00
    after one opened by a time of the evening (18:00 on), or -1.  Its day words ("later today",
    "a few minutes ago", "last night") speak from the next day."""
    if "\n0" not in text:
        return -1  # no line opens with an hour after midnight
    evening = False
    at = text.find("\n")
    while at >= 0:
        line = at + 1
        entry = _ENTRY.match(text, line)
        if entry is not None:
            hour = int(entry.group(1))
            if hour >= 18:
                evening = True
            elif hour < 6 and evening and not under_a_day(text, line):
                return line  # a blog's, not a log's under a heading that names its day
            elif hour >= 6:
                evening = False
        at = text.find("\n", line)
    return -1


# How long a line of a text's title block may be.
_TITLE_LENGTH = 100


def title_block(text: str) -> tuple[int, int]:
    """Where the text's title block ends: its opening line and the lines right under it, while
    they end in no sentence mark and are short ("THE BALKAN WEEK" over "Sunday newsletter |
    Issue 112 | 1 March 2020"), a title's, a label's or an issue's, whose dates date no
    happening; and where the first two such lines end, blank lines between them allowed, whose
    years name things ("Montenegro votes 2020", "SPORT" over "Euro 2024: how the teams fared")
    though a day or month under a blank line may be a deck's or a fixture's."""
    pos = block = 0
    for lines in range(2):
        start = pos
        while text.startswith("\n", pos):
            pos += 1
        stop = text.find("\n", pos)
        if stop < 0 or stop - pos > _TITLE_LENGTH:
            break
        line = text[pos:stop].rstrip()
        if not line or line[-1] in _SENTENCE_ENDS:
            break
        if "|" not in line and len(line) <= 40 and _DAY_HEADING.match(line):
            break  # a log's or a forecast's day heading ("Sunday", "Saturday night")
        if lines == 0 or pos - start == 1:  # the first line, or one right under it
            block = stop
        pos = stop
    return block, pos


_SENTENCE_ENDS = frozenset(".!?\"”'’:;,")
