"""Names an English text cites as words, and common phrases that spell a place's name.

* A name in quotes after "as", "called", "named", "name", "word" or "term" is the word itself:
  "she referred to the country as "Macedonia"", "the short name "Macedonia"" talk about the
  name, and name no place of the story.  "The so-called "New Bridge"" is still the bridge:
  "so-called" introduces a place by its nickname.
* A place whose name opens with the article ("The Valley", Anguilla's capital; "The Hague") is
  that place only with its later words capitalised: "The valley lies on the main road" opens a
  sentence about a valley.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice

__all__ = ["cited_names"]

#: The word before a quoted name that makes it a cited word ("as", "the name"), and the quote.
_CITED = re.compile(r"(?<!so-)\b(?:as|called|named|name|word|term) [\"“]$")
_CLOSING = ('"', "”")
#: Characters read before a quoted name for the citing word.
_REACH = 12


def cited_names(text: str, places: list[Choice]) -> list[Choice]:
    """``places`` less the names cited as words and the article-led names written as phrases."""
    return [c for c in places if not _cited(text, c) and not _phrase(text, c)]


def _cited(text: str, c: Choice) -> bool:
    start, end = c.start, c.end
    if start < 2 or text[start - 1] not in '"“' or not text.startswith(_CLOSING, end):
        return False
    return _CITED.search(text, max(0, start - _REACH), start) is not None


def _phrase(text: str, c: Choice) -> bool:
    """ "The valley": an article-led name whose next word is in lower case."""
    if not text.startswith("The ", c.start):
        return False
    return text[c.start + 4 : c.start + 5].islower()
