"""Settlements the text tells by what it says of them: "residents of Korenita", "Drinjača, the
village on the river below it", "Rragam, a summer hamlet of shepherds' houses".

English news introduces a small place the gazetteer lacks in a few set ways besides "the
village of X" (``villages``) and a locative word before a name spelt the region's way
(``locative_names``):

- its people: "residents of X", "the inhabitants of X", "villagers of X", "the people of X".
  Only a place has residents; a list ("residents of Brezjak and Slatina") names several.
- a definite apposition: "X, the mountain village in Mavrovo National Park", "X, the hamlet
  below the pool", "X, the industrial suburb by the port".  The settlement noun must end the
  phrase or lead into a relation ("in", "on", "below", ",") : "Marko, the village priest"
  describes a person.
- a list that ends with a plural settlement noun: "groups from Dimovo, Gramada and villages
  across the province", "Kamengrad and nearby hamlets".
- an indefinite apposition whose noun has "of" and a lower-case word after it ("Rragam, a
  summer hamlet of shepherds' houses"): ``villages`` reads "of" there as the start of a name.

Each is a ``city`` at the village score, standing at the place right after its noun's relation
word ("the mountain village in Mavrovo National Park"), else where a site the gazetteer lacks
would (``site_anchor``); none stands where nothing names a state.  A name a rule has read keeps
its reading; a name at a sentence's start is read only when spelt the region's way ("Upstream,
the village of Ripač": an adverb).
"""

from __future__ import annotations

import bisect
import re

from newsmap.geotag import site_heads, words
from newsmap.geotag.choice import START_OF, Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.literal_starts import stem_matches
from newsmap.geotag.locative_names import spelt_here_read
from newsmap.geotag.matcher import Hit
from newsmap.geotag.site_anchor import anchored
from newsmap.geotag.sites import DESCRIPTIVE, VILLAGE_SCORE, leading_name_end, name_start

__all__ = ["APPOSED", "LISTED", "RESIDENTS", "told_settlements"]

RESIDENTS = "settlement whose residents the text names"
APPOSED = "settlement told by an apposition"
LISTED = "settlement listed before a plural settlement noun"

#: "residents of X": the noun's first letter as a class, the rest after it; the letter before
#: is checked apart ("presidents of Albania").
_RESIDENTS = re.compile(r"[RrIiVvPp](?:esidents|nhabitants|illagers|eople) of (?=[A-ZČĆŠŽĐÇ])")
#: Every match of ``_RESIDENTS`` has one of these one character after its start: the only
#: places it is tried (``literal_starts``; a search tried every r, i, v and p of the text).
_RESIDENT_STEMS = ("esidents of ", "nhabitants of ", "illagers of ", "eople of ")
#: What joins a list of names after "residents of".
_JOINS = (", and ", " and ", ", ")
_MAX_LISTED = 4
#: The settlement nouns an apposition names a small place with (not "town" or "municipality":
#: "Bihać, the town's mayor"; not "quarter": "a quarter of the vote").
_NOUNS = frozenset(("village", "hamlet", "suburb", "settlement", "neighbourhood", "neighborhood"))
#: The article and up to three lower-case words between a name's comma and its noun.
_BEFORE_NOUN = re.compile(r", (?P<art>the|an?) (?:[a-z][\w'’-]* ){0,3}$")
#: What may follow the noun of a definite apposition: a relation or the phrase's end.
_AFTER_NOUN = re.compile(
    r"(?:[,.;:)]|$| (?:in|on|at|near|by|below|above|beside|outside|of|before|across|"
    r"where|that|which|whose|north|south|east|west|some|just|a|about|known|famous)\b)"
)
#: The relation word right after a noun that puts the place after it where the settlement is.
_BESIDE = re.compile(r" (?:in|near|outside|of|above|below|by|beside) ")
#: How far back from its comma an apposition's name is read, and ahead a list's "and" looked for.
_REACH = 80


