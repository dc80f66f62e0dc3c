"""A cheap test that spares a case-blind phrase pattern the positions where it cannot match.

The demonym rules ask ``\\s+(government|prime\\s+minister|...)\\b`` (case-blind, an
alternative per noun phrase) after every state adjective; the regex engine tries each of some
hundred alternatives there, most often to find none.  What the pattern needs is readable from
the text at once: blanks, then a word (a run of word characters) that is the first word of some
phrase.  ``PhraseGate.may_match`` says False only where that word is plain ASCII and opens no
phrase, and then the pattern cannot match either: every alternative opens with a word
character (so it starts where the blanks end), its first word is followed by a character that
is no word character or by the pattern's ``\\b`` (so the text's word ends where it ends), and an
ASCII letter matches a letter of the pattern case-blind only as its lower case does (the
engine's other case pairs, "ſ" for "s" or the Kelvin sign for "k", are not ASCII).  Anything
else (a word with another letter) is left to the pattern.  tests/unit/geotag/test_phrase_gate.py
holds it to the pattern.
"""

from __future__ import annotations

import re

_FIRST_WORD = re.compile(r"\w+")


class PhraseGate:
    """The first words of a case-blind ``\\s+(phrase|...)\\b`` pattern's phrases."""

    def __init__(self, phrases: tuple[str, ...]) -> None:
        firsts: set[str] = set()
        sound = True
        for phrase in phrases:
            m = _FIRST_WORD.match(phrase)
            if m is None or not m.group().isascii():
                sound = False  # a phrase this reading cannot vouch for: always ask the pattern
                break
            firsts.add(m.group().lower())
        self.firsts = frozenset(firsts)
        self.sound = sound
        self.longest = max(map(len, firsts), default=0)

    def may_match(self, text: str, pos: int) -> bool:
        """False only when the pattern surely does not match at ``pos``."""
        if not self.sound:
            return True
        size = len(text)
        i = pos
        while i < size and text[i].isspace():
            i += 1
        if i == pos or i == size:
            return False  # no blank, or nothing after the blanks
        j = i
        stop = min(size, i + self.longest + 1)
        while j < stop:
            c = text[j]
            if not (c.isalnum() or c == "_"):
                break
            j += 1
        word = text[i:j]
        if not word.isascii():
            return True
        if j - i > self.longest:
            return False  # longer than any first word, whatever follows
        return word.lower() in self.firsts
