"""Sites named noun first, the English way for mountains, lakes and numbered roads.

"Mount Vermio", "Lake Guaíba", "Interstate 85": the noun opens the name, so the reading of
``sites`` (a name, then its noun) never sees them.  Kept apart from it because it is its own
pass over the text, tried only where the matcher found one of the nouns, and places what it
finds as ``sites`` does (``site_anchor.anchored``).
"""

from __future__ import annotations

import re

from newsmap.geotag import site_heads
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.matcher import Hit
from newsmap.geotag.site_anchor import SITE_SCORE, anchored

#: Sites named with their noun first, the English way for mountains, lakes and numbered roads:
#: "Mount Vermio", "Lake Guaíba", "Interstate 85", "State Route 82".
_NOUN_FIRST = re.compile(
    r"(?<!\w)(?:(?:Mount|Lake) [A-ZÀ-Ž][\w'’-]+(?: [A-ZÀ-Ž][\w'’-]+)?"
    r"|(?:Interstate|State Route|US Route|Route|Highway) \d{1,4}\b)"
)
#: The words the pattern opens with, as written: the pattern is tried only where they stand,
#: never at every character.
_NOUN_FIRST_STARTS = (
    "Mount ",
    "Lake ",
    "Interstate ",
    "State Route ",
    "US Route ",
    "Route ",
    "Highway ",
)
_LAKE = " lake "


def noun_first_sites(doc: Doc, places: list[Choice], side: list[Hit]) -> list[Choice]:
    """Mountains, lakes and roads named noun first that the gazetteer does not know ("Mount
    Pangaion", "Interstate 85"), placed where the text puts them: the gazetteer's own ("Lake
    Ohrid", "Mount Lovćen") are its places already.

    Tried only where the matcher found one of the nouns (``side``, the side words): searching
    the text for each was a per cent of an English document's time.
    """
    if not any(type(h.value) is site_heads.NounFirstWord or h.key == _LAKE for h in side):
        return []  # English words: local text rarely writes them
    text = doc.text
    spans: list[tuple[int, int]] = []
    for w in _NOUN_FIRST_STARTS:
        i = text.find(w)
        while i != -1:
            m = _NOUN_FIRST.match(text, i)
            if m is not None:
                spans.append((i, m.end()))
            i = text.find(w, i + 1)
    spans.sort(key=lambda s: (s[0], -s[1]))
    found: list[Choice] = []
    last = 0
    for start, end in spans:  # leftmost first, none inside another (as a scan would read)
        if start < last:
            continue
        last = end
        if any(c.start < end and start < c.end for c in places):
            continue
        site = anchored(doc, places, start, end, "site", SITE_SCORE, "named site, noun first")
        if site is not None:
            found.append(site)
    return found
