"""The words both language readings of the places share: the Latin-script language of a text
(``home``) and the state its language points to (``home_state``), with each word's folded,
lower-cased form kept across documents."""

from __future__ import annotations

import re

from newsmap.geotag.folding import fold

#: A word: a run of letters.
WORD = re.compile(r"[^\W\d_]+")
#: Folded function words only BCMS, only Slovenian and only English use, to tell a Latin
#: text's language ("je", "da", "se" and "iz" are both BCMS and Slovenian).
BCMS = frozenset("u su koji koja koje ce nije sa kao ili sto jos".split())
SLOVENIAN = frozenset("v so ki tudi pa bo bodo ter pri kot ni kaj".split())
ENGLISH = frozenset("the and of to in is was that for with on".split())

#: Each word's folded lower-case form: the same function words make up most of every text, and
#: folding them one by one was most of the reading.  Bounded like ``context``'s word memo.
FOLDED_WORDS: dict[str, str] = {}
FOLDED_WORDS_MAX = 100_000


def folded_word(word: str) -> str:
    """``fold(word).lower()``, kept."""
    found = FOLDED_WORDS.get(word)
    if found is None:
        if len(FOLDED_WORDS) >= FOLDED_WORDS_MAX:
            FOLDED_WORDS.clear()
        found = FOLDED_WORDS[word] = fold(word).lower()
    return found
