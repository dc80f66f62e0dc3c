"""Local sites whose name is not a capitalised run after their noun.

"Varadinski most", "na Beogradskoj areni", "na Бранковом мосту", "Самоиловата тврдина": a
capitalised adjective before a site noun, inside a sentence, is the site's name (the adjective
is lower case when it only describes: "novi most", "gradska bolnica").  "na Trgu slobode",
"Bulevaru oslobođenja", "Тргу републике", "u Ulici kralja Petra": a site noun capitalised
inside a sentence is the first word of a name, which goes on in a lower-case genitive (and a
capitalised name after it).  The span is the whole name; ``local_sites`` places it.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.folding import fold_key
from newsmap.geotag.matcher import Hit
from newsmap.geotag.side_words import LocalSiteWord
from newsmap.geotag.words import LOCAL_FUNCTION_WORDS

#: Adjective endings (folded) of names made from a place, a person or a thing: -ski, -ov,
#: -ev in the BCMS and Slovenian cases, and Macedonian's with their articles.
_ADJECTIVE_ENDINGS = tuple(
    stem + ending
    for stem in ("sk", "ck", "ov", "ev")
    for ending in ("i", "a", "o", "e", "og", "oga", "om", "oj", "u", "im", "ih", "em", "ega")
) + ("ov", "ev", "skata", "skiot", "skoto", "ckata", "ckiot", "ckoto")
_ADJECTIVE_ENDINGS += ("ovata", "oviot", "ovoto", "evata", "eviot")
_WORD = re.compile(r"[^\W\d_]+")
#: Adjectives that tell a site's kind, not its name (railway, border, air), folded.
_DESCRIBING = ("zeleznick", "zeljeznick", "zeleznisk", "granicn", "granicen", "mejn", "zracn")
#: Endings of a verb's participle or present after a noun ("u Banjoj Luci počela"), folded.
_VERB_ENDINGS = ("la", "lo", "li", "le", "ju")
#: How a name's adjective ends before its lower-case noun ("Kopački rit", "Fruška gora").
_NAME_ADJECTIVES = ("ski", "cki", "ska", "cka", "sko", "cko")
#: How many capitalised words may follow the genitive ("Ulici kralja Petra Prvog").
_MAX_NAME_WORDS = 3


def adjective_named(doc: Doc, places: list[Choice], hit: Hit) -> int | None:
    """Where a site's name starts when a capitalised adjective inside a sentence stands right
    before its noun ("Varadinski most"), else None."""
    prev, gap = doc.prev_word(hit.start)
    if gap != " " or not prev[:1].isupper() or not prev[1:].islower():
        return None
    start = hit.start - 1 - len(prev)
    if doc.sentence_initial(start) or any(c.start <= start < c.end for c in places):
        return None
    folded = doc.fold(prev).lower()
    if not folded.endswith(_ADJECTIVE_ENDINGS) or len(folded) < 5:
        return None
    if folded.startswith(_DESCRIBING):
        return None  # "Železničke stanice": a station by its kind, capitalised or not
    return start


def genitive_named(doc: Doc, hit: Hit) -> int | None:
    """Where a site's name ends when its noun, capitalised inside a sentence, goes on in a
    lower-case genitive ("Trgu slobode", "Ulici kralja Petra"), else None."""
    text = doc.text
    if not text[hit.start].isupper() or doc.sentence_initial(hit.start):
        return None
    if not text.startswith(" ", hit.end):
        return None
    m = _WORD.match(text, hit.end + 1)
    if m is None or not m.group().islower() or len(m.group()) < 4:
        return None
    word = doc.fold(m.group())
    if word in LOCAL_FUNCTION_WORDS or word[-1] not in "aeiou" or word.endswith(_VERB_ENDINGS):
        return None
    end = m.end()
    last = ""
    for _ in range(_MAX_NAME_WORDS):  # "kralja Petra": a capitalised name after the genitive
        if not text.startswith(" ", end):
            break
        nxt = _WORD.match(text, end + 1)
        if nxt is None or not nxt.group()[:1].isupper():
            break
        end, last = nxt.end(), nxt.group()
    if last and doc.fold(last).lower().endswith(_NAME_ADJECTIVES):
        # "Parku prirode Kopački rit": a name of an adjective and a lower-case noun
        nxt = _WORD.match(text, end + 1) if text.startswith(" ", end) else None
        if nxt is not None and nxt.group().islower() and len(nxt.group()) >= 3:
            if doc.fold(nxt.group()) not in LOCAL_FUNCTION_WORDS:
                end = nxt.end()
    return end


#: Site nouns that only a name after them makes a site ("kanjon Rakitnice").
_NAME_AFTER_ONLY = frozenset(("kanjon",))


def named_site(
    doc: Doc, places: list[Choice], hit: Hit, name_after: bool
) -> tuple[int, int] | None:
    """The span of a site named by an adjective before its noun (when no name follows it) or
    by a genitive after its capitalised noun, else None; a noun inside a place's name ("Banjoj
    Luci", "Belog Manastira") none."""
    if any(c.start <= hit.start < c.end for c in places):
        return None
    if not name_after:
        # a canyon named by its river's adjective ("Morački kanjon") is a stretch of the
        # river's valley, no named site; "kanjon Morače" names it
        start = None if hit.value.noun in _NAME_AFTER_ONLY else adjective_named(doc, places, hit)
        if start is not None:
            return start, hit.end
        end = genitive_named(doc, hit)
        if end is not None:
            return hit.start, end
    return None


