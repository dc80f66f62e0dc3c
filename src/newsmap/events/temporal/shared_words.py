"""Words that the gates and anchors of the date rules look for in every text, found together.

News is seldom plain Latin-1 (its quotes and dashes are not), and a search of such a text for a
word it does not hold reads every character: the English rules' gates and anchors ask some
fifty words of each text, most of them absent.  A ``Words`` set finds all of its words by one
pass over the text's tokens instead (``starts.Scan.places`` and ``Scan.has`` read from it).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from newsmap.tokens import token_at

#: What ``Scan.places`` gives for a word of a set that the text does not hold (never changed).
NOWHERE: Final[list[int]] = []


def find_all(low: str, word: str) -> list[int]:
    """Every place ``word`` stands in ``low``, overlapping ones too, in order."""
    found = []
    at = low.find(word)
    while at >= 0:
        found.append(at)
        at = low.find(word, at + 1)
    return found


class Words:
    """Words that the gates and anchors of a set of rules look for in every text they read, found
    together by one pass over the text's whitespace-separated tokens.

    A word without a blank never spans whitespace, so its places are those inside each token;
    each different token's words are found once and kept (the same tokens come back in every
    text), and only a token holding one is looked for in the text.  A phrase with a blank
    ("that day") is found at the places of its longest word, by a look at the text there.  The
    pass finds every place of every word, overlapping ones too, as a loop of ``str.find`` from
    the place after the last does.  An Aho-Corasick pass over the characters cost three times as
    many instructions.  A word belongs to the first set made with it (``OWNER``), unless the
    set is made with ``register`` false: a language family's (``family_words``), which only
    the scan of a text in that family's language reads.
    """

    def __init__(self, words: Iterable[str], register: bool = True) -> None:
        kept = set(words)
        pieces: dict[str, tuple[str, int]] = {}
        singles: set[str] = set()
        for word in sorted(kept):
            if word.split() != [word]:
                if all(part in _COMMON for part in word.split()):
                    # "on the ": its every word stands at dozens of places of a text, where
                    # one search of the text finds the phrase for less
                    kept.discard(word)
                    continue
                # its longest word but a common one ("the", "that"): the fewest places to try
                key = max(word.split(), key=lambda w: (w not in _COMMON, len(w)))
                pieces[word] = (key, word.index(key))
                singles.add(key)
            else:
                singles.add(word)
        self.words = frozenset(kept)
        self._pieces = pieces
        self._singles = tuple(sorted(singles))
        # the words of two characters or more by their first two, so that a new token is read
        # once, not searched for every word of the set; the one-letter words are searched
        self._by_start: dict[str, list[str]] = {}
        for word in self._singles:
            if len(word) > 1:
                self._by_start.setdefault(word[:2], []).append(word)
        self._letters = tuple(word for word in self._singles if len(word) == 1)
        self._tokens: dict[str, tuple[tuple[str, int], ...]] = {}
        # the same, by the token as the text writes it (``find``'s ``cased``)
        self._cased: dict[str, tuple[tuple[str, int], ...]] = {}
        if register:  # a language family's set is asked only by its own texts' scans
            for word in self.words:
                OWNER.setdefault(word, self)

    def find(self, low: str, cased: list[str] | None = None) -> dict[str, list[int]]:
        """Each word of the set that ``low`` holds, with every place it stands, in order.

        ``cased``: the tokens of the text ``low`` is the lower case of, as ``newsmap.tokens``
        splits it (read instead of splitting ``low``: the same tokens lower-cased)."""
        found: dict[str, list[int]] = {}
        at = 0  # where the last token holding a word ended
        lower = cased is not None
        tokens, memo = (cased, self._cased) if cased is not None else (low.split(), self._tokens)
        for token in tokens:
            hits = memo.get(token)
            if hits is None:
                if len(memo) >= _TOKENS_MAX:
                    memo.clear()
                hits = memo[token] = self._in_token(token.lower() if lower else token)
            if hits:
                if lower:
                    token = token.lower()
                at = token_at(low, token, at)
                for word, offset in hits:
                    places = found.get(word)
                    if places is None:
                        found[word] = [at + offset]
                    else:
                        places.append(at + offset)
                at += len(token)
        return self._with_phrases(low, found)

    def _with_phrases(self, low: str, found: dict[str, list[int]]) -> dict[str, list[int]]:
        """``found`` with each phrase's places, read at the places of its key word.

        A key word stands at many places where its phrase cannot ("day" in "Monday" and
        "days", "end" in "weekend"): the character the phrase holds right before its key (or,
        for a phrase that opens with it, right after) is compared first, a string index, and
        only a place that has it is read for the whole phrase (a method call)."""
        size = len(low)
        for phrase, (key, offset) in self._pieces.items():
            keyed = found.get(key)
            if keyed is not None:
                if offset:
                    mark, shift = phrase[offset - 1], -1
                else:
                    mark, shift = phrase[len(key)], len(key)  # a phrase is longer than its key
                places = []
                for p in keyed:
                    near = p + shift
                    if (
                        p >= offset
                        and near < size
                        and low[near] == mark
                        and low.startswith(phrase, p - offset)
                    ):
                        places.append(p - offset)
                if places:
                    found[phrase] = places
        return found

    def _in_token(self, token: str) -> tuple[tuple[str, int], ...]:
        """Every place in the token of each word without a blank (and each phrase's key), in
        the token's order: each word's places in order, as ``find`` keeps them.

        Each word is looked up by the two characters it opens with at each place of the token
        (a one-letter word, such as "ı", by a search): a search of the token for every word
        cost some seventy searches a new token for the English words, two hundred for a
        language family's."""
        hits: list[tuple[str, int]] = []
        by_start = self._by_start
        for i in range(len(token) - 1):
            words = by_start.get(token[i : i + 2])
            if words is not None:
                for word in words:
                    if token.startswith(word, i):
                        hits.append((word, i))
        for letter in self._letters:
            at = token.find(letter)
            while at >= 0:
                hits.append((letter, at))
                at = token.find(letter, at + 1)
        return tuple(hits)


#: Words too common to find a phrase from.
_COMMON: Final = frozenset("a an the of in on that this same".split())
#: How many different tokens a set keeps the words of (a bound on memory).
_TOKENS_MAX: Final = 50_000


#: The set each shared word is found with.
OWNER: Final[dict[str, Words]] = {}
