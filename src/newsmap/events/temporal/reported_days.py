"""Day words quoted from a speech told on an earlier day: 'said on Wednesday evening that "from
tomorrow" the entity would no longer recognise the court' means the Thursday.

A quoted "tomorrow", "today" or "yesterday" counts from the day the speaker said it, when the
sentence names that day before the quotation together with a verb of saying
(tests/data/events/README.md, tuning28: relative words in reported speech are resolved against
the day of speaking).  Quoted on the publication's own day, nothing changes.
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.events.temporal.record import TimeExpr

__all__ = ["spoken_from"]

_QUOTES = ('"', "“", "”")
# A quotation opened right before the day word or its preposition: '"tomorrow', '"from tomorrow'.
_OPENING = re.compile(r"[\"“](?:[A-Za-z]+[ \t]+)?\Z")
_SAYING = re.compile(r"\b(?:said|told|declared|announced|promised|vowed|warned)\b")
# How far back in its sentence the day of speaking may stand.
_REACH = 200


def spoken_from(text: str, start: int, date_s: str, found: list[TimeExpr], published: date) -> str:
    """``date_s`` (a day word's reading from the publication) counted from the day of speaking
    instead, when the word is quoted (see the module's note)."""
    if not found or found[-1].precision != "day" or start - found[-1].end > _REACH:
        return date_s
    said = found[-1]
    if said.date >= published.isoformat():
        return date_s
    opened = _OPENING.search(text, max(said.end, start - 12), start)
    if opened is None:
        return date_s  # no quotation opens with the day word's phrase
    between = text[said.end : opened.start()]
    if "\n" in between or ". " in between or any(q in between for q in _QUOTES):
        return date_s  # the day stands in another sentence, or in a quotation itself
    if _SAYING.search(between) is None:
        return date_s
    shift = date.fromisoformat(said.date) - published
    return (date.fromisoformat(date_s) + shift).isoformat()
