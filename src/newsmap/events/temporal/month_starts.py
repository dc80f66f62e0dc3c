"""Where a capitalised month name begins a word: the starts of the "month led" rule.

That rule's pattern opens with a class of capitals (the first letters of every English month
and of the local ones written at a sentence's start), which is most of the capitals there are:
the regex engine tested every character of an article against the class and tried the month
trie at every capital, a few per cent of ``newsmap analyze``'s time.  A month name never spans
whitespace, so the places are found token by token instead (``newsmap.tokens``' split, shared
with the other passes), each different token read once and kept: the offsets in it where a word
starts with one of the names.  ``starts.Scan.matches`` then tries the pattern only there.

The places are a superset of the pattern's starts (a name that goes on as a longer word is
kept, the pattern rejects it); tests/unit/events/test_fast_paths.py holds the rule's matches to
its full scan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmap.events.temporal.shared_words import token_at
from newsmap.events.temporal.spelling import UPPER_MONTHS
from newsmap.tokens import tokens_of

if TYPE_CHECKING:
    from newsmap.events.temporal.starts import Scan

_NAMES = tuple(UPPER_MONTHS)
_FIRSTS = frozenset(name[0] for name in UPPER_MONTHS)
#: Each token's offsets where a name starts a word (the empty tuple for most tokens).
_TOKENS: dict[str, tuple[int, ...]] = {}
#: How many different tokens are kept (a bound on memory).
_TOKENS_MAX = 50_000


def month_name_starts(scan: Scan) -> list[int]:
    """Every place in the text where a word (after a non-word character or the text's start)
    begins with one of the capitalised month names, in order."""
    text = scan.text
    memo = _TOKENS
    found: list[int] = []
    at = 0  # where the last token holding a name ended
    for token in tokens_of(text):
        hits = memo.get(token)
        if hits is None:
            if len(memo) >= _TOKENS_MAX:
                memo.clear()
            hits = memo[token] = _in_token(token)
        if hits:
            at = token_at(text, token, at)
            for offset in hits:
                found.append(at + offset)
            at += len(token)
    return found


def _in_token(token: str) -> tuple[int, ...]:
    """The offsets in ``token`` where a word starts with a month name (``\\w`` is a letter,
    a digit or "_", as the pattern's ``(?<!\\w\\w)`` reads it)."""
    hits: list[int] = []
    inside = False  # whether the character before is a word character
    for i, c in enumerate(token):
        if not inside and c in _FIRSTS and token.startswith(_NAMES, i):
            hits.append(i)
        inside = c.isalnum() or c == "_"
    return tuple(hits)
