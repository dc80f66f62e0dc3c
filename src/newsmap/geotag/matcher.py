"""Find every gazetteer key in a text in one pass, with offsets into the original string.

Names are matched on a *folded* copy of the text: lower case, diacritics dropped, Serbian and
Macedonian Cyrillic transliterated to Latin, and every character that is not a letter or a digit
turned into a space.  Folding lets one key match "Priština", "Pristina", "PRIŠTINA" and
"Приштина", and "Bosnia-Herzegovina" as well as "Bosnia Herzegovina".  Keys are stored padded
with one space on each side, so a key can only match whole tokens; the folded text is padded the
same way.  Almost every character folds to exactly one character, so for most texts a folded
index *is* the original index; only the few Cyrillic letters that transliterate to two Latin ones
(љ, њ, џ, ...) need an explicit position map.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import ahocorasick

# Cyrillic letters (lower case) to the Latin spelling used in Serbian/Macedonian Latin script,
# already folded (no diacritics).  Russian/Ukrainian/Bulgarian extras fold to a close letter.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "d", "е": "e", "ж": "z", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "c", "џ": "dz", "ш": "s", "ѓ": "g", "ќ": "k", "ѕ": "z", "й": "j", "ы": "y", "э": "e",
    "ю": "ju", "я": "ja", "ё": "e", "є": "e", "і": "i", "ї": "i", "щ": "sc", "ъ": "a", "ь": "j",
    "ґ": "g", "ў": "u",
}
# Latin letters that NFD does not decompose into base + accent.
_LATIN_SPECIAL = {
    "đ": "d", "ł": "l", "ø": "o", "ß": "s", "æ": "a", "œ": "o", "ı": "i", "ħ": "h", "þ": "t",
    "ð": "d", "ŀ": "l", "ŧ": "t",
}


def _fold_char(ch: str) -> str:
    """Fold one character; the result is never empty, so no character disappears."""
    if not ch.isalnum():
        return " "
    low = ch.lower()[:1] or ch
    if low in _CYRILLIC:
        return _CYRILLIC[low]
    if low in _LATIN_SPECIAL:
        return _LATIN_SPECIAL[low]
    base = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    return base[:1] or low


def _build_table() -> tuple[dict[int, str], frozenset[str]]:
    table: dict[int, str] = {}
    wide: set[str] = set()
    ranges = [(0, 0x0530), (0x1E00, 0x1F00), (0x2000, 0x2070), (0x3000, 0x3001)]
    for lo, hi in ranges:
        for code in range(lo, hi):
            ch = chr(code)
            folded = _fold_char(ch)
            if folded != ch:
                table[code] = folded
            if len(folded) != 1:
                wide.add(ch)
    return table, frozenset(wide)


_FOLD_TABLE, _WIDE_CHARS = _build_table()


def fold(text: str) -> str:
    """Fold a name or a text for matching (see the module docstring).

    >>> fold("Priština, Kosovo's")
    'pristina  kosovo s'
    >>> fold("Љубљана")
    'ljubljana'
    """
    return text.translate(_FOLD_TABLE)


def fold_key(name: str) -> str:
    """Fold a name into its automaton key, padded with one space on each side.

    Whitespace in the name is normalised first; punctuation folds to spaces exactly as it
    does in the text, so "Bosnia & Herzegovina" matches itself.
    """
    return " " + fold(" ".join(name.split())).strip() + " "


@dataclass(frozen=True)
class Hit:
    """One key found in a text: ``text[start:end]`` is the matched name, ``value`` the payload."""

    start: int
    end: int
    key: str
    value: Any


class Matcher:
    """A multi-pattern automaton over folded keys.

    Built once per gazetteer; ``find`` is the only per-document work.  The payload stored for a
    key is opaque here (the gazetteer stores its candidate list).
    """

    def __init__(self, items: Iterable[tuple[str, Any]]) -> None:
        self._auto = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        count = 0
        for key, value in items:
            if len(key) < 3 or key.strip() == "":
                continue
            self._auto.add_word(key, (key, value))
            count += 1
        self.size = count
        if count:
            self._auto.make_automaton()

    def find(self, text: str) -> list[Hit]:
        """Every whole-token key occurrence in ``text``, overlapping ones included, by start.

        Choosing between overlapping hits (longest wins) is the resolver's job, because a
        shorter hit may be the only plausible one.
        """
        if not self.size or not text:
            return []
        folded = " " + fold(text) + " "
        positions = None
        if len(folded) != len(text) + 2:
            positions = _position_map(text)
        hits: list[Hit] = []
        for end_idx, (key, value) in self._auto.iter(folded):
            fstart = end_idx - len(key) + 2  # first folded char of the name (padding removed)
            fend = end_idx  # one past the last folded char of the name (before trailing space)
            if positions is None:
                start, end = fstart - 1, fend - 1
            else:
                start, end = positions[fstart - 1], positions[fend - 2] + 1
            hits.append(Hit(start, end, key, value))
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits


def _position_map(text: str) -> list[int]:
    """For each folded character, the index of the original character it came from."""
    pos: list[int] = []
    for i, ch in enumerate(text):
        n = len(ch.translate(_FOLD_TABLE))
        pos.extend([i] * n)
    return pos


def iter_tokens(folded_text: str) -> Iterator[tuple[int, int]]:
    """Spans of the space-separated tokens in a folded text."""
    i, n = 0, len(folded_text)
    while i < n:
        while i < n and folded_text[i] == " ":
            i += 1
        j = i
        while j < n and folded_text[j] != " ":
            j += 1
        if j > i:
            yield i, j
        i = j
