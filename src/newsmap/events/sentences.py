"""Sentence spans with exact offsets, so each event can point back at the sentence it came from.

News text mixes prose with headings and site chrome that carry no full stop ("Disturbing
developments in Kosovo"), so every line is its own unit first and sentences are split inside
lines.  Abbreviations ("Mr.", "Sept.", "U.S.") and initials do not end a sentence; a full stop
followed by a lower-case word does not either ("24. septembra", "approx. ten").
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["line_sentences", "split_sentences"]

_ABBREVIATIONS: Final = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "maj",
    "st",
    "jr",
    "sr",
    "no",
    "nr",
    "art",
    "vol",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "vs",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "approx",
    "gov",
    "rep",
    "sen",
    "fig",
    "ca",
    "etc.,",
    "inc",
    "ltd",
    "co",
    "corp",
    "dept",
    "est",
    "rev",
    "hon",
}
_LONGEST_ABBREVIATION: Final = max(map(len, _ABBREVIATIONS))
# ``[.!?…][.!?…]*`` rather than ``[.!?…]+``: the same matches, but a pattern that opens with a
# plain character class lets the regex engine skip straight to the next candidate mark instead of
# trying a match at every character of the text.
_END: Final = re.compile(r"[.!?…][.!?…]*[\"'”’»)\]]*(?=\s)")
_LINE: Final = re.compile(r"[^\n]+")


def _ends_sentence(line: str, stop: int, after: int) -> bool:
    """Whether the mark that ends at ``stop`` closes a sentence, judging by its neighbours."""
    # The first non-blank character after the mark, found without copying the rest of the line
    # (``line[after:].lstrip()`` per full stop is quadratic on a long one-line article).
    nxt = after
    size = len(line)
    while nxt < size and line[nxt].isspace():
        nxt += 1
    if nxt == size:
        return False
    first = line[nxt]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘«(["):
        return False
    mark = line[stop]
    if mark != ".":
        return True
    # Walk back over the token before the mark: a regex anchored at `stop` would rescan the
    # whole line from its start for every full stop (quadratic on long paragraphs).  A token
    # longer than any abbreviation is neither one nor an initial, so the walk stops there.
    begin = stop
    floor = max(0, stop - _LONGEST_ABBREVIATION - 1)
    while begin > floor and (line[begin - 1].isalnum() or line[begin - 1] in "._"):
        begin -= 1
    if begin == stop:
        return True
    word = line[begin:stop].lower()
    if word in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha() and line[begin].isupper():
        return False  # an initial: "J. Stoltenberg"
    return True


_MARKS: Final = ".!?…"
_CLOSERS: Final = "\"'”’»)]"


def _marks(line: str) -> list[tuple[int, int]]:
    """The spans ``_END.finditer(line)`` finds, read from the marks themselves.

    The scan tried the pattern's character class at every character of the line; the marks are
    few, and each is found by a search of its own.  A match is the run of marks from the first
    one on, its closing quotes and brackets, and a blank right after them (``_END`` cannot give
    back part of either run and still find one); a mark where none follows starts no match,
    nor does any other mark of its run.
    """
    starts: list[int] = []
    for mark in _MARKS:
        at = line.find(mark)
        while at >= 0:
            starts.append(at)
            at = line.find(mark, at + 1)
    if not starts:
        return []
    starts.sort()
    found: list[tuple[int, int]] = []
    size = len(line)
    done = 0
    for at in starts:
        if at < done:
            continue  # inside the last match, or in the run of a mark that starts none
        j = at + 1
        while j < size and line[j] in _MARKS:
            j += 1
        while j < size and line[j] in _CLOSERS:
            j += 1
        if j < size and line[j].isspace():
            found.append((at, j))
        done = j
    return found


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in ``text``, stripped of surrounding blanks."""
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        out += line_sentences(text, line.start(), line.end())
    return out


def line_sentences(text: str, base: int, stop: int) -> list[tuple[int, int]]:
    """The sentences of one line, ``text[base:stop]`` (which holds no newline), as
    ``split_sentences`` finds them: a line's sentences depend on that line alone."""
    line = text[base:stop]
    spans: list[tuple[int, int]] = []
    begin = 0
    for start, end in _marks(line):
        if _ends_sentence(line, start, end):
            spans.append((base + begin, base + end))
            begin = end
    spans.append((base + begin, stop))
    out = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out
