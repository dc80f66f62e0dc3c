"""Village names made of a qualifier and a name, in English text: "Donja Jablanica", "Gorno
Jelovce", "Veliki Krivelj", "Shtupeq i Madh".

The region's villages are often named after a town, a river or a neighbour with a word for
upper, lower, middle, big, small or old in front ("Donja", "Gornji", "Srednje", "Veliki",
"Mala", "Stari"; Macedonian "Gorno", "Dolno", "Golemo") or, in Albanian, big or small after
("i Madh", "e Madhe", "i Vogël").  English news keeps these names whole, and the whole is the
place: the village below Jablanica, not Jablanica.  The gazetteer knows few of them, so the
tagger read the bare name ("Donja [Jablanica]") or, when the capitalised word before kept the
bare name from being read, nothing at all.

Each such name becomes one ``city`` mention from the qualifier on: at the gazetteer's entry
for the whole name when it has one in the region; else at the bare name's place when the text
read it; else where its context puts it (``site_anchor.anchored``: the place after "near",
the nearest town of its sentence ...).  Only the region and its two close neighbours name
villages so, so a name placed anywhere else is dropped.  "Nova"/"Novi" (also a television
channel, a bank) and "Sveti" (a saint's name as often as a village's) are left out, as are
local texts, whose cased qualifiers ``local_villages`` reads.
"""

from __future__ import annotations

import re

from newsmap.geotag import words
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate
from newsmap.geotag.site_anchor import anchored
from newsmap.geotag.sites import VILLAGE_SCORE
from newsmap.model import REGION_COUNTRIES

__all__ = ["qualified_names"]

_WHERE = frozenset(REGION_COUNTRIES) | {"HR", "SI"}
REASON = "village name with a qualifier"

#: A qualifier before a name, title-case or capitals, and the name's first word.
_BEFORE = re.compile(
    r"(Donj[aei]|Gornj[aei]|Srednj[aei]|Velik[aio]|Mal[aio]|Star[aio]|Gorn[oa]|Doln[oa]"
    r"|Golem[oa]|DONJ[AEI]|GORNJ[AEI]|SREDNJ[AEI]|VELIK[AIO]|MAL[AIO]|STAR[AIO]|GORN[OA]"
    r"|DOLN[OA]|GOLEM[OA]) ([A-ZČĆŠŽĐ][^\W\d_]*[^\W\d_])"
)
#: An Albanian qualifier after a name ("Shtupeq i Madh", "Malësi e Madhe").
_AFTER = re.compile(r" (?:i Madh|e Madhe|i Vogël|e Vogël|i Vogel|e Vogel)(?![\w])")
#: Words a qualifier's neighbour never is when the two name a village: English words that
#: take a capital ("Mali President", "Mala The").
_NOT_NAMES = words.ENGLISH_FUNCTION_WORDS | words.TITLE_WORDS
#: A name quoted as a word ('"Donji Mlin" simply means "lower mill"'), as ``villages`` reads it.
_MEANS = re.compile(r"[\"”’']\s+(?:\w+ly )?(?:means|meant|translates)\b")


def qualified_names(doc: Doc, places: list[Choice]) -> list[Choice]:
    """The qualified village names of an English text (see the module docstring)."""
    text = doc.text
    found: list[Choice] = []
    for m in _BEFORE.finditer(text):
        start, end = m.start(), m.end()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
            continue
        name = m.group(2)
        if name.lower() in _NOT_NAMES or (m.group(1).isupper() != name.isupper()):
            continue
        if text[end : end + 1].isalnum() or _MEANS.match(text, end):
            continue
        choice = _placed(doc, places, start, end, start + len(m.group(1)) + 1)
        if choice is not None:
            found.append(choice)
    if "Madh" in text or "Vog" in text:
        for m in _AFTER.finditer(text):
            prev, gap = doc.prev_word(m.start())
            if gap or not prev[:1].isupper() or prev.lower() in _NOT_NAMES:
                continue
            start = m.start() - len(prev)
            choice = _placed(doc, places, start, m.end(), start)
            if choice is not None:
                found.append(choice)
    return found


def _placed(doc: Doc, places: list[Choice], start: int, end: int, bare: int) -> Choice | None:
    """The mention of the whole name ``start:end`` whose bare name begins at ``bare``, or None
    when a place the text read already covers it or nothing places it in the region."""
    for c in places:
        if c.start <= start and end <= c.end:
            return None  # read whole already ("Velika Kladuša", "Mala Rijeka Viaduct")
        if c.start < end and start < c.end and not (start <= c.start and c.end <= end):
            return None  # a longer name across its edge
    gplaces = doc.gaz.places
    whole = [h for h in doc.by_start.get(start, ()) if h.end == end]
    if whole:
        known = [
            x.place
            for h in whole
            for x in h.value
            if isinstance(x, Candidate) and gplaces[x.place].country is not None
        ]
        here = [p for p in known if gplaces[p].country in _WHERE]
        if known and not here:
            return None  # "Stara Zagora", "Veliko Tarnovo": a town of its own abroad
        if here and len({gplaces[p].country for p in here}) == 1:
            place = max(here, key=lambda p: gplaces[p].population)
            return Choice(start, end, place, VILLAGE_SCORE, f"{REASON}, named whole", "city")
    inside = [c for c in places if bare <= c.start and c.end <= end]
    outside = [c for c in places if c.end <= start or end <= c.start]
    choice = anchored(doc, inside + outside, start, end, "city", VILLAGE_SCORE, REASON)
    if choice is None or gplaces[choice.place].country not in _WHERE:
        return None
    return choice
