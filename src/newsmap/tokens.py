"""A document's whitespace-separated tokens, split once and shared by the passes that read them.

Several passes read a document token by token, each looking every token up in a memo of its
own: the language tests of the places (``geotag.home.text_reads``) and the date rules' shared
words and triggers (``events.temporal.shared_words``, ``starts.Trigger``).  Each split made a
new string per token, and each lookup hashed that string afresh; splitting once lets every pass
read the same token objects, whose hashes Python keeps.  Lower-casing keeps whitespace where it
is and makes none (no character lower-cases to or from whitespace), so the tokens of the
lower-cased text are these tokens lower-cased, one by one.

``newsmap analyze`` tags a batch of documents and then dates them, so the tokens of a batch's
documents are kept between the two steps (``_MOST`` documents at most).  The lists are shared:
a caller must not change them.
"""

from __future__ import annotations

#: The tokens of the last documents asked for, by text.
_KEPT: dict[str, list[str]] = {}
#: The lower case of the last documents asked for, by text.
_LOWER: dict[str, str] = {}
#: How many documents' tokens are kept: two of ``newsmap analyze``'s batches.
_MOST = 256


def tokens_of(text: str) -> list[str]:
    """``text.split()``, split once for the documents read lately (do not change the list)."""
    found = _KEPT.get(text)
    if found is None:
        if len(_KEPT) >= _MOST:
            _KEPT.clear()
        found = _KEPT[text] = text.split()
    return found


def lower_of(text: str) -> str:
    """``text.lower()``, lower-cased once for the documents read lately: the date rules' scan,
    the village cue of local places and the day of a happening each lower a whole document, and
    a text in the region's letters (or with curly quotes) is lower-cased character by character
    through the Unicode tables, about fifty instructions a character."""
    found = _LOWER.get(text)
    if found is None:
        if len(_LOWER) >= _MOST:
            _LOWER.clear()
        found = _LOWER[text] = text.lower()
    return found


def token_at(low: str, token: str, at: int) -> int:
    """Where the first whitespace-separated token spelt ``token`` starts at or after ``at``."""
    size, end = len(token), len(low)
    pos = low.find(token, at)
    while pos >= 0 and (
        (pos > 0 and not low[pos - 1].isspace())
        or (pos + size < end and not low[pos + size].isspace())
    ):
        pos = low.find(token, pos + 1)  # inside a longer token: not this one
    return pos


def forget() -> None:
    """Drop the kept tokens and lower cases (a measurement that reads the same documents twice,
    say)."""
    _KEPT.clear()
    _LOWER.clear()
