"""Villages, neighbourhoods and suburbs the gazetteer lacks, known by what the text calls them.

"The village of Gornja Tuzla near Tuzla", "the villages of Dubona and Malo Orašje", "the
Zabjelo neighbourhood", "Likoshan, a village near Skenderaj", "suburbs such as Affton and
Oakville": a name the text introduces as a settlement is a ``city`` mention with a lower score,
and so is the same name written again in the story ("Dubona lies in ..."), where the gazetteer
placed nothing.  Each stands where the text puts it: at the place after "near", "in" or "of"
beside it, in the town whose possessive it follows ("Sarajevo's Otoka neighbourhood"), else
where a site would (``site_anchor``).  The mention is the name alone, as the press writes a
village's name; a site spans its noun (``sites``).

A name the gazetteer knows keeps its own reading; a capitalised word that only describes
("the Jewish quarter", "the Albanian villages") names no settlement.
"""

from __future__ import annotations

import bisect
import re

from newsmap.geotag import site_heads, words
from newsmap.geotag.called import group_name
from newsmap.geotag.choice import START_OF, Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate
from newsmap.geotag.folding import fold_key
from newsmap.geotag.matcher import Hit
from newsmap.geotag.name_extent import leading_name_end, name_start
from newsmap.geotag.site_anchor import anchored, filed_in, near_place
from newsmap.geotag.sites import DESCRIPTIVE, VILLAGE_SCORE
from newsmap.geotag.stated_towns import stated
from newsmap.model import REGION_COUNTRIES

_REGION = frozenset(REGION_COUNTRIES)

REASON = "settlement named by the text"
AGAIN = "settlement named again"
_REACH = 80  # characters read before a settlement noun for its name
#: "X, a village", "X, a small mountain village", "X, a mixed neighbourhood": the words between
#: an apposition's article and its noun.
_APPOSED = re.compile(r", an? (?:[\w'’-]+ ){0,2}$")
#: "Perast is a village of ...", "X was a small town": the name as the sentence's subject.
_DEFINED = re.compile(r" (?:is|was) an? (?:[\w'’-]+ ){0,2}$")
#: What places a settlement after its noun or name: "near Skenderaj", "of Cetinje".
_BESIDE = re.compile(r",? (?:near|in|outside|of|above|below) ")
_LIST_JOINS = (", and ", " and ", ", ")
#: What opens a list of examples after a plural noun ("villages such as Brka and Rahić").
_OPENERS = (" such as ", " including ")
#: Also a share ("a quarter of the vote"): a quarter is named only before its noun.
_QUARTER = "quarter"
_MAX_LISTED = 6
#: A quoted name whose meaning follows ('"Kula" simply means "tower"') is a word, not a place.
_MEANS = re.compile(r"[\"”’']\s+(?:\w+ly )?(?:means|meant|translates)\b")


def find_villages(doc: Doc, places: list[Choice], side: list[Hit]) -> list[Choice]:
    """Settlements the text introduces by a noun (``side``: the matcher's settlement nouns),
    and their names again elsewhere in the text."""
    found: list[Choice] = []
    for hit in side:
        kind = hit.value
        if isinstance(kind, site_heads.SiteWord) and kind.settlement:
            found.extend(stated(doc, hit, _introduced(doc, places, hit)))
    if found:
        found.extend(_named_again(doc, places, found))
    return found


def _introduced(doc: Doc, places: list[Choice], hit: Hit) -> list[Choice]:
    text = doc.text
    if text.startswith("-", hit.end):
        return []  # "the Davis Cup quarter-final", "a village-based"
    noun = doc.fold(text[hit.start : hit.end])
    if text.startswith(" of ", hit.end) and noun != _QUARTER:
        # "the Medovina neighbourhood of Cetinje" names its own; "the village of X" the next
        named = _name_before(doc, places, hit)
        if named is not None:
            return [named]
        listed = _listed(doc, places, hit.end + 4, noun in site_heads.PLURAL_SETTLEMENTS)
        if listed or text[hit.end + 4 : hit.end + 5].isupper():
            return listed
        # "Perast is a village of sixteen palaces": no name after "of"; the one before, if any
        defined = _defined(doc, places, hit)
        return [defined] if defined is not None else []
    if noun in site_heads.PLURAL_SETTLEMENTS:
        for opener in _OPENERS:
            if text.startswith(opener, hit.end):
                return _listed(doc, places, hit.end + len(opener), True, named=True)
        return []
    apposed = None
    if text.rfind(", a", max(0, hit.start - 40), hit.start) != -1:
        apposed = _APPOSED.search(text, max(0, hit.start - 40), hit.start)
    if apposed is not None:
        found = _apposed(doc, places, apposed.start(), hit.end)
        return [found] if found is not None else []
    defined = _defined(doc, places, hit)
    if defined is not None:
        return [defined]
    found = _name_before(doc, places, hit)
    return [found] if found is not None else []


