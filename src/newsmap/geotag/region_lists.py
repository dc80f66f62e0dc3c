"""A list of the region's states in one phrase: a story about the region as a whole.

"The heads of government of Serbia, Kosovo, Bosnia and Herzegovina, Montenegro and North
Macedonia signed ...": a summit, a region-wide agreement or plan lists the states it is about.
``focus`` weighs each state by how often it is named, and a state named once in that list and
once more further down stays under the bar the host or the dateline's state sets, though the
story is about each of them.  Five states in one coordinated list are the region's story: each
listed state is what it is about, once the story is about a region state at least (the host
of a summit, one of its guests); a meeting abroad that lists the region's delegations among
many is about none of them.  A summit of the Western Balkans that names each of the six is
about each of them, as its leaders all came to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmap.geotag.home import text_marks
from newsmap.geotag.token_marks import WESTERN
from newsmap.model import REGION_COUNTRIES, Mention

_REGION = frozenset(REGION_COUNTRIES)

#: How many region states one list names before the story is about the region as a whole
#: (three or four are the neighbours a story compares, trades with or borders on).
LISTED_STATES = 5

#: What may stand between two names of one list, in English and the region's languages.
_JOINS = frozenset(
    (", ", " and ", ", and ", " or ", ", or ", " i ", ", i ", " и ", " dhe ", ", dhe ", " in ")
)


def listed_states(text: str, mentions: Sequence[Mention]) -> list[str]:
    """Region states named by their names in one list of ``LISTED_STATES`` states at least,
    in text order; an empty list when no list is that long."""
    found: list[str] = []
    run: list[str] = []
    last_end = -1
    for m in mentions:
        if m.level != "country" or m.country not in _REGION:
            continue
        if last_end < 0 or text[last_end : m.start] not in _JOINS:
            if len(set(run)) >= LISTED_STATES:
                found.extend(run)
            run = []
        run.append(m.country)
        last_end = m.end
    if len(set(run)) >= LISTED_STATES:
        found.extend(run)
    return list(dict.fromkeys(found))


#: What names a meeting of the region's leaders in English ("a Western Balkans summit").
_REGION_WORDS = ("Western Balkan",)
_MEETING_WORDS = ("summit",)


def summit_states(text: str, mentions: Sequence[Mention]) -> list[str]:
    """All six states, in the order the text first names them, when an English story of a
    summit of the Western Balkans names each of them: a summit's story tells what each
    delegation brought, though the host and the loudest guest are named most."""
    if not text_marks(text) & WESTERN or not any(w in text for w in _REGION_WORDS):
        return []
    lowered = text.lower()
    if not any(w in lowered for w in _MEETING_WORDS):
        return []
    named = list(dict.fromkeys(m.country for m in mentions if m.country in _REGION))
    return named if len(named) == len(_REGION) else []


def region_story(text: str, mentions: Sequence[Mention], keep: list[str]) -> list[str]:
    """The listed states (``listed_states``) not in ``keep``, or all six at a summit of the
    region (``summit_states``), when ``keep`` holds a region state: the story is about the
    list's region."""
    if not any(c in _REGION for c in keep):
        return []
    more = listed_states(text, mentions) + summit_states(text, mentions)
    return [c for c in dict.fromkeys(more) if c not in keep]
