"""Word lists as regex prefix tries: what keeps a search over many words fast.

Python's regex engine tries the alternatives of ``a|b|c`` one by one at every place it tries a
match; spelled as a trie, the words that share a prefix are rejected together after a letter or
two.  Used by the date rules and by language detection.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alt(words: Iterable[str], after_first: str = "") -> str:
    """An alternation of words as a prefix trie.

    Python's regex engine tries alternatives one by one; sharing prefixes lets it reject a
    non-month word after a letter or two, which keeps month search fast on long articles.
    ``after_first`` is inserted right after each word's first character (see
    ``NO_WORD_BEFORE_1``).
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict], tail: str = "") -> str:
        ends = "" in node
        branches = [re.escape(ch) + tail + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie, after_first)
