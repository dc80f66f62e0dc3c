"""Which side of a border a crossing named in local text ("na prelazu X") stands on.

A crossing named after a border village given by hand stands on that village's side.

"Na mađarskoj strani, na prelazu Reske", "Hrvatske carine na prelazu Bajakovo", "predala ga je
hrvatskim kolegama na graničnom prijelazu Macelj": a state adjective before a side or an
institution noun ("strani", "carine", "kolegama", "policija"), a few words before a crossing
in its own clause, says whose side of the border the crossing is on, whatever state the
text is written in or the story's towns are in.  The English rule is ``site_anchor._side_of``
("on the Serbian side").  Else the town right after it with "near", or the side of the
press that names it.  Apart from ``local_sites`` (which finds the crossings) to keep each a
size one can read.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.home import home_country
from newsmap.geotag.local_states import institution
from newsmap.geotag.matcher import Hit
from newsmap.geotag.site_anchor import SITE_SCORE
from newsmap.geotag.state_adjectives import LocalAdjective

__all__ = ["BY_ITS_NOUN", "CROSSINGS", "crossing_side", "named_side"]

#: The end of the reason of a crossing a noun before it found ("na prelazu Jarinje"), whose
#: span is its name alone: ``crossings.bare_crossings`` keeps its reading, which the noun's
#: sentence placed.
BY_ITS_NOUN = ", found by its noun"

#: How far before a crossing (characters, from the end of the adjective's noun) the state
#: adjective may stand: a clause ("Hrvatska granična policija kaže da je na prijelazu").
_REACH = 50


def named_side(doc: Doc, side: list[Hit], start: int, end: int) -> Choice | None:
    """The crossing at ``start:end`` on the side of the state whose adjective with a side or
    institution noun stands last before it in its sentence, or None."""
    s_start = -1
    found = None
    for hit in side:
        if hit.end > start or start - hit.end > _REACH + 40:
            continue
        adj = hit.value
        if type(adj) is not LocalAdjective or adj.after_noun:
            continue
        if s_start < 0:
            s_start = doc.sentence_bounds(start)[0]
        if hit.start < s_start:
            continue
        noun_end = _noun_end(doc, hit.end)
        if noun_end is None or noun_end > start or start - noun_end > _REACH:
            continue
        gap = doc.text[noun_end:start]
        if "," in gap and len(gap.split()) > 2:
            continue  # "hrvaški policisti zadržali dve uri, na prehodu Gradiška": another clause
        found = adj
    if found is None:
        return None
    idx = doc.gaz.country_place.get(found.country)
    if idx is None:
        return None
    why = "local site, a crossing on the side its sentence names"
    return Choice(start, end, idx, SITE_SCORE, why, "site")


def _noun_end(doc: Doc, end: int) -> int | None:
    """Where the side or institution noun after an adjective ends ("hrvatska granična
    policija": one more adjective may stand between), or None when none follows."""
    for _ in range(2):
        gap, word = doc.next_word(end)
        if gap != " " or not word:
            return None
        end += len(gap) + len(word)
        if institution(doc.fold(word).lower()):
            gap, word = doc.next_word(end)
            if gap == " " and word and institution(doc.fold(word).lower()):
                end += len(gap) + len(word)
            return end
    return None


def crossing_side(
    doc: Doc, places: list[Choice], side: list[Hit], start: int, end: int
) -> Choice | None:
    """Where a crossing at ``start:end`` stands: on its border village's side, on the side its
    clause names, else by the town near it or on the side of the text's press; None leaves
    it to the site rules."""
    found = _village_side(doc, places, start, end)
    if found is None:
        found = named_side(doc, side, start, end) or _own_side(doc, places, start, end)
    return found


#: The crossing nouns' base forms ("granični prelaz", "mejni prehod", "граничниот премин").
CROSSINGS = frozenset(("prelaz", "prijelaz", "prehod", "premin", "preminot"))


def _own_side(doc: Doc, places: list[Choice], start: int, end: int) -> Choice | None:
    """A border crossing the gazetteer does not know by name stands by the town named right
    after it with "near" ("na graničnom prelazu Dobrakovo kod Bijelog Polja"), else on the side
    of the press that names it, when the story names a place of that state: each side's press
    names its crossings in passing ("Gostun" in a Serbian court report, "put ka graničnom
    prelazu Kula" in a Montenegrin municipality's news, "Табановце" in Macedonian), and the
    neighbour across it ("saradnja sa Srbijom") or a far namesake of the crossing's village
    ("Kula", a town in Vojvodina) is not where it stands.  A crossing known by name ("prelaz
    Jarinje") keeps its own place; in a text no single state writes (Croatian, Slovenian,
    much ijekavian) the usual reading of the sentence decides."""
    gaz = doc.gaz
    gplaces = gaz.places
    if any(start <= c.start and c.end <= end and gplaces[c.place].level == "site" for c in places):
        return None
    after = next((c for c in places if c.start >= end), None)
    if after is not None and after.level is None and _NEAR.fullmatch(doc.text, end, after.start):
        why = "local site, a crossing by the town near it"
        return Choice(start, end, after.place, SITE_SCORE, why, "site")
    home = home_country(doc.text)
    if home is None or home not in gaz.country_place:
        return None
    if not any(
        c.level is None and gplaces[c.place].country == home and not start <= c.start < end
        for c in places
    ):
        return None
    why = "local site, a crossing on the side of the text's language"
    return Choice(start, end, gaz.country_place[home], SITE_SCORE, why, "site")


def _village_side(doc: Doc, places: list[Choice], start: int, end: int) -> Choice | None:
    """A crossing named after a border village the gazetteer was given by hand ("na prelazu
    Tabanovce", "на преминот Ќафасан", "Evzoni") is on that village's side, whichever side's
    press or police the sentence names: the other side names its post after its own village."""
    gplaces = doc.gaz.places
    for c in places:
        if start <= c.start and c.end <= end and c.level is None:
            place = gplaces[c.place]
            if place.level == "city" and place.place_id.startswith(_CURATED):
                why = "local site, a crossing named after its village"
                return Choice(start, end, c.place, SITE_SCORE, why, "site")
    return None


#: How the ids of places given by hand begin (``curated_keys``).
_CURATED = "cur:"


#: "Near" between a crossing's name and a town: kod, pored, blizu (BCMS), pri (Slovenian),
#: pranë, afër (Albanian), кај (Macedonian).
_NEAR = re.compile(
    r",? (?:kod|kraj|pored|blizu|pri|pranë|afër|prane|afer|код|крај|поред|близу|кај) "
)