#: How a town's adjective ends after the town's name (folded): "Beograd-sk-oj", "Zagreb-ačk-oj",
#: "Sarajev-sk-oj" (Sarajevo).
_TOWN_SUFFIXES = ("sk", "ack", "ck")
_TOWN_VOWELS = ("", "o", "a", "e")


def adjective_town(doc: Doc, start: int) -> int | None:
    """The well-known town a site's opening adjective is made from ("Beogradskoj areni" is
    Belgrade's), whose place the site takes when nothing around it says where it stands."""
    word = doc.fold(doc.text[start : doc.text.find(" ", start)]).lower()
    for suffix in _TOWN_SUFFIXES:
        at = word.rfind(suffix)
        if at < 3:
            continue
        stems = [word[:at]]
        if word[at - 1] == "j":  # Slovenian d before -ski: "Beograjski" is Beograd's
            stems.append(word[: at - 1] + "d")
        for stem in stems:
            for vowel in _TOWN_VOWELS:
                idx = doc.gaz.unambiguous.get(fold_key(stem + vowel))
                if idx is not None and doc.gaz.places[idx].level == "city":
                    return idx
    return None


#: Local site nouns spelt like an English site word, whose key the English word holds
#: ("Nacionalni park Krka", "Национален парк Галичица"): read as the local noun in local text.
_ENGLISH_KEYS = {" park ": LocalSiteWord("park")}


def local_site_hits(side: list[Hit]) -> list[Hit]:
    """The side hits of local site nouns, those spelt like an English site word with them."""
    return [
        Hit(h.start, h.end, h.key, _ENGLISH_KEYS[h.key]) if h.key in _ENGLISH_KEYS else h
        for h in side
        if type(h.value) is LocalSiteWord or h.key in _ENGLISH_KEYS
    ]


#: Settlement nouns in lower case that end a village's name ("Slovenska vas", "Dolenja vas").
_NAME_NOUNS = (" vas", " selo")


def with_village_noun(text: str, end: int) -> int:
    """The end of a village's name with its settlement noun ("v vasi Slovenska vas")."""
    for noun in _NAME_NOUNS:
        if text.startswith(noun, end) and not text[end + len(noun) : end + len(noun) + 1].isalpha():
            return end + len(noun)
    return end