def _defined(doc: Doc, places: list[Choice], hit: Hit) -> Choice | None:
    """ "Perast is a village", "Dubrave was a small mining town": the name the sentence
    defines as a settlement."""
    text = doc.text
    if text.rfind("s a", max(0, hit.start - 40), hit.start) == -1:
        return None
    defined = _DEFINED.search(text, max(0, hit.start - 40), hit.start)
    if defined is None:
        return None
    return _apposed(doc, places, defined.start(), hit.end, subject=True)


def _listed(
    doc: Doc, places: list[Choice], start: int, plural: bool, named: bool = False
) -> list[Choice]:
    """ "the village of Gornja Tuzla", "the villages of Majske Poljane near Glina and Žažina":
    the names after the noun, each placed by what follows it."""
    text = doc.text
    found: list[Choice] = []
    for k in range(_MAX_LISTED if plural else 1):
        end = leading_name_end(text, start)
        if end is None or text.endswith(("'s", "’s"), start, end):
            break  # a possessive names whose, not a settlement
        if not _known(places, start, end):
            if k == 0 and not named:
                # the first name, read as ever: a place in it, after it, or around it
                village = anchored(doc, places, start, end, "city", VILLAGE_SCORE, REASON)
                village = _home_paragraph(doc, places, village)
                village = _known_over_context(doc, village, start, end)
            else:
                village = _placed(doc, places, start, end, end)
                if village is None and found:
                    # "the suburbs of Affton and Oakville": a list's later name stands where
                    # its first does, when nothing else places it
                    village = found[-1]._replace(start=start, end=end, reason=f"{REASON}, listed")
            if village is not None:
                found.append(village)
        nxt = _next_in_list(doc, places, end)
        if nxt is None:
            break
        start = nxt
    return found


def _next_in_list(doc: Doc, places: list[Choice], end: int) -> int | None:
    """Where the list's next name starts, past a place that placed this one ("Majske Poljane
    near Glina and ..."), or None at the list's end."""
    text = doc.text
    m = _BESIDE.match(text, end)
    if m is not None:
        there = _place_at(places, m.end())
        beside = there.end if there is not None else leading_name_end(text, m.end())
        if beside is None:
            return None
        end = beside  # "Majske Poljane near Glina and ...": past the place that placed it
    for join in _LIST_JOINS:
        if text.startswith(join, end):
            nxt = end + len(join)
            return nxt if text[nxt : nxt + 1].isupper() else None
    return None


def _apposed(
    doc: Doc, places: list[Choice], comma: int, noun_end: int, subject: bool = False
) -> Choice | None:
    """ "Likoshan, a village near Skenderaj", "Divo Naselje, a mixed neighbourhood"; with
    ``subject`` the sentence's opening name ("Perast is a village of baroque palaces")."""
    text = doc.text
    start = name_start(text, max(0, comma - _REACH), comma)
    if start is None or not _a_name(doc, text[start:comma]):
        return None
    if doc.sentence_initial(start) and not subject:
        return None
    if _overlapping(places, start, comma):
        return None  # a name the gazetteer knows keeps its reading
    placed = _placed(doc, places, start, comma, noun_end)
    if placed is not None:
        return placed
    known = _small_known(doc, text[start:comma])
    if known is not None:  # a small place the rules left unread for want of a locative word
        return Choice(start, comma, known, VILLAGE_SCORE, f"{REASON}, known", "city")
    return None


