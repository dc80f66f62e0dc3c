"""Sites named noun first: the English way for mountains, lakes and numbered roads, and the
local way for streets and squares that English news keeps.

"Mount Vermio", "Lake Guaíba", "Interstate 85": the noun opens the name, so the reading of
``sites`` (a name, then its noun) never sees them.  Kept apart from it because it is its own
pass over the text, tried only where the matcher found one of the nouns, and places what it
finds as ``sites`` does (``site_anchor.anchored``).
"""

from __future__ import annotations

import re

from newsmap.geotag import site_heads, words
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.matcher import Hit
from newsmap.geotag.side_words import LocalSiteWord
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
        inside = [c for c in places if c.start < end and start < c.end]
        if inside and (not text.startswith("Lake ", start) or _a_water(doc, inside)):
            continue  # the gazetteer's own ("Lake Ohrid"); "Lake Shkodra" is named after a town
        site = anchored(doc, places, start, end, "site", SITE_SCORE, "named site, noun first")
        if site is not None:
            found.append(site)
    return found


def _a_water(doc: Doc, inside: list[Choice]) -> bool:
    """Whether a place inside a lake's name is more than a town: a water, a site, a unit."""
    gaz_places = doc.gaz.places
    return any(c.level is not None or gaz_places[c.place].level != "city" for c in inside)


#: The local nouns that open a street's or a square's name, as English news keeps them
#: ("Bulevar oslobođenja", "Rruga e Barrikadave", "Sheshi Skënderbej", "Trg Republike"), by
#: the base form the matcher's side pass hands back (``side_words``).
_STREET_NOUNS = frozenset(("bulevar", "bulevardi", "rruga", "sheshi", "trg", "ulica"))
#: Lower-case words inside such a name: Albanian links, BCMS prepositions.
_STREET_LINKS = frozenset(("i", "e", "të", "od", "na"))
_STREET_WORDS = 4


def local_street_sites(doc: Doc, places: list[Choice], side: list[Hit]) -> list[Choice]:
    """Streets and squares an English text names by their local name, noun first ("crowds on
    Bulevar oslobođenja", "the fence on Rruga e Barrikadave"): one site from the noun to the
    name's end, placed as a site is.  Local text is read by ``local_sites``; a name that holds
    a town ("Rruga e Durrësit") is a street named after it (``street_names``)."""
    text = doc.text
    found: list[Choice] = []
    for hit in side:
        word = hit.value
        if not isinstance(word, LocalSiteWord) or word.noun not in _STREET_NOUNS:
            continue
        if not text[hit.start].isupper() or not text.startswith(" ", hit.end):
            continue
        if not found and doc.local:
            return []
        end = _street_name_end(text, hit.end + 1)
        if end is None or any(c.start < end and hit.start < c.end for c in places):
            continue
        site = anchored(doc, places, hit.start, end, "site", SITE_SCORE, "local street name")
        if site is not None:
            found.append(site)
    return found


def _street_name_end(text: str, start: int) -> int | None:
    """Where the name after a local street noun ends: capitalised words, links before a
    capitalised word, and lower-case words on a local ending ("oslobođenja", "bana"), up to
    four; a comma, a stop or an English word ends it."""
    end = None
    pos = start
    parts = text[start : start + 60].split(" ")[:_STREET_WORDS]
    for k, part in enumerate(parts):
        word = part.split("\n", 1)[0]
        bare = word.rstrip(".,;:!?)\"”’'")
        if not bare:
            break
        nxt = parts[k + 1] if k + 1 < len(parts) else ""
        if bare[:1].isupper():
            pass
        elif bare in _STREET_LINKS and nxt[:1].isupper():
            pass
        elif not (
            bare.isalpha()
            and bare.islower()
            and len(bare) >= 4
            and bare[-1] in "aeiu"
            and bare not in words.ENGLISH_FUNCTION_WORDS
        ):
            break
        if bare not in _STREET_LINKS:
            end = pos + len(bare)
        if bare != word or word != part:
            break  # the name ends with its clause or its line
        pos += len(part) + 1
    return end
