"""A famous town's name after "a" or "an" is one of its namesakes: "a Paris in Texas".

English writes a town that shares a famous name with the indefinite article: "there is even a
Paris in Texas", "the state also has a Paris, a Lisbon and a Vienna".  The gazetteer knows only
the famous one, so the name went to France.  Read here (English text, towns outside the six;
a region town's namesakes are ``abroad``'s):

- "a Paris in Texas": the namesake stands in the state or country after "in", when that is
  another state than the famous town's;
- "a Paris, a Lisbon and a Vienna" with no place after: the namesakes of a story filed from
  abroad ("BELGRADE, Maine — ...") stand where the dateline's town does.

Not read: "one Paris" (the famous one, counted), "a Paris court" or "a Paris of the Balkans"
(the name describes: a noun or "of" follows), a story filed in the region or with no dateline
("Sarajevo wants to be a Vienna" means Vienna).  The mention becomes a ``city`` at the point of
the place that says where it is, with a lower score (the town itself is unknown).
"""

from __future__ import annotations

import bisect
import re

from newsmap.geotag.choice import START_OF, Choice
from newsmap.geotag.context import Doc
from newsmap.model import REGION_COUNTRIES

__all__ = ["REASON", "indefinite_namesakes"]

REASON = "namesake after an indefinite article"
_SCORE = 0.5
_REGION = frozenset(REGION_COUNTRIES)
#: What follows a namesake's name: a place after "in", or the end of a list's item.
_AFTER = re.compile(r" in |[,.;:!?)]| and | or |$")
_ARTICLES = (" a ", " an ", "\na ", "\nan ")


def indefinite_namesakes(doc: Doc, places: list[Choice]) -> list[Choice]:
    """The decided places with each foreign town after an indefinite article moved to the
    place its text says the namesake stands in (English text)."""
    text = doc.text
    if " a " not in text and " an " not in text:
        return places
    gplaces = doc.gaz.places
    moved: list[Choice] | None = None
    home: Choice | None = None
    for i, c in enumerate(places):
        if c.level is not None or not _after_article(text, c.start):
            continue
        town = gplaces[c.place]
        if town.level != "city" or town.country in _REGION or town.country is None:
            continue
        m = _AFTER.match(text, c.end)
        if m is None:
            continue  # "a Paris court", "a Paris of the Balkans"
        there: Choice | None
        if m.group() == " in ":
            there = _place_at(places, m.end())
            if there is not None and gplaces[there.place].level not in ("admin1", "country"):
                there = None
        else:
            if home is None and places:
                home = _filed(doc, places[0])
            there = home
            if there is not None and gplaces[there.place].country in _REGION:
                there = None  # filed in the region: "a Vienna" is a likeness of Vienna
        if there is None or gplaces[there.place].country in (town.country, None):
            continue
        if moved is None:
            moved = list(places)
        moved[i] = c._replace(place=there.place, score=_SCORE, reason=REASON, level="city")
    return places if moved is None else moved


def _after_article(text: str, start: int) -> bool:
    """``text.endswith(_ARTICLES, 0, start)``, told first by the two characters every one of
    them ends with (a blank after "a" or "n", three characters at least): most names are not
    after an article, and the method call with a tuple costs far more than two reads."""
    return (
        start >= 3
        and text[start - 1] == " "
        and text[start - 2] in "an"
        and text.endswith(_ARTICLES, 0, start)
    )


def _filed(doc: Doc, first: Choice) -> Choice | None:
    """The dateline's town ("BELGRADE, Maine —"), a town abroad placed by its state too."""
    text = doc.text
    if first.level not in (None, "city") or text[: first.start].strip():
        return None
    if not text[first.start : first.end].isupper():
        return None
    return first


def _place_at(places: list[Choice], start: int) -> Choice | None:
    """The place decided at ``start`` (not a demonym), if any."""
    i = bisect.bisect_left(places, start, key=START_OF)
    while i < len(places) and places[i].start == start:
        if places[i].level is None:
            return places[i]
        i += 1
    return None
