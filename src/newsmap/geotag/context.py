"""Step 1 of resolving: what the document itself says, before any name is decided.

A ``Doc`` holds one text's hits and answers the questions every later rule asks: which
countries its sure names point at (*support*), whether it is written in a local language,
the words around a span and the sentence a position lies in.  Answers are computed on first
use and kept, because most hits are decided without looking at their neighbours.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from itertools import repeat

from newsmap.geotag import words
from newsmap.geotag.folding import fold, folded_length, spelt_as
from newsmap.geotag.gazetteer import Gazetteer
from newsmap.geotag.home import READS_LIMIT, is_local_text
from newsmap.geotag.literal_starts import stem_matches
from newsmap.geotag.matcher import Hit

#: The word after a span, as ``next_word_at`` reads it (tests hold it to this pattern).
_NEXT_WORD = re.compile(r"(?:[’']s)?([^\w]*?)([^\W\d_][\w-]*)")
#: Where a sentence ends: ``[.!?]+["”’)]*\s+|\n\s*`` but after a title's dot ("St.", a
#: dateline's "ST.", "Sv.", "Mr.", "Dr.", "Mt."), spelt to open with the class of its
#: first characters, so that the scan skips to them instead of trying both alternatives at every
#: character of the text (a third of the cost of a long local document's sentence bounds).
SENTENCE_END_PLAIN = (
    r"(?:(?<!\bSt)(?<!\bST)(?<!\bSv)(?<!\bMr)(?<!\bDr)(?<!\bMt)\.|[!?])[.!?]*[\"”’)]*\s+|\n\s*"
)
#: Sentence ends; the dot of a title before a name ("St. Naum", "Sv. Nikola", "Mr. Rama")
#: ends no sentence, so a site named after a saint stays in one sentence with its town.
_SENTENCE_END = re.compile(
    r"[.!?\n](?<!\bSt\.)(?<!\bST\.)(?<!\bSv\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\bMt\.)"
    r"(?:(?<=\n)\s*|[.!?]*[\"”’)]*\s+)"
)
#: Every sentence end starts with one of these: ``_SENTENCE_END`` is tried only where they
#: stand (``literal_starts``), not at every character by its class.
_SENTENCE_MARKS = (".", "!", "?", "\n")

#: Folded forms of the words read around names, shared by all documents (``fold`` is pure).
_WORD_FOLDS: dict[str, str] = {}
_WORD_FOLDS_MAX = 100_000


class Doc:
    """Per-document facts the rules consult: words around a span, sentences, support."""

    def __init__(
        self,
        gaz: Gazetteer,
        text: str,
        hits: list[Hit],
        folded: str | None = None,
        local: bool | None = None,
    ) -> None:
        self.gaz = gaz
        self.text = text
        self.hits = hits
        self.folded = folded  # the matcher's folded text, padded, when at hand
        self._by_start: dict[int, list[Hit]] | None = None
        self._by_end: dict[int, list[Hit]] | None = None
        # given for a title, whose few words cannot tell its language: its body's
        self._local: bool | None = local
        self.support = self._support()
        self._sentences: list[int] | None = None
        self._prev: dict[int, tuple[str, str]] = {}
        self._next: dict[int, tuple[str, str]] = {}

    @staticmethod
    def fold(word: str) -> str:
        """``fold`` with a memo: the same few words ("in", "said", "the") surround most names."""
        found = _WORD_FOLDS.get(word)
        if found is None:
            if len(_WORD_FOLDS) >= _WORD_FOLDS_MAX:
                _WORD_FOLDS.clear()  # a bound on memory; refilling costs a few documents
            found = _WORD_FOLDS[word] = fold(word)
        return found

    # Built on first use: most hits are decided without looking at their neighbours.  (Kept in
    # declared attributes rather than by functools.cached_property, which a compiled class,
    # having no instance dictionary, cannot cache in.)
    @property
    def by_start(self) -> dict[int, list[Hit]]:
        found = self._by_start
        if found is None:
            found = self._by_start = defaultdict(list)
            for h in self.hits:
                found[h.start].append(h)
        return found

    @property
    def by_end(self) -> dict[int, list[Hit]]:
        found = self._by_end
        if found is None:
            found = self._by_end = defaultdict(list)
            for h in self.hits:
                found[h.end].append(h)
        return found

    @property
    def local(self) -> bool:
        """Written in a local language (``is_local_language`` on the folded text at hand)."""
        found = self._local
        if found is None:
            found = self._local = self._is_local()
        return found

    def _is_local(self) -> bool:
        if len(self.text) < READS_LIMIT:
            # the same test, read from the tokens that the focus's language test reads too
            return is_local_text(self.text)
        folded = self.folded
        if folded is None:
            return is_local_language(self.text)
        # folding works character by character, so the text's start folds to a prefix
        if len(folded) == len(self.text) + 2:
            return local_words(folded[1:3001].split())
        return local_words(folded[1 : 1 + folded_length(self.text[:3000])].split())

    # -- words around a span --------------------------------------------------------------
    def prev_word(self, start: int) -> tuple[str, str]:
        """The word before ``start`` and the characters between it and ``start``."""
        found = self._prev.get(start)
        if found is None:
            text = self.text
            j = start
            low = max(0, start - 40)
            while j > low and not text[j - 1].isalnum():
                j -= 1
            k = j
            while k > low and (text[k - 1].isalnum() or text[k - 1] in "’'.-"):
                k -= 1
            while k < j and not text[k].isalpha():
                k += 1
            found = self._prev[start] = (text[k:j], text[j:start])
        return found

    def may_be_capitalised_before(self, start: int) -> bool:
        """False only when the word before ``start`` (after one space) is surely lower case.

        A quick test on the folded text (a token there is a run of letters and digits) that
        spares ``prev_word`` for the usual "in Tetovo"; anything it cannot vouch for (a word
        with an apostrophe, a digit, a symbol folding does not know, a long run) says True.
        """
        folded = self.folded
        text = self.text
        if folded is None or len(folded) != len(text) + 2:
            return True
        # text[i] is folded[i + 1]; text[start - 1] is the space, folded[start]
        t0 = folded.rfind(" ", 0, start)  # text index of the token's first character
        if t0 < 0 or start - 1 - t0 > 30:
            return True
        first = text[t0]
        if first.isupper() or not first.isalpha():
            return True
        if t0 > 0 and text[t0 - 1] in "’'.-":
            return True
        return not text[t0 : start - 1].isalnum()

    def next_word(self, end: int) -> tuple[str, str]:
        """The characters after ``end`` up to the next word, and that word."""
        found = self._next.get(end)
        if found is None:
            found = self._next[end] = next_word_at(self.text, end)
        return found

    def sentence_initial(self, start: int) -> bool:
        before = self.text[max(0, start - 4) : start].rstrip(" \t\"“‘'(")
        return not before or before[-1] in ".!?:\n"

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        if self._sentences is None:
            ends = stem_matches(_SENTENCE_END, self.text, _SENTENCE_MARKS)
            self._sentences = [0] + [m.end() for m in ends]
        i = bisect.bisect_right(self._sentences, pos) - 1
        start = self._sentences[i]
        end = self._sentences[i + 1] if i + 1 < len(self._sentences) else len(self.text)
        return start, end

    # -- support ----------------------------------------------------------------------------
    def _support(self) -> dict[str, set[str]]:
        """Countries named by strong, unambiguous hits, with the keys that named them.

        Which country a key vouches for is precomputed per key by the gazetteer; only keys
        with case forms or case-sensitive spellings are looked at here.
        """
        support: dict[str, set[str]] = {}
        static = self.gaz.support_static.get
        dynamic = self.gaz.support_dynamic
        text = self.text
        for start, end, key, _ in self.hits:
            country = static(key)
            if country is not None:
                if text[start].isupper():
                    keys = support.get(country)
                    if keys is None:
                        support[country] = {key}
                    else:
                        keys.add(key)
                continue
            varying = dynamic.get(key)
            if varying is None or not text[start].isupper():
                continue
            countries = set(varying[0])
            for cand in varying[1]:
                country = self.gaz.places[cand.place].country
                if country is None or country in countries:
                    continue  # adding it changes nothing: spare the language test
                if cand.inflected and not self.local:
                    continue
                if cand.exact and not spelt_as(text[start:end], cand.exact):
                    continue
                countries.add(country)
            if len(countries) == 1:
                support.setdefault(countries.pop(), set()).add(key)
        return support

    def support_for(self, country: str | None, key: str) -> int:
        """How many *other* names in the document point at ``country``."""
        if country is None:
            return 0
        keys = self.support.get(country)
        if not keys:
            return 0
        return len(keys) - (1 if key in keys else 0)


def next_word_at(text: str, end: int) -> tuple[str, str]:
    """``_NEXT_WORD.match(text, end, min(len(text), end + 40))``'s two groups, or two empty
    strings when it does not match, read character by character (the pattern's lazy run of
    non-word characters tried its letter class at each of them).

    Its second group starts at the first word character, which must be a letter (no digit nor
    "_"); a "'s" or "’s" right at ``end`` is skipped first, unless no such word follows it:
    then the pattern's other way reads the "s" as the word.
    """
    stop = min(len(text), end + 40)
    if end + 2 <= stop and text[end] in "’'" and text[end + 1] == "s":
        found = _word_from(text, end + 2, stop)
        if found is not None:
            return found
    found = _word_from(text, end, stop)
    return ("", "") if found is None else found


def _word_from(text: str, i: int, stop: int) -> tuple[str, str] | None:
    j = i
    while j < stop:
        c = text[j]
        if c.isalnum() or c == "_":
            break
        j += 1
    if j >= stop or text[j] == "_" or text[j].isdecimal():
        return None
    k = j + 1
    while k < stop:
        c = text[k]
        if not (c.isalnum() or c == "_" or c == "-"):
            break
        k += 1
    return text[i:j], text[j:k]


def is_cyrillic(surface: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in surface)


def is_local_language(text: str) -> bool:
    """True for Serbian/Croatian/Bosnian/Albanian text (function words outnumber English)."""
    return local_words(fold(text[:3000]).split())


#: What each function word adds to a text's count: 1 for the local languages', ``_ENGLISH_UNIT``
#: for English's, so that one pass over the words sums both counts (a sample of 3000 characters
#: holds far fewer than ``_ENGLISH_UNIT`` words).  A word on both lists adds to both.
_ENGLISH_UNIT = 1 << 20
_WORD_WEIGHT: dict[str, int] = {
    w: (w in words.LOCAL_FUNCTION_WORDS) + _ENGLISH_UNIT * (w in words.ENGLISH_FUNCTION_WORDS)
    for w in words.LOCAL_FUNCTION_WORDS | words.ENGLISH_FUNCTION_WORDS
}


def local_words(sample: list[str]) -> bool:
    """The test behind ``is_local_language``, on the folded words of the text's start.

    One pass over the words, in C, sums both counts: a pass per list was a third of telling
    whether a text is local.
    """
    if len(sample) < _ENGLISH_UNIT:
        total = sum(map(_WORD_WEIGHT.get, sample, repeat(0, len(sample))))
        local, english = total % _ENGLISH_UNIT, total // _ENGLISH_UNIT
    else:  # more words than the sum can keep apart (never a sample of 3000 characters)
        local = sum(w in words.LOCAL_FUNCTION_WORDS for w in sample)
        english = sum(w in words.ENGLISH_FUNCTION_WORDS for w in sample)
    return local > english and local >= min(3, 1 + len(sample) // 10)


def capitalised(surface: str) -> bool:
    """Written as a name: the first word, or a later word of several, has a capital."""
    parts = surface.split()
    if not parts:
        return False
    if parts[0][:1].isupper():
        return True
    return len(parts) > 1 and any(w[:1].isupper() for w in parts[1:])
