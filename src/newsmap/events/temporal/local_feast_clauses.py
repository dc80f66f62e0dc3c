"""A feast named inside a clause that dates nothing of its own:

- A yearly habit: "every" earlier in the feast's clause ("Svake godine dolazim za Bajram",
  "Çdo vit vijnë për Bajram", "Секоја година доаѓаме за Божиќ"). A feast comes round every
  year, so "every year ... for Bajram" is the habit's time, not one Bajram; ``local_nonevents``
  reads "every" only two words before a date, which a verb and a preposition already fill.
- A clause of "when" that tells what happens on a day named right before it ("na Badnji dan,
  kada dijaspora dolazi kući za Božić"): the day before the comma dates the happening, and the
  feast inside the clause is what it is for (tests/data/events/local/README.md, dev11).
"""

from __future__ import annotations

import re
from typing import Final

from newsmap.lexicon.local import family

__all__ = ["feast_in_habit_or_when"]

#: "Every" in the region's languages, at a word's start.
_EVERY: Final = re.compile(r"(?i)(?<!\w)(?:svak[aeiou]\w*|свак[аеиоу]\w*|vsak\w*|çdo|cdo|секо\w*)")
#: A comma, then "when", opening the feast's clause.
_WHEN: Final = re.compile(r"(?i),\s*(?:kada|kad|када|кад|кога|kur|ko)\s")
#: What ends a clause before the feast.
_BOUNDS: Final = ".!?;\n"
#: How far back the feast's clause is read (characters).
_REACH: Final = 90
#: The word for "day" that ends a day's name ("Badnji dan", "Dan državnosti" aside).
_DAY_WORDS: Final = frozenset(("dan", "дан", "ден", "dita", "ditën"))


def _clause_head(text: str, start: int) -> str:
    lo = max(0, start - _REACH)
    left = max(text.rfind(c, lo, start) for c in _BOUNDS) + 1
    return text[max(lo, left) : start]


def _names_a_day(code: str, words: list[str]) -> bool:
    """Whether the words before the comma end in a day's name: a weekday, a day word, or a
    feast told as "X dan" ("na Badnji dan", "u ponedeljak", "во петокот")."""
    if not words:
        return False
    fam = family(code)
    last = words[-1].lower()
    return last in fam.weekdays or last in fam.days or last in _DAY_WORDS


def feast_in_habit_or_when(code: str, text: str, start: int) -> bool:
    """Whether the feast at ``start`` stands in a clause of a yearly habit ("Svake godine
    dolazim za Bajram") or in a "when" clause after a day named right before it ("na Badnji
    dan, kada dijaspora dolazi kući za Božić"): no event of its own."""
    head = _clause_head(text, start)
    comma = head.rfind(",")
    own = head[comma + 1 :] if comma >= 0 else head
    if _EVERY.search(own) is not None:
        return True
    whens = list(_WHEN.finditer(head))
    if not whens or "," in head[whens[-1].end() :]:
        return False
    when = whens[-1]
    return _names_a_day(code, head[: when.start()].split())
