"""What the text says around a name that places it: a dateline, "Town, Country", a list.

"GRAČANICA - Voters ...", "Bar, Montenegro", "u Topoli i Sjenici": signs beside a name that
it is a place, read by the judging rules (``rules``) and by the passes that decide a story's
layout and its candidates.  Kept apart from ``rules`` because these readers know nothing of
a candidate's facts: they answer one question about the words around a span.
"""

from __future__ import annotations

from newsmap.geotag import words
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate
from newsmap.geotag.matcher import Hit


def dateline(text: str, start: int, end: int) -> bool:
    """ "GRAČANICA - Voters ...", "ZVECAN, Kosovo, Dec 29": an upper-case name opening a line.

    A dateline says where the report was filed, as plainly as "in Gračanica" would.
    """
    if not text[start:end].isupper() or not text.startswith((",", " -", " –", " —", " ("), end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


#: A list item's number before a line's heading place ("3. Petrovac — Police detained").
_ITEM_NUMBER = frozenset("0123456789")


def item_heading(text: str, start: int, end: int) -> bool:
    """ "3. Petrovac — Police detained ...", "Bečići — A jet ski ...": a name opening a line
    (after a list item's number, if any) and followed by a dash is where the item happened, as
    a dateline is where a report was filed."""
    if not text.startswith((" —", " –", " - "), end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    if not head:
        return True
    if not head.endswith(". "):
        return False
    return len(head) <= 5 and all(ch in _ITEM_NUMBER for ch in head[:-2])


def heads_a_line(text: str, start: int, end: int) -> bool:
    """A dateline in capitals or a list item's heading place (``item_heading``)."""
    return (text[end - 1].isupper() and dateline(text, start, end)) or item_heading(
        text, start, end
    )


_TOWN_COUNTRY_GAP = frozenset(",( ")


def town_country(doc: Doc, hit: Hit, country: str | None) -> bool:
    """ "Bar, Montenegro" / "Pale (Bosnia)": a following country hit agrees with the place.

    Callers ask only for places below country level.
    """
    text = doc.text
    i = end = hit.end
    if text[end : end + 1] not in _TOWN_COUNTRY_GAP:
        return False
    n = len(text)
    while i < n and i < end + 3 and text[i] in ",( ":
        i += 1
    for h in doc.by_start.get(i, ()):
        for cand in h.value:
            if isinstance(cand, Candidate):
                other = doc.gaz.places[cand.place]
                if other.level in ("country", "admin1") and other.country == country:
                    return True
    return False


#: Words that join a list of names ("u Topoli i Sjenici", "në Pukë dhe Shkodër").
LIST_WORDS = frozenset(("i", "and", "dhe", "in", "ili", "or", "e", "a"))
_LIST_REACH = 6


def listed(doc: Doc, pos: int) -> bool:
    """Whether the names before ``pos`` run back, by commas and list words, to a locative
    preposition: the list's later names stand where its first does."""
    for _ in range(_LIST_REACH):
        word, _gap = doc.prev_word(pos)
        if not word:
            return False
        folded = doc.fold(word).strip()
        if folded in words.LOCATIVE_PREPOSITIONS:
            return True
        if not (word[:1].isupper() or folded in LIST_WORDS):
            return False
        pos -= len(word) + len(_gap)
    return False