def _known_over_context(doc: Doc, village: Choice | None, start: int, end: int) -> Choice | None:
    """The village at the one region place the gazetteer knows by its name, when only its
    context placed it."""
    if village is not None and not village.reason.endswith(_BY_CONTEXT):
        return village
    known = _curated(doc, doc.text[start:end])
    if known is None:
        return village
    return Choice(start, end, known, VILLAGE_SCORE, f"{REASON}, known", "city")


_BY_CONTEXT = ("placed by its context", "in the filed town")


def _curated(doc: Doc, name: str) -> int | None:
    """The one region town or site the curated lists name ``name`` as its own name (not an
    alternate spelling: "Tirano" is a town in Italy as well as Tirana's Italian name)."""
    found = doc.gaz.matcher.lookup(fold_key(name)) or ()
    gplaces = doc.gaz.places
    known = {
        c.place
        for c in found
        if isinstance(c, Candidate)
        and c.kind == "curated"
        and not c.needs
        and fold_key(gplaces[c.place].name) == fold_key(name)
        and gplaces[c.place].level in ("city", "site")
        and gplaces[c.place].country in _REGION
    }
    return known.pop() if len(known) == 1 else None


def _small_known(doc: Doc, name: str) -> int | None:
    """The one region town the gazetteer knows by ``name``, if it knows exactly one."""
    found = doc.gaz.matcher.lookup(fold_key(name))
    if not found:
        return None
    gplaces = doc.gaz.places
    towns = {
        c.place
        for c in found
        if isinstance(c, Candidate)
        and not c.inflected
        and gplaces[c.place].level == "city"
        and gplaces[c.place].country in _REGION
    }
    return towns.pop() if len(towns) == 1 else None


def _name_before(doc: Doc, places: list[Choice], hit: Hit) -> Choice | None:
    """ "the Zabjelo neighbourhood of the capital", "Sarajevo's Otoka neighbourhood",
    "Kameno village": the capitalised name right before the noun."""
    text = doc.text
    end = hit.start - 1
    if end < 1 or text[end] != " " or not text[hit.start].islower():
        return None  # "the Latin Quarter": a capitalised noun is part of a name
    if not doc.may_be_capitalised_before(hit.start):
        return None  # "the village", "a mountain village": no name before it
    start = name_start(text, max(0, end - _REACH), end)
    if start is None or not _a_name(doc, text[start:end]):
        return None
    if _overlapping(places, start, end):
        return None  # "the Belgrade neighbourhood of Zemun": the town's own
    if text.endswith(("'s ", "’s "), 0, start):
        town = _place_ending_at(places, start - 3)
        if town is not None:
            return Choice(start, end, town.place, VILLAGE_SCORE, f"{REASON}, in its town", "city")
    if doc.sentence_initial(start):
        return None
    placed = _placed(doc, places, start, end, hit.end)
    if placed is not None and doc.fold(text[hit.start : hit.end]) in _CITY_PARTS:
        return _in_a_town(doc, places, placed)
    return placed


#: Settlement nouns of a part of a city: a state places none ("the Sablon quarter").
_CITY_PARTS = frozenset(("quarter", "neighbourhood", "neighborhood", "suburb"))


def _in_a_town(doc: Doc, places: list[Choice], placed: Choice) -> Choice | None:
    """A city's quarter placed by a state of its sentence ("ministers from France and Italy
    dined in the Sablon quarter") stands in the town of the dateline, if any, else nowhere."""
    if doc.gaz.places[placed.place].level != "country":
        return placed
    home = filed_in(doc, places[0]) if places else None
    if home is None:
        return None
    return placed._replace(place=home.place, reason=f"{REASON}, in the filed town")


def _a_name(doc: Doc, name: str) -> bool:
    """Whether the capitalised run names something: not one word that only describes ("the
    Jewish quarter", "the Albanian villages"), not a code or a figure ("the Q3 quarter")."""
    if not any(ch.islower() for ch in name):
        return False
    if " " not in name and (name in DESCRIPTIVE or doc.fold(name) in words.FOLDED_DEMONYMS):
        return False
    return True