def told_settlements(
    doc: Doc, places: list[Choice], side: list[Hit], extra: list[Choice]
) -> list[Choice]:
    """Settlements named by their residents or by an apposition (English text); ``extra``:
    the places other rules found so far (villages among them), which may place one too."""
    found: list[Choice] = []
    around = sorted(places + extra, key=START_OF) if extra else places
    if "of " in doc.text:
        found.extend(_residents(doc, places, around))
    for hit in side:
        kind = hit.value
        if isinstance(kind, site_heads.SiteWord) and kind.settlement:
            village = _apposed(doc, places, around, hit)
            if village is not None:
                found.append(village)
            elif doc.text[hit.start : hit.end] in _PLURALS:
                found.extend(_and_others(doc, places, around, hit))
    return found


#: The plural nouns that end a list of settlements ("Dimovo, Gramada and villages across").
_PLURALS = frozenset(("villages", "hamlets", "settlements"))
#: The join before them: "and", "and other", "or nearby".
_AND_OTHERS = re.compile(r" (?:and|or) (?:other |nearby |surrounding |neighbouring |smaller )?$")


def _and_others(doc: Doc, places: list[Choice], around: list[Choice], hit: Hit) -> list[Choice]:
    """ "groups from Dimovo, Gramada and villages across the province": the names a list
    ends with a plural settlement noun are settlements (read back from the noun, by commas)."""
    text = doc.text
    join = _AND_OTHERS.search(text, max(0, hit.start - 30), hit.start)
    if join is None:
        return []
    names: list[tuple[int, int]] = []
    end = join.start()
    while len(names) < _MAX_LISTED:
        start = name_start(text, max(0, end - _REACH), end)
        if start is None or not _a_name(doc, text[start:end]):
            break
        names.append((start, end))
        if not text.endswith(", ", 0, start):
            break
        end = start - 2
    if not names or doc.sentence_initial(names[-1][0]):
        return []  # "Villages, hamlets and ...": no list of names
    siblings = (names[-1][0], names[0][1])
    found: list[Choice] = []
    for start, end in names:
        if not _overlapping(places, start, end):
            village = _where(doc, around, start, end, end, LISTED, siblings)
            if village is not None:
                found.append(village)
    return found


def _residents(doc: Doc, places: list[Choice], around: list[Choice]) -> list[Choice]:
    """ "Residents of Korenita", "residents of Brezjak and Slatina met"."""
    text = doc.text
    found: list[Choice] = []
    for m in stem_matches(_RESIDENTS, text, _RESIDENT_STEMS, 1):
        if m.start() and text[m.start() - 1].isalpha():
            continue  # "presidents of Albania"
        names: list[tuple[int, int]] = []
        start: int | None = m.end()
        while start is not None and len(names) < _MAX_LISTED:
            end = leading_name_end(text, start)
            if end is None or text.endswith(("'s", "’s"), start, end):
                break  # a possessive names whose, not where
            names.append((start, end))
            start = _next_listed(text, end)
        if not names:
            continue
        siblings = (names[0][0], names[-1][1])
        for start, end in names:
            if _a_name(doc, text[start:end]) and not _overlapping(places, start, end):
                village = _where(doc, around, start, end, end, RESIDENTS, siblings)
                if village is not None:
                    found.append(village)
    return found


def _next_listed(text: str, end: int) -> int | None:
    """Where a list's next name starts after ``end``, or None at its end: a comma continues
    a list only up to its "and" ("residents of Korenita, Jarebice and Lipnički Šor"), never
    into a clause ("residents of Ripač, on the road ...")."""
    for join in _JOINS:
        if text.startswith(join, end):
            nxt = end + len(join)
            if not text[nxt : nxt + 1].isupper():
                return None
            if join == ", ":
                tail = text[nxt : nxt + _REACH]
                if " and " not in tail or "." in tail[: tail.find(" and ")]:
                    return None
            return nxt
    return None


