"""Rivers the gazetteer lacks, known by a bridge or a dam over them or as a tributary.

"the bridge over the Lepenica", "a dam on the Neretvica", "its tributary the Crna Reka": what
stands over or flows into the capitalised name after "the" is a river, a ``site`` placed where
a site the gazetteer lacks would be (``site_anchor``).  A name a rule has read keeps that
reading ("the bridge over the Drina" is the Drina already); names of one to three words.
"""

from __future__ import annotations

import bisect
import re

from newsmap.geotag.choice import START_OF, Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.site_anchor import SITE_SCORE, anchored

__all__ = ["REASON", "bridge_on_river", "bridged_rivers"]

REASON = "river under a bridge or a dam"

_CAP = r"[A-ZČĆŠŽĐÇË][\w'’]*"
#: "bridge over the", "dams on the", "tributary the", "tributary, the": then the river's name.
_OVER = re.compile(
    r"(?:[Bb]ridges? (?:over|across)|[Dd]ams? (?:on|across)|[Tt]ributary,?) the "
    rf"(?P<name>{_CAP}(?: {_CAP}){{0,2}})(?![\w'’-])"
)


def bridged_rivers(doc: Doc, places: list[Choice]) -> list[Choice]:
    """The rivers after a bridge, a dam or a tributary that no decided place covers."""
    text = doc.text
    if "the " not in text:
        return []
    found: list[Choice] = []
    for m in over_matches(text):
        start, end = m.span("name")
        if _covered(places, start, end):
            continue
        river = anchored(doc, places, start, end, "site", SITE_SCORE, REASON)
        if river is not None:
            found.append(river)
    return found


#: What each match of ``_OVER`` holds right after its first letter.
_KEYS = ("ridge", "ributary", "am on the ", "ams on the ", "am across the ", "ams across the ")


def over_matches(text: str) -> list[re.Match[str]]:
    """``list(_OVER.finditer(text))``, the pattern tried only where a match can begin.

    The pattern opens with a choice of letters, which gives the regex engine nothing to skip
    ahead with: it tried a match at every character of every English text (about a twentieth
    of the tagger's instructions).  Every match holds one of ``_KEYS`` right after its first
    letter, so the pattern is tried one character before each place a search finds them, in
    order and never inside the last match: the matches ``finditer`` finds.
    """
    starts: list[int] = []
    for key in _KEYS:
        at = text.find(key, 1)
        while at >= 0:
            starts.append(at - 1)
            at = text.find(key, at + 1)
    if not starts:
        return []
    starts.sort()
    found: list[re.Match[str]] = []
    end = 0
    for at in starts:
        if at >= end:
            m = _OVER.match(text, at)
            if m is not None:
                found.append(m)
                end = m.end()
    return found


def _covered(places: list[Choice], start: int, end: int) -> bool:
    i = bisect.bisect_left(places, end, key=START_OF)
    return any(c.end > start for c in places[max(0, i - 8) : i])


#: Local bridge nouns (folded base forms, as ``side_words`` gives them) before "na" and a river.
_BRIDGES = frozenset(("most", "mostot"))


def bridge_on_river(doc: Doc, places: list[Choice], noun: str, noun_end: int, end: int) -> bool:
    """Whether a local bridge noun ending at ``noun_end`` is followed by "na" and a river the
    rules read, up to ``end``: the bridge is named by the river it crosses, which is the place
    ("mostu na Drini", "моста на Ибру"); a bridge's own name ("most na Adi", on the island)
    stays a site (``local_sites``)."""
    if noun not in _BRIDGES or not doc.text.startswith(("na ", "на "), noun_end + 1):
        return False
    name_start = noun_end + 4
    water = doc.gaz.water_siblings
    return any(c.start == name_start and c.end == end and c.place in water for c in places)
