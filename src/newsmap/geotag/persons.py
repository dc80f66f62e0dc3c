"""People named like towns in English text: "Ardit Shkodra, who ran the ministry", "Gentiana
Shkodra, a nurse from Winterthur".

A town's name right after a capitalised word that is no place, no title and no word a sentence
opens with, and before what follows a person's name ("Shkodra, who", "Shkodra, a nurse",
"Shkodra said"), is a surname: the story names a person, not the town.  Apart from
``club_towns``, which reads a town after a capitalised word as a club's in a sentence about
sport.
"""

from __future__ import annotations

import re

from newsmap.geotag import site_heads, words
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.model import REGION_COUNTRIES

_REGION = frozenset(REGION_COUNTRIES)
#: What follows a person's name: an apposition or relative clause about them, or a verb of
#: saying.
_PERSON_AFTER = re.compile(
    r"(?:, (?:who|whose|a|an|aged)|\s(?:said|says|told|added|wrote|recalled|explained))\b"
)
#: The first letters of ``_PERSON_AFTER``'s words, after a comma and after a space.
_AFTER_COMMA = frozenset("wa")
_AFTER_SPACE = frozenset("stawre")
#: Capitalised words before a name that are no given name: a sentence's opening word, a
#: preposition, a title, a month or a day, a site's noun.
_NOT_GIVEN = (
    words.ENGLISH_FUNCTION_WORDS
    | frozenset(
        """
        a an but or if when while after before since as then now also so yet still both only
        last next this that these those every each all some many most few several near into
        across over under around outside inside via through between towards toward beyond
        within without during despite unlike like about against among along behind beside
        elsewhere meanwhile yesterday today tonight look see visit welcome greater old new
        north south east west northern southern eastern western central upper lower
        president mayor minister governor ambassador envoy general king queen prince saint
        st hotel radio club team stadium airport city republic
        january february march april may june july august september october november december
        monday tuesday wednesday thursday friday saturday sunday river bay cape gulf fort camp
        """.split()
    )
    | frozenset(site_heads.SITE_HEADS)  # "Lake Shkodra, a border lake"
    | frozenset(site_heads.NOUN_FIRST)
)
NOT_GIVEN = _NOT_GIVEN


def named_like_towns(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` less the region towns that are a person's surname (English text only)."""
    text = doc.text
    last = len(text) - 3
    gplaces = doc.gaz.places
    dropped: list[Choice] = []
    for c in places:
        start, end = c[0], c[1]
        if start < 2 or end >= last or c[5] is not None or text[start - 1] != " ":
            continue
        # what a person's name takes after it, a character at a time first: ", who", ", a",
        # " said", " told" (most towns are followed by something else)
        ch = text[end]
        if ch == ",":
            if text[end + 2] not in _AFTER_COMMA:
                continue
        elif ch != " " or text[end + 1] not in _AFTER_SPACE:
            continue
        if not doc.may_be_capitalised_before(start) or _PERSON_AFTER.match(text, end) is None:
            continue
        prev, gap = doc.prev_word(start)
        if gap != " " or len(prev) < 3 or not prev[0].isupper() or not prev[1:].islower():
            continue
        if prev.lower() in _NOT_GIVEN or doc.by_end.get(start - 1):
            continue  # an opening word, a title, or a name the gazetteer knows ("Novi")
        p = gplaces[c.place]
        if p.level == "city" and p.country in _REGION and not doc.local:
            dropped.append(c)
    return [c for c in places if c not in dropped] if dropped else places
