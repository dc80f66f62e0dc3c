"""Dates a correction withdraws: what an earlier article "said", and a date denied with "not".

A correction notice retells what the paper got wrong ("An article published on Monday said that
the two leaders met on 17 March"): the dates of the retold claim are no happenings, while the day
the article came out is ("published on Monday").  The claim is what follows a verb of saying
whose subject is one of the paper's own pieces (an article, an earlier version, a caption, an
edition, an obituary, a table, a box).  A date denied in so many words ("tomorrow, not on Sunday
as we reported") is withdrawn too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsmap.events.temporal.record import TimeExpr

__all__ = ["anchors_kept", "claim_end", "claim_start", "in_corrections", "is_denied"]

# One of the paper's pieces, then within the clause a verb that retells what it said.
_RETOLD: Final = re.compile(
    r"\b(?:[Aa]rticle|[Vv]ersion|[Cc]aption|[Ee]dition|[Oo]bituary|[Hh]eadline|[Tt]able|box)\b"
    r"[^.;!?]{0,120}?\b(?:said|stated|gave|described|reported|wrote)\b"
)
# Every _RETOLD match holds one of these, tested first as most sentences hold none (each is
# rare in running text: "dition" and "able" alone would be in most sentences).
_PIECES: Final = (
    "rticle",
    "ersion",
    "aption",
    "Edition",
    "edition",
    "bituary",
    "eadline",
    "Table",
    "table",
    "box",
)


# In a page of corrections, more of the paper's pieces retell a claim: "A report on Monday said
# ...", "Our travel page of 2 September said ...", "An opinion piece ... said ..." (elsewhere a
# report is as often someone else's, whose dates are news).
_RETOLD_IN_COLUMN: Final = re.compile(
    r"\b(?:[Rr]eport|[Pp]iece|[Pp]age|[Ss]tory|[Ii]tem|[Cc]olumn)\b"
    r"[^.;!?]{0,120}?\b(?:said|stated|gave|described|reported|wrote)\b"
)
_COLUMN_WORDS = ("Correction", "correction", "Clarification")


def _holds_any(text: str, pieces: tuple[str, ...]) -> bool:
    """``any(map(text.__contains__, pieces))`` as a loop, which compiled tests each piece
    directly (``any`` over a ``map`` paid a generic call per piece)."""
    for piece in pieces:
        if piece in text:
            return True
    return False


def in_corrections(text: str) -> bool:
    """Whether ``text`` is a page of corrections (it names them)."""
    return _holds_any(text, _COLUMN_WORDS)


def claim_start(sentence: str, column: bool = False) -> int | None:
    """Where the retold claim of a correction starts in ``sentence`` (after its verb of
    saying), or None when the sentence retells none.  ``column``: the sentence stands in a page
    of corrections (``in_corrections``)."""
    if column:
        m = _RETOLD_IN_COLUMN.search(sentence)
        if m is not None and (
            (first := _RETOLD.search(sentence)) is None or m.end() <= first.end()
        ):
            return m.end()
    if not _holds_any(sentence, _PIECES):
        return None
    m = _RETOLD.search(sentence)
    return m.end() if m is not None else None


def claim_end(sentence: str, start: int) -> int:
    """Where the retold claim that starts at ``start`` ends: at a semicolon, after which the
    sentence tells what is right ("said it took place in June; it began on 15 July"), or at
    the sentence's end."""
    at = sentence.find("; ", start)
    return len(sentence) if at < 0 else at


_NOT_BEFORE = re.compile(r"\bnot[ \t]+(?:on|in|at)?[ \t]*\Z")


def is_denied(text: str, start: int) -> bool:
    """Whether the date at ``start`` is denied ("not on Sunday as we reported")."""
    return text[max(0, start - 4) : start].endswith("not ") or (
        "not" in text[max(0, start - 12) : start]
        and _NOT_BEFORE.search(text, max(0, start - 12), start) is not None
    )


# The end of a sentence, roughly: a mark and a blank, or a line's end.
_SENTENCE_MARKS = re.compile(r"[.!?][\"'”’)]*[ \t]|\n")


def anchors_kept(text: str, found: Sequence[TimeExpr]) -> list[TimeExpr]:
    """The dates a date told from another may count from: all but those a correction withdraws,
    denied ("not on Monday 27 January as we reported") or retold from the paper's own piece
    ("The article said that the patrol was ambushed on 25 September")."""
    column = in_corrections(text)
    pieces = column or _holds_any(text, _PIECES)
    kept = []
    for e in found:
        if is_denied(text, e.start):
            continue
        if pieces:
            lo = max(0, e.start - 400)
            s0 = lo
            for m in _SENTENCE_MARKS.finditer(text, lo, e.start):
                s0 = m.end()
            claim = claim_start(text[s0 : e.start], column)
            if claim is not None and "; " not in text[s0 + claim : e.start]:
                continue
        kept.append(e)
    return kept
