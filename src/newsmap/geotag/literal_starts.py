"""A pattern's matches over a whole text, tried only where one of its literal stems stands.

Python's regex engine skips ahead fast only to a single literal prefix; a pattern that opens
with a choice of words ("Donj|Gornj|Velik|...") or a class before a choice ("[Rr]esidents|
[Ii]nhabitants ...") makes ``finditer`` try a match at every character (or at every
character of its first letters'), which over a whole article costs far more than the rule
itself.  ``str.find`` of each stem finds the few places a match can begin, and the pattern is
tried only there.

Exact: the matches are the ones ``pattern.finditer(text)`` gives, in the same order, when

1. every match of ``pattern`` has one of ``stems`` at ``shift`` characters after its start
   (so the positions tried include every position a match can start at), and
2. no match is empty.

Why: ``finditer`` tries its positions left to right, and after a (non-empty) match at
``start:end`` goes on at ``end``; a try at ``p`` is ``pattern.match(text, p)`` (the engine's
look-behinds, ``\\b`` and the like see the text before ``p`` in both, as ``pos`` does not cut
the string).  A position where no stem stands fails in ``finditer`` too (1), so skipping it
changes nothing; the loop below tries the stems' positions in text order and skips those
inside the last match, as ``finditer`` does.
"""

from __future__ import annotations

import re

__all__ = ["stem_matches", "word_matches"]


def stem_matches(
    pattern: re.Pattern[str], text: str, stems: tuple[str, ...], shift: int = 0
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose every match has one of ``stems``
    at ``shift`` characters after its start (see the module's docstring)."""
    starts: list[int] = []
    for stem in stems:
        i = text.find(stem, shift)
        while i >= 0:
            starts.append(i - shift)
            i = text.find(stem, i + 1)
    if not starts:
        return []
    if len(starts) > 1:
        starts.sort()
    found: list[re.Match[str]] = []
    resume = 0  # where finditer's next try begins: the end of the last match
    last = -1
    for p in starts:
        if p < resume or p == last:
            continue
        last = p
        m = pattern.match(text, p)
        if m is not None:
            found.append(m)
            resume = m.end()
    return found


def word_matches(
    word: re.Pattern[str], letter: re.Pattern[str], text: str, stems: list[str]
) -> list[re.Match[str]]:
    """The matches of ``word`` (a run of a class, ``letter`` one character of it: "[...]+"
    and "[...]") at whose start one of ``stems`` stands, in text order: ``word.finditer(text)``
    less the matches where no stem stands.

    Exact: a run's matches are the maximal runs of the class, so a match starts at ``at`` when
    ``letter`` matches there and not right before; from there ``word.match`` is that run.  A
    stem is found by ``str.find``, not by reading every word of the text through the regex."""
    starts: set[int] = set()
    for stem in stems:
        at = text.find(stem)
        while at >= 0:
            if letter.match(text, at) is not None and (at == 0 or not letter.match(text, at - 1)):
                starts.add(at)
            at = text.find(stem, at + 1)
    found: list[re.Match[str]] = []
    for at in sorted(starts):
        m = word.match(text, at)
        if m is not None:
            found.append(m)
    return found
