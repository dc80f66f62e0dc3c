"""Dateline towns the gazetteer lacks: "KRAPINA, Croatia —", "RIOHACHA, Colombia (Agency) —".

An English report filed from a small town abroad writes the town in capitals at a line's
start, then its state or province, then a dash, an agency in brackets or a date.  The
gazetteer keeps only the larger towns of the neighbours and of the world, so such a town
would go untagged although the dateline says plainly what it is and where it stands.  It is
a ``city`` mention at the point of the state (or province) after it, with a low score, and so
is the same name written again in the story in ordinary case ("workers in Krapina"), where
nothing else was decided.  A dateline the gazetteer reads already keeps its own reading.
"""

from __future__ import annotations

import bisect
import re

from newsmap.geotag.choice import START_OF, Choice
from newsmap.geotag.context import Doc

__all__ = ["DATELINE_SCORE", "unknown_datelines"]

DATELINE_SCORE = 0.5
REASON = "dateline town, placed by its state"
AGAIN = "dateline town named again"

#: A line that opens with a name in capitals (letters of any alphabet the region's and its
#: neighbours' towns are written in, with spaces, hyphens, apostrophes and "ST."), a comma and
#: a capitalised name: the dateline's town and, if it is one, its state.
_OPENING = re.compile(
    r"([A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’.-]+(?: [A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’.-]+){0,3}), "
    r"(?=[A-Z][a-z])"
)
#: Words in capitals that open a line as a section's or a format's label, not a town ("LIVE,
#: Serbia — ...", "UPDATE, Kosovo — ...").
_LABELS = frozenset(
    "LIVE UPDATE UPDATED BREAKING EXCLUSIVE ANALYSIS OPINION COMMENT EDITORIAL WATCH VIDEO PHOTOS "
    "CORRECTION INTERVIEW FEATURE REVIEW BRIEF BRIEFS NEWS SPORT SPORTS WEATHER TRAVEL".split()
)
#: What follows the state in a dateline: a dash, an agency in brackets, or a date after a comma.
_TAIL = re.compile(r" ?[—–-] | \([^)\n]{1,40}\)|, (?:[A-Z][a-z]{2,8}\.? \d|\d)")


def unknown_datelines(doc: Doc, places: list[Choice]) -> list[Choice]:
    """The dateline towns the gazetteer lacks, and their names again in the text."""
    text = doc.text
    if ", " not in text[:400] and "\n" not in text:
        return []  # a one-line text with no comma early opens with no dateline
    found: list[Choice] = []
    for m in _openings(text):
        start, end = m.span(1)
        name = text[start:end]
        if len(name) < 3 or name in _LABELS or not any(ch.isalpha() for ch in name):
            continue
        state = _place_at(places, m.end())
        if state is None or _place_at(places, start, end) is not None:
            continue  # no state after it, or the gazetteer reads the whole name
        gaz_places = doc.gaz.places
        if gaz_places[state.place].level not in ("country", "admin1"):
            continue
        if _TAIL.match(text, state.end) is None:
            continue
        point = state.place
        for c in _inside(places, start, end):
            # "SAN FOCA": a shorter name inside is no town of its own; a town of the same
            # state inside the name lends it its point
            inner = gaz_places[c.place]
            if inner.level == "city" and inner.country == gaz_places[state.place].country:
                point = c.place
        found.append(Choice(start, end, point, DATELINE_SCORE, REASON, "city"))
    if found:
        found.extend(_named_again(text, places, found))
    return found


def _openings(text: str) -> list[re.Match[str]]:
    """The lines that open with a name in capitals and a comma: the pattern is tried only at
    a line's start whose first two letters are capitals (a scan of the whole text with a
    line-start assertion would try every character)."""
    found: list[re.Match[str]] = []
    pos = 0
    while pos != -1:
        if text[pos : pos + 2].isupper():
            m = _OPENING.match(text, pos)
            if m is not None:
                found.append(m)
        pos = text.find("\n", pos)
        if pos != -1:
            pos += 1
    return found


def _named_again(text: str, places: list[Choice], found: list[Choice]) -> list[Choice]:
    """The dateline's town written in ordinary case where nothing else was decided."""
    again: list[Choice] = []
    for town in found:
        name = text[town.start : town.end].title()
        if name == text[town.start : town.end]:
            continue
        i = text.find(name)
        while i != -1:
            end = i + len(name)
            if (
                not (i > 0 and text[i - 1].isalnum())
                and not text[end : end + 1].isalnum()
                and not _overlapping(places, i, end)
            ):
                again.append(Choice(i, end, town.place, DATELINE_SCORE, AGAIN, "city"))
            i = text.find(name, end)
    return again


def _place_at(places: list[Choice], start: int, end: int | None = None) -> Choice | None:
    """The gazetteer place decided at ``start`` (ending at ``end`` if given), if any."""
    i = bisect.bisect_left(places, start, key=START_OF)
    while i < len(places) and places[i].start == start:
        c = places[i]
        if c.level is None and (end is None or c.end == end):
            return c
        i += 1
    return None


def _inside(places: list[Choice], start: int, end: int) -> list[Choice]:
    """The places decided inside ``start:end`` (places are by start)."""
    i = bisect.bisect_left(places, start, key=START_OF)
    j = bisect.bisect_left(places, end, key=START_OF)
    return [c for c in places[i:j] if c.end <= end]


def _overlapping(places: list[Choice], start: int, end: int) -> bool:
    """Whether a decided place overlaps ``start:end``."""
    i = bisect.bisect_left(places, end, key=START_OF)
    return any(c.end > start for c in places[max(0, i - 8) : i])