def _placed(doc: Doc, places: list[Choice], start: int, end: int, cue_end: int) -> Choice | None:
    """The settlement at the place beside its name or its noun ("near Orahovac", "of Cetinje"),
    else where the words of its paragraph put it."""
    text = doc.text
    for pos in (end, cue_end):
        m = _BESIDE.match(text, pos)
        if m is not None:
            there = _place_at(places, m.end())
            if there is not None:
                return Choice(start, end, there.place, VILLAGE_SCORE, f"{REASON}, near", "city")
    known = _curated(doc, text[start:end])
    if known is not None:
        # "the border village of Šćepan Polje": a place the gazetteer knows by this name
        # alone stands where it is, whatever town its sentence names
        return Choice(start, end, known, VILLAGE_SCORE, f"{REASON}, known", "city")
    near = near_place(doc, places, start, end)
    if near is None or near.start < text.rfind("\n", 0, start):
        # nothing in its paragraph says where it is: the report's own town, if a dateline
        # names one ("SMEDEREVO - ... workers from the plant at Radinac, a suburb"), else none
        home = filed_in(doc, places[0]) if places else None
        if home is None or doc.gaz.places[home.place].country not in _REGION:
            return None
        return Choice(start, end, home.place, VILLAGE_SCORE, f"{REASON}, in the filed town", "city")
    return Choice(start, end, near.place, VILLAGE_SCORE, f"{REASON}, placed by its context", "city")


def _home_paragraph(doc: Doc, places: list[Choice], village: Choice | None) -> Choice | None:
    """A village that no place of its sentence placed, put abroad where the report was filed
    ("THE HAGUE - ... In Skenderaj, veterans gathered ... near the village of Likoshan"),
    stands by the region town its paragraph named before it."""
    if village is None:
        return None
    gplaces = doc.gaz.places
    if gplaces[village.place].country in _REGION:
        return village
    s_start, _s_end = doc.sentence_bounds(village.start)
    if any(s_start <= c.start < village.start and c.place == village.place for c in places):
        return village  # its own sentence put it there
    para = doc.text.rfind("\n", 0, village.start)
    for c in reversed(places):
        if c.start >= village.start or c.level is not None:
            continue
        if c.start <= para:
            break
        if gplaces[c.place].level == "city" and gplaces[c.place].country in _REGION:
            return village._replace(place=c.place, reason=f"{REASON}, by its paragraph's town")
    return village


def _place_at(places: list[Choice], start: int) -> Choice | None:
    """The place decided at ``start`` (a town, a unit or a country), if any."""
    i = bisect.bisect_left(places, start, key=START_OF)
    if i < len(places) and places[i].start == start and places[i].level is None:
        return places[i]
    return None


def _place_ending_at(places: list[Choice], end: int) -> Choice | None:
    i = bisect.bisect_left(places, end, key=START_OF)
    for c in reversed(places[max(0, i - 4) : i]):
        if c.end == end and c.level is None:
            return c
    return None


def _known(places: list[Choice], start: int, end: int) -> bool:
    """Whether a decided place covers exactly this span (the gazetteer knows the village)."""
    i = bisect.bisect_left(places, start, key=START_OF)
    while i < len(places) and places[i].start == start:
        if places[i].end == end:
            return True
        i += 1
    return False


def _overlapping(places: list[Choice], start: int, end: int) -> bool:
    """Whether a decided place overlaps ``start:end`` (places are by start, none long)."""
    i = bisect.bisect_left(places, end, key=START_OF)
    return any(c.end > start for c in places[max(0, i - 8) : i])


def _named_again(doc: Doc, places: list[Choice], found: list[Choice]) -> list[Choice]:
    """The introduced names where the text writes them again with nothing decided there
    ("the villages of Dubona and Malo Orašje ... Dubona lies in the municipality of ...")."""
    text = doc.text
    taken = sorted([(c.start, c.end) for c in places] + [(c.start, c.end) for c in found])
    again: list[Choice] = []
    seen: set[str] = set()
    for village in found:
        name = text[village.start : village.end]
        if name in seen:
            continue
        seen.add(name)
        i = text.find(name)
        while i != -1:
            end = i + len(name)
            if (
                not (i > 0 and text[i - 1].isalnum())
                and not text[end : end + 1].isalnum()
                and not _overlaps(taken, i, end)
                and not group_name(text, end)  # "the Kavač clan": the group's name
                and not _MEANS.match(text, end)  # '"Kula" means "tower"': the word itself
            ):
                again.append(Choice(i, end, village.place, VILLAGE_SCORE, AGAIN, "city"))
            i = text.find(name, end)
    return again


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 8) : i])
