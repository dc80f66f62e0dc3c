"""Where a local site's name begins and ends, past the capitalised run ``local_sites`` reads.

Three edges the noun-first rule alone gets wrong:

- A crossing after "prelaz" or "премин" is named by its name alone: "na prelazu Jarinje",
  "граничниот премин Табановце" name the crossing "Jarinje", "Табановце".  Croatian
  "prijelaz" and Slovenian "prehod" keep their noun ("graničnom prijelazu Bajakovo", "mejnem
  prehodu Obrežje").  The local tuning sets write each so by a clear majority (bare 58 to 25
  after "prelaz", 10 to 8 after "премин"; with the noun 15 to 10 after "prijelaz", 9 to 4
  after "prehod"): a convention of the gold, which we follow.  The noun still finds, reads and
  places the crossing.
- A road named by its two ends ("rruga Durrës–Tiranë") is no street called after the first
  town: each town is a mention of its own.
- A name of an adjective and a lower-case noun goes on past the capitalised word: "tvrđavi
  Lazarev grad", "prelazu Debeli brijeg", "Trgu Durmitorskih ratnika", "Nacionalnog parka
  Skadarsko jezero", "споменика Косовским јунацима", "stadionu Bilino polje".
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.crossing_sides import BY_ITS_NOUN
from newsmap.geotag.matcher import Hit
from newsmap.geotag.sites import SITE_SCORE
from newsmap.geotag.words import LOCAL_FUNCTION_WORDS

#: Crossing nouns whose crossing the press names by its name alone (see above).
_BARE_CROSSINGS = frozenset(("prelaz", "premin", "preminot"))


def bare_crossing(hit: Hit, found: Choice | None) -> Choice | None:
    """The crossing ``found`` at its name alone when its noun is one of ``_BARE_CROSSINGS``;
    its reason says so, for ``crossings.bare_crossings`` to keep its reading."""
    if found is None or hit.value.noun not in _BARE_CROSSINGS or found.start > hit.end:
        return found
    return found._replace(start=hit.end + 1, reason=found.reason + BY_ITS_NOUN)


#: Albanian road nouns: "rruga Shkodër - Han i Hotit" is the road from one town to another.
_ROADS = frozenset(("rruga", "rrugen", "rruges"))
#: A dash right after a name, before the next capitalised one: the end of a route.
_ROUTE_DASH = re.compile(r" ?[-–—] ?[^\W\d_]")


def is_route(text: str, hit: Hit, end: int) -> bool:
    """Whether a road noun's name at ``end`` is the first end of a route ("rruga Kukës -
    Prizren")."""
    if hit.value.noun not in _ROADS:
        return False
    route = _ROUTE_DASH.match(text, end)
    return route is not None and route.group()[-1].isupper()


#: How a name's adjective ends (folded): -ski/-čki, the possessive -ov/-ev, and a few
#: plain adjectives of place names (Debeli, Bijeli, Crni, Stari, Novi, Veliki, Mali, Zeleni),
#: in the BCMS and Slovenian cases.
_ADJ_STEMS = ("sk", "ck", "ov", "ev", "debel", "bijel", "bel", "crn", "star", "nov")
_ADJ_ENDINGS = ("", "i", "a", "o", "e", "og", "oga", "om", "omu", "oj", "u", "ih", "im", "ima")
#: Town names end alike ("Sarajevo", "Dobrakovo", "Koševo"): never an adjective here.
_TOWN_ENDINGS = ("ovo", "evo")
_ADJECTIVES = tuple(
    stem + ending
    for stem in _ADJ_STEMS
    for ending in _ADJ_ENDINGS
    if stem + ending not in _TOWN_ENDINGS
) + tuple(stem + ending for stem in ("velik", "mal", "zelen") for ending in _ADJ_ENDINGS[1:])
_WORD = re.compile(r"[^\W\d_]+")
#: Endings of a verb's participle, present or infinitive after a name ("Sutjeska osudio"),
#: folded.
_VERB_ENDINGS = ("la", "lo", "li", "ju", "ti", "ce", "io", "ao", "eo", "uo", "na", "no", "ne")
#: Prepositions and adverbs after a name, folded (against, near, towards, after, before, at
#: home): "салата Јане Сандански против шампионот" is no "Sandanski protiv".
_NOT_NOUNS = frozenset(
    "protiv proti kunder kod pored prema posle poslije nakon pred pre prije doma kaj".split()
)
#: The village noun, whose neuter ends like a verb's participle ("музеј Старо село").
_VILLAGE_NOUNS = frozenset(("selo", "sela", "selu", "selom"))


def noun_after_adjective(doc: Doc, start: int, end: int) -> int:
    """The end of a site's name at ``start:end`` with the lower-case noun its last word, an
    adjective, qualifies ("Lazarev grad"), else ``end``."""
    text = doc.text
    if not text.startswith(" ", end):
        return end
    last = text.rfind(" ", start, end) + 1
    word = doc.fold(text[last:end]).lower()
    if len(word) < 4 or not word.endswith(_ADJECTIVES):
        return end
    m = _WORD.match(text, end + 1)
    if m is None or not m.group().islower() or len(m.group()) < 3:
        return end
    noun = doc.fold(m.group()).lower()
    if noun in LOCAL_FUNCTION_WORDS or noun in _NOT_NOUNS:
        return end
    if noun.endswith(_VERB_ENDINGS) and noun not in _VILLAGE_NOUNS:
        return end
    return m.end()


def district(doc: Doc, hit: Hit, named: Choice) -> Choice | None:
    """ "rajonin e Prizrenit", "rajoni i Pollogut": an Albanian district or region named by its
    seat (the seat's own unit) or by its own name, at the whole span.  Kosovo's and North
    Macedonia's Albanian press say "rajon" where Albania says "qark" (read apart, with its
    seat in Albania)."""
    gaz = doc.gaz
    place = gaz.places[named.place]
    if place.level == "admin1":
        unit: int | None = named.place
    elif place.level == "city":
        unit = next(
            (
                i
                for i, p in enumerate(gaz.places)
                if p.level == "admin1" and p.country == place.country and p.admin1 == place.admin1
            ),
            None,
        )
    else:
        unit = None
    if unit is None:
        return None
    return Choice(hit.start, named.end, unit, SITE_SCORE, "district named by its noun", "admin1")
