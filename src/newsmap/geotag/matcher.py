"""Find every gazetteer key in a text in one pass, with offsets into the original string.

Names are matched on a *folded* copy of the text: lower case, diacritics dropped, Serbian and
Macedonian Cyrillic transliterated to Latin, and every character that is not a letter or a digit
turned into a space.  Folding lets one key match "Priština", "Pristina", "PRIŠTINA" and
"Приштина", and "Bosnia-Herzegovina" as well as "Bosnia Herzegovina".  Keys are stored padded
with one space on each side, so a key can only match whole tokens; the folded text is padded the
same way.  Almost every character folds to exactly one character, so for most texts a folded
index *is* the original index; only the few Cyrillic letters that transliterate to two Latin ones
(љ, њ, џ, ...) need an explicit position map.  Folding itself is ``newsmap.geotag.folding``.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

import ahocorasick

from newsmap.geotag.folding import FOLD_TABLE, WIDE_RE, fold
from newsmap.geotag.scan import BOTH, SIDE, collect


class Hit(NamedTuple):
    """One key found in a text: ``text[start:end]`` is the matched name, ``value`` the payload.

    A named tuple rather than a dataclass: a long text yields hundreds of hits.
    """

    start: int
    end: int
    key: str
    value: Any


class Matcher:
    """A multi-pattern automaton over folded keys.

    Built once per gazetteer; ``find`` is the only per-document work.  The payload stored for a
    key is opaque here (the gazetteer stores its candidate list).
    """

    def __init__(
        self, items: Iterable[tuple[str, Any]], side: Iterable[tuple[str, Any]] = ()
    ) -> None:
        """``items`` are names; ``side`` are words found in any case and handed back apart
        (``scan_all``): the nouns that make the name before them a site ("bridge")."""
        # The automaton maps a key to its index in ``_payloads``: an automaton of integers
        # pickles as one block of bytes (the prepared-gazetteer cache loads it in
        # milliseconds), where one of objects pickles each payload on its own.
        self._auto = ahocorasick.Automaton(ahocorasick.STORE_INTS, ahocorasick.KEY_STRING)
        payloads: list[tuple[str, Any, int, Any]] = []
        for key, value in items:
            if len(key) < 3 or key.strip() == "":
                continue
            # the payload carries the key's length and whether it spans several words, so the
            # scan loop does no string work of its own
            self._add(payloads, key, (key, value, len(key) - 1, " " in key.strip()))
        for key, value in side:
            index = self._auto.get(key, None)
            found = None if index is None else payloads[index]
            if found is None:
                self._add(payloads, key, (key, value, len(key) - 1, _SIDE))
            elif found[3] is not _SIDE and found[3] is not _BOTH and not found[3]:
                # a one-word name that is also a side word ("srpska"): both, told apart in scan
                payloads[index] = (key, (found[1], value), found[2], _BOTH)
        self._payloads = payloads
        self.size = len(payloads)
        if payloads:
            self._auto.make_automaton()

    def _add(self, payloads: list[tuple[str, Any, int, Any]], key: str, payload: tuple) -> None:
        index = self._auto.get(key, None)
        if index is None:
            self._auto.add_word(key, len(payloads))
            payloads.append(payload)
        else:
            payloads[index] = payload  # the last value added for a key wins, as before

    def lookup(self, key: str) -> Any:
        """The payload stored for a folded, padded key, or None (no scan: one dictionary probe).

        The resolver uses it to revisit a name it has already matched without re-indexing the
        document's hits.
        """
        index = self._auto.get(key, None) if self.size else None
        if index is None:
            return None
        found = self._payloads[index]
        if found[3] is _SIDE:
            return None
        return found[1][0] if found[3] is _BOTH else found[1]

    def find(self, text: str, *, capitalised: bool = False) -> list[Hit]:
        """Every whole-token key occurrence in ``text``, overlapping ones included.

        Sorted by start, longer first.  Choosing between overlapping hits (longest wins) is
        the resolver's job, because a shorter hit may be the only plausible one.  With
        ``capitalised`` only hits that could be a proper name are kept: a one-word hit must
        start with a capital, a longer one must hold one ("northern Kosovo").  Most raw hits in
        English text are lower-case words ("bar", "split", "most"), and a name can only be a
        place when it is written as one, so dropping them here saves the resolver their cost.
        """
        return self.scan(text, capitalised=capitalised)[0]

    def scan(self, text: str, *, capitalised: bool = False) -> tuple[list[Hit], str]:
        """``find`` plus the folded text it matched on (padded with one space each side).

        The resolver reads the folded text again (to tell the language), so it is handed over
        rather than folded twice.
        """
        hits, _, folded = self.scan_all(text, capitalised=capitalised)
        return hits, folded

    def scan_all(self, text: str, *, capitalised: bool = False) -> tuple[list[Hit], list[Hit], str]:
        """``scan`` with the side words found (in any case, in text order) as a second list."""
        if not self.size or not text:
            return [], [], " " + fold(text) + " "
        folded = " " + fold(text) + " "
        # the loop over the matches runs compiled (``scan.collect``)
        to_orig = None if len(folded) == len(text) + 2 else _PositionMap(text)
        hits, side = collect(
            self._auto.iter(folded), self._payloads, text, capitalised, to_orig, Hit
        )
        # by start, longer first: two stable C-level sorts give the order of the key
        # (start, -end) without calling a Python function per hit
        hits.sort(key=_END, reverse=True)
        hits.sort(key=_START)
        return hits, side, folded


#: Marks a side word's payload (where a name's says whether it spans several words), and a
#: one-word name that is a side word too.
_SIDE = SIDE
_BOTH = BOTH


_START = operator.itemgetter(0)
_END = operator.itemgetter(1)


class _PositionMap:
    """Folded index -> original index, for texts with letters that fold to two (љ -> lj).

    Only those letters shift positions, so it keeps one breakpoint per such letter.
    """

    def __init__(self, text: str) -> None:
        self._starts: list[int] = []  # folded index where each wide letter's output begins
        self._ends: list[int] = []  # ... and ends (exclusive)
        self._origs: list[int] = []  # the letter's original index
        extra = 0
        for m in WIDE_RE.finditer(text):
            width = len(FOLD_TABLE[ord(m.group())])
            start = m.start() + extra
            self._starts.append(start)
            self._ends.append(start + width)
            self._origs.append(m.start())
            extra += width - 1

    def __call__(self, folded_index: int) -> int:
        i = bisect.bisect_right(self._starts, folded_index) - 1
        if i < 0:
            return folded_index
        if folded_index < self._ends[i]:
            return self._origs[i]
        return self._origs[i] + 1 + (folded_index - self._ends[i])


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
