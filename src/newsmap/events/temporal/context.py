"""The words around a date: what stands right before or after it (its tense: ``english_tense``)."""

from __future__ import annotations

import re
from typing import Final

WORD: Final = re.compile(r"[^\W\d_]+(?:'[a-z]+)?", re.UNICODE)
# WORD for a text of ASCII characters only, where "a letter" is [A-Za-z]: the same words, found
# by a table lookup per character instead of the Unicode database's letter and digit tests
# (which made reading the words around a date two and a half times as slow).  ``str.isascii``
# is answered from the string's header, so choosing costs nothing.
_ASCII_WORD: Final = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


#: Bytes to themselves for the ASCII letters and the apostrophe, to a blank for any other byte.
_WORD_BYTES: Final = bytes(
    b if 65 <= b <= 90 or 97 <= b <= 122 or b == 39 else 32 for b in range(256)
)


def words_of(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """``WORD.findall(text, start, end)``, by the ASCII spelling when the text allows it.

    An ASCII text's words are its runs of letters, each with an apostrophe and lower-case
    letters after it ("don't"): every other character turned into a blank (by a bytes table, at
    memory speed), the blank-separated tokens are the words, but for the few with an apostrophe,
    which the pattern reads; the regex's scan found each word at a cost several times that.
    """
    chunk = text if start == 0 and end is None else text[start:end]
    if not chunk.isascii():
        return _words_by_token(chunk)
    spaced = chunk.encode("ascii").translate(_WORD_BYTES).decode("ascii")
    if "'" not in spaced:
        return spaced.split()
    words: list[str] = []
    for token in spaced.split():
        if "'" in token:
            words += _ASCII_WORD.findall(token)
        else:
            words.append(token)
    return words


#: Each whitespace-separated token's words (``WORD.findall`` of it), for texts beyond ASCII:
#: the same words come back around every date.  Bounded: emptied past ``_TOKENS_MAX``.
_TOKEN_WORDS: Final[dict[str, tuple[str, ...]]] = {}
_TOKENS_MAX = 1 << 16


def _words_by_token(chunk: str) -> list[str]:
    """``WORD.findall(chunk)`` token by token.

    A word is letters, maybe an apostrophe and letters: it never holds whitespace, and the
    pattern reads nothing outside its match, so the chunk's words are its tokens' in turn.  Each
    different token is read once; the pattern's Unicode letter test at every character cost
    some 14,000 instructions per stretch of 120 characters around a date (callgrind).
    """
    words: list[str] = []
    memo = _TOKEN_WORDS
    for token in chunk.split():
        found = memo.get(token)
        if found is None:
            if len(memo) >= _TOKENS_MAX:
                memo.clear()
            found = memo[token] = tuple(WORD.findall(token))
        words.extend(found)
    return words


_NEXT_SENTENCE: Final = re.compile(r"\n|[.!?;] [A-Z]")


def words_before(text: str, pos: int, n: int) -> list[str]:
    """Up to n lower-cased words right before pos, nearest first, not crossing a sentence mark."""
    lo = max(0, pos - 120)
    chunk = text[lo:pos]
    cut = max([chunk.rfind(mark) for mark in ".!?;\n"])
    if cut >= 0 and (not chunk[cut - 1 : cut].isdigit() or _NEXT_SENTENCE.match(chunk, cut)):
        # a full stop after a number ends its sentence where a capital opens the next ("until
        # 06:00. Trams stop"), not in a local date's "5. maja"
        chunk = chunk[cut + 1 :]
    words = words_of(chunk)
    return [w.lower() for w in reversed(words[-n:])]


def words_after(text: str, pos: int, n: int) -> list[str]:
    """Up to n lower-cased words right after pos, nearest first, not crossing a sentence mark."""
    chunk = text[pos : pos + 120]
    cuts = [i for i in [chunk.find(mark) for mark in ".!?;\n"] if i >= 0]
    if cuts:
        chunk = chunk[: min(cuts)]
    return [w.lower() for w in words_of(chunk)[:n]]