def _apposed(doc: Doc, places: list[Choice], around: list[Choice], hit: Hit) -> Choice | None:
    """ "Drinjača, the village on the river below it"; "Rragam, a summer hamlet of shepherds'
    houses" (an indefinite one only with "of" and a lower-case word after its noun)."""
    text = doc.text
    noun = text[hit.start : hit.end]
    if noun not in _NOUNS or text.rfind(", ", max(0, hit.start - 40), hit.start) == -1:
        return None
    before = _BEFORE_NOUN.search(text, max(0, hit.start - 40), hit.start)
    if before is None:
        return None
    if before["art"] == "the":
        if not _AFTER_NOUN.match(text, hit.end):
            return None  # "Marko, the village priest": the noun describes a person
        if text.startswith(" of ", hit.end) and text[hit.end + 4 : hit.end + 5].isupper():
            if _place_at(places, hit.end + 4) is None:
                return None  # "Upstream, the village of Ripač": ``villages``' own
    elif not (text.startswith(" of ", hit.end) and text[hit.end + 4 : hit.end + 5].islower()):
        return None  # "X, a village near Y": ``villages``' own
    comma = before.start()
    start = name_start(text, max(0, comma - _REACH), comma)
    if start is None or not _a_name(doc, text[start:comma]):
        return None
    if doc.sentence_initial(start) and not spelt_here_read(text[start:comma]):
        return None  # "Upstream, the village of ...": a capital of the sentence's start
    if _overlapping(places, start, comma):
        return None
    return _where(doc, around, start, comma, hit.end, APPOSED)


def _where(
    doc: Doc,
    places: list[Choice],
    start: int,
    end: int,
    noun_end: int,
    why: str,
    siblings: tuple[int, int] | None = None,
) -> Choice | None:
    """Where the settlement stands, in this order: the place right after its noun's relation
    word ("the mountain village in Mavrovo National Park"); a town of its sentence after it
    behind a relation word ("on a hill above Malishevë", not "routes to Plovdiv"); the nearest
    town before it, in its sentence or before; else where a site would stand.  None where no
    state is named.  A town of its own list (``siblings``: "residents of Brezjak and Slatina")
    places nothing: the two are neighbours, and either may be read as a namesake abroad."""
    text = doc.text
    m = _BESIDE.match(text, noun_end)
    if m is not None:
        there = _place_at(places, m.end())
        if there is not None:
            return Choice(start, end, there.place, VILLAGE_SCORE, f"{why}, near", "city")
    gplaces = doc.gaz.places
    low, high = siblings if siblings is not None else (start, end)
    _s_start, s_end = doc.sentence_bounds(start)
    i = bisect.bisect_left(places, noun_end, key=START_OF)
    for c in places[i:]:
        if c.start >= s_end:
            break
        related = _RELATED.search(text, max(0, c.start - 9), c.start) is not None
        if related and _a_town(doc, c) and not low <= c.start < high:
            return Choice(start, end, c.place, VILLAGE_SCORE, f"{why}, by its town", "city")
    for c in reversed(places[: bisect.bisect_left(places, start, key=START_OF)]):
        if c.end <= start and _a_town(doc, c) and not low <= c.start < high:
            return Choice(start, end, c.place, VILLAGE_SCORE, f"{why}, after its town", "city")
    village = anchored(doc, places, start, end, "city", VILLAGE_SCORE, why)
    if village is None or gplaces[village.place].country is None:
        return None
    return village


#: The relation word right before a town that places what is before it ("above Malishevë").
_RELATED = re.compile(r" (?:in|near|above|below|outside|beside|of) $")


def _a_town(doc: Doc, c: Choice) -> bool:
    """Whether a decided place is a town (or a village read as one) of some state."""
    if c.level not in (None, "city"):
        return False
    place = doc.gaz.places[c.place]
    return place.level == "city" and place.country is not None


def _a_name(doc: Doc, name: str) -> bool:
    """A name, not a word that describes ("residents of Roma origin"), not a code."""
    if not any(ch.islower() for ch in name):
        return False
    first = name.split(" ", 1)[0]
    return first not in DESCRIPTIVE and doc.fold(first) not in words.FOLDED_DEMONYMS


def _place_at(places: list[Choice], start: int) -> Choice | None:
    """The place decided at ``start`` (not a demonym), if any."""
    i = bisect.bisect_left(places, start, key=START_OF)
    while i < len(places) and places[i].start == start:
        if places[i].level is None:
            return places[i]
        i += 1
    return None


def _overlapping(places: list[Choice], start: int, end: int) -> bool:
    """Whether a decided place overlaps ``start:end``."""
    i = bisect.bisect_left(places, end, key=START_OF)
    return any(c.end > start for c in places[max(0, i - 8) : i])
