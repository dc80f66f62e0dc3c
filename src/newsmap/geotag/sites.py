"""Sites inside places the gazetteer lacks, found by what the text calls them.

"Skanderbeg Square", "the Gazela bridge", "Skopje railway station", "Port of Durrës": a name
followed (or, capitalised, preceded with "of") by a site noun is a site, at its whole span,
level ``site``.  It is not in the gazetteer, so it is anchored to a place the text names: a
place inside the name ("Skopje railway station"), the place after "near" or "in", else the
nearest place in the sentence, else the last town before it, in whatever country.  Its point
and country are that place's, so a site is never put in another country than the place it
stands in, and a site abroad never takes a region code.  Villages and neighbourhoods named
by their noun are ``villages``'; both read a name's extent with ``name_extent``.
"""

from __future__ import annotations

import bisect
import re

from newsmap.geotag import site_heads, words
from newsmap.geotag.choice import START_OF, Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.institution_names import (
    GENERIC_HEADS,
    PLAIN_NAMED,
    in_its_town,
    town_completing,
)
from newsmap.geotag.landmark_towns import LANDMARK_HEADS, landmark_at_home
from newsmap.geotag.matcher import Hit
from newsmap.geotag.name_extent import REACH, leading_name_end, name_start
from newsmap.geotag.site_anchor import SITE_SCORE, anchored, known_unit, near_place
from newsmap.model import REGION_COUNTRIES

#: Why a river or a mountain the gazetteer lacks is a site.  It takes its country from the
#: place beside it and may run across a border, so it says nothing of its own about which
#: states a story is about (``focus`` weighs it for none).
NATURE_REASON = "named river or mountain"

#: What a mine or plant digs or burns, between its name and the noun ("the Jadar lithium
#: mine", "the Bor copper mine").
_MATERIALS = frozenset(
    "lithium copper gold silver coal lignite lead zinc nickel iron chrome bauxite salt "
    "hydropower hydroelectric thermal".split()
)
#: Capitalised words that describe a site without naming it ("the Orthodox cemetery", "a
#: Sunday market", "the Olympic stadium" of any city, "a Benedictine monastery", "the Venetian
#: tower", "the Art Nouveau station"): before a lower-case site noun they make no name.
DESCRIPTIVE = frozenset(
    "Orthodox Catholic Muslim Islamic Jewish Christian Ottoman Roman Yugoslav Communist "
    "European Olympic Partisan Sunday Monday Tuesday Wednesday Thursday Friday Saturday "
    "Christmas Easter Ramadan Bajram EU UN OSCE NATO Benedictine Franciscan Dominican "
    "Byzantine Venetian Baroque Gothic Habsburg Alpine Art".split()
)
VILLAGE_SCORE = 0.5


def find_sites(doc: Doc, places: list[Choice], side: list[Hit]) -> list[Choice]:
    """Sites and introduced villages in the document, anchored to its places.

    ``side`` are the site and settlement nouns the matcher found (``site_heads.site_words``).
    """
    text = doc.text
    found: list[Choice] = []
    for hit in side:
        kind = hit.value
        if not isinstance(kind, site_heads.SiteWord):
            continue
        if kind.settlement:
            continue  # a village, a neighbourhood: ``villages`` reads them
        capital = text[hit.start].isupper()
        choice = None
        if capital and kind.of_head and text.startswith(" of ", hit.end):
            if doc.fold(text[hit.start : hit.end]) in _WORSHIP:
                name_end = _dedication_end(text, hit.end + 4)
            else:
                name_end = leading_name_end(text, hit.end + 4)
            if name_end is not None:
                start = _head_before(doc, hit.start)
                choice = None
                if doc.fold(text[hit.start : hit.end]) in PLAIN_NAMED:
                    choice = in_its_town(doc, places, start, hit.end + 4, name_end, SITE_SCORE)
                if choice is None:
                    choice = anchored(doc, places, start, name_end, "site", SITE_SCORE, "site of")
        if choice is None:
            if capital or kind.any_case:
                choice = _named_site(doc, places, hit)
            elif doc.fold(text[hit.start : hit.end]) in site_heads.UNIT_HEADS:
                choice = _unit_after_name(doc, places, hit)
            elif doc.may_be_capitalised_before(hit.start) and (
                doc.fold(text[hit.start : hit.end]) not in site_heads.CAPITAL_ONLY_HEADS
            ):
                # "Slavija square", "the Koševo stadium": lower case after a name that is no
                # place ("Bar port authorities" and "a Belgrade park" stay the town's)
                choice = _named_site(doc, places, hit, unplaced=True)
        if choice is not None:
            found.append(choice)
    return found


#: Houses of worship: their name after "of" is a dedication ("Church of St. Sava").
_WORSHIP = frozenset(("church", "cathedral", "monastery"))
#: Lower-case or common words a dedication may open with ("Church of the Holy Saviour",
#: "Church of Our Lady of Ljeviš"), before its capitalised name.
_DEDICATION_OPENERS = ("the ", "Our ")


def _dedication_end(text: str, start: int) -> int | None:
    """Where a dedication after "Church of" ends: "the Resurrection of Christ", "Our Lady of
    Ljeviš", two saints joined by "and" ("St. Peter and Paul", "Sts. Cyril and Methodius")."""
    end = leading_name_end(text, start)
    if end is None:
        for opener in _DEDICATION_OPENERS:
            after = start + len(opener)
            if text.startswith(opener, start) and text[after : after + 1].isupper():
                end = leading_name_end(text, after)
                break
    if end is not None and text.startswith(" and ", end) and "St" in text[start:end]:
        more = leading_name_end(text, end + 5) if text[end + 5 : end + 6].isupper() else None
        if more is not None:
            end = more
    return end


def _named_site(doc: Doc, places: list[Choice], hit: Hit, unplaced: bool = False) -> Choice | None:
    """ "Skanderbeg Square", "the Gazela bridge": the capitalised name before a site noun.

    With ``unplaced`` the name must hold no place the text names and no word that only
    describes ("the Slavija square" is a name, "the Orthodox cemetery" a description).
    """
    text = doc.text
    end = hit.start - 1
    if end < 1 or text[end] != " " or text.startswith("-", hit.end):
        return None
    material = text.rfind(" ", 0, end)
    if material > 0 and text[material + 1 : end] in _MATERIALS:
        end = material  # "the Jadar lithium mine": the name is before the material
    start = name_start(text, max(0, end - REACH), end)
    if start is None:
        return None
    if text.endswith(("'s", "’s"), 0, end) and text[hit.start].islower():
        if any(c.end == end - 2 for c in places):
            return None  # "Belgrade's airport": the town's, not a name ("Branko's bridge" is)
    first = text[start : text.find(" ", start)]
    if doc.fold(first) in words.FOLDED_DEMONYMS:
        return None  # "Serbian Orthodox Church": an institution named after a people
    if first.rstrip("'’s") in DESCRIPTIVE and (unplaced or text[hit.start].islower()):
        return None  # "the Orthodox church", "a Benedictine monastery": no name
    if unplaced and _holds_a_town(doc, places, start, end):
        return None
    level = "admin1" if doc.fold(text[hit.start : hit.end]) in site_heads.UNIT_HEADS else "site"
    head = doc.fold(text[hit.start : hit.end])
    if head in site_heads.NATURE_HEADS:
        inside = [c for c in places if c.start < end and start < c.end]
        if inside and (text[hit.start].islower() or _natural(doc, inside)):
            return None  # "the Drina river", "the Prokletije mountains": the gazetteer's own
        # "the Drenica River": a river named after a region or a town is a river of its own
        return anchored(doc, places, start, hit.end, "site", SITE_SCORE, NATURE_REASON)
    if head in _NAMED_AFTER_HEADS:
        return _street_named_after(doc, places, start, hit.end)
    end = hit.end
    if head in GENERIC_HEADS:
        if text.startswith((" Centre", " Center"), end):
            end += 7  # "University Hospital Centre": the name's last word
        town = town_completing(doc, places, start, hit.start, end)
        if town is not None:
            # the town completes the name and says where the hospital stands
            return Choice(start, town.end, town.place, SITE_SCORE, "named site in its town", level)
    elif level == "site" and text[hit.start].isupper() and text.startswith(" of ", end):
        # "the National Theatre of Kosovo", "the Grand Bazaar of Gjakova": the place after
        # "of" completes the name, and the site stands in it
        there = _place_starting(doc, places, end + 4)
        if there is not None:
            end = there.end
    site = anchored(doc, places, start, end, level, SITE_SCORE, "named site")
    if site is not None and head in LANDMARK_HEADS:
        if doc.gaz.places[site.place].country not in _REGION_CODES:
            site = landmark_at_home(doc, start, end, SITE_SCORE) or site
    if site is not None and head == "airport" and text.startswith(" ", end):
        # "Thessaloniki Airport Macedonia", "Tirana International Airport Nënë Tereza": the
        # name an airport is given after its noun is part of it, and no place of its own
        given = _GIVEN_NAME.match(text, end)
        first = given.group(1) if given is not None else ""
        if given is not None and first not in _NOT_GIVEN and not first.endswith(("'s", "’s")):
            if doc.fold(first) in words.FOLDED_DEMONYMS:
                return site  # "at Tirana Airport Albanian police": a new phrase
            site = site._replace(end=given.end())
    return site


def _natural(doc: Doc, inside: list[Choice]) -> bool:
    """Whether a place in a river's or a mountain's name is a water or a site itself."""
    gaz_places = doc.gaz.places
    return any(c.level is not None or gaz_places[c.place].level == "site" for c in inside)


#: Capitalised words after an airport's noun: the name it was given.
_GIVEN_NAME = re.compile(r" ([A-ZÀ-Ž][\w'’-]+)(?: [A-ZÀ-Ž][\w'’-]+){0,2}(?![\w'’-])")
#: Capitalised words after an airport's noun that name no airport: days, months, bodies.
_NOT_GIVEN = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Authority Company I II".split()
)


def _place_starting(doc: Doc, places: list[Choice], start: int) -> Choice | None:
    """The town or state decided at ``start``, if any."""
    i = bisect.bisect_left(places, start, key=START_OF)
    if i < len(places) and places[i].start == start and places[i].level is None:
        if doc.gaz.places[places[i].place].level in ("city", "country"):
            return places[i]
    return None


#: Site nouns whose name is often another town's ("Tirana Street" in Pristina, "the Belgrade
#: Gate" of Istanbul): a station or a bridge named after a town stands in it, a street
#: rarely does.
_NAMED_AFTER_HEADS = frozenset(("street", "avenue", "boulevard", "road", "gate"))


def _street_named_after(doc: Doc, places: list[Choice], start: int, end: int) -> Choice | None:
    """A street placed by the other places of its sentence before the town in its name.

    "Tirana Street in Pristina" is in Pristina; with no other place in its sentence the
    street stays in the town it is named after, which is where most are.
    """
    outside = [c for c in places if not (start <= c.start and c.end <= end)]
    s_start, s_end = doc.sentence_bounds(start)
    if any(s_start <= c.start < s_end and c.level is None for c in outside):
        near = near_place(doc, outside, start, end)
        if near is not None:
            why = "street named after a town, placed by its sentence"
            return Choice(start, end, near.place, SITE_SCORE, why, "site")
    return anchored(doc, places, start, end, "site", SITE_SCORE, "named site")


#: Unit nouns that name a formal unit after a town's name ("Elbasan county", "the Tuzla
#: canton").  "The Tetovo region" is as often the town's surroundings and "the Čair district"
#: a part of a city, so those stay the town's.
_FORMAL_UNITS = frozenset(("county", "canton"))
#: Unit nouns that name a formal unit after a foreign town's name: "the Kursk region", "the
#: Donetsk region" (an oblast), "Haskovo province".
_UNITS_ABROAD = frozenset(("region", "province", "oblast"))
_REGION_CODES = frozenset(REGION_COUNTRIES)


def _unit_after_name(doc: Doc, places: list[Choice], hit: Hit) -> Choice | None:
    """ "the Polog region", "Elbasan county", "the Dukagjini region": a lower-case unit noun
    after a name makes one ``admin1`` mention of both, as the capitalised noun does.

    A unit's name (or a town's, before a formal unit noun) keeps its place; a name the
    gazetteer lacks, before "region", is placed by its context, as a site is.
    """
    text = doc.text
    end = hit.start - 1
    if end < 1 or text[end] != " ":
        return None
    noun = doc.fold(text[hit.start : hit.end])
    i = bisect.bisect_left(places, end, key=START_OF)  # places are by start
    for c in places[max(0, i - 4) : i]:
        if c.end == end and c.level is None:
            level = doc.gaz.places[c.place].level
            abroad = doc.gaz.places[c.place].country not in _REGION_CODES
            if (
                level == "admin1"
                or (level == "city" and noun in _FORMAL_UNITS)
                or (level == "city" and abroad and noun in _UNITS_ABROAD)
            ):
                return Choice(c.start, hit.end, c.place, c.score, "unit by its noun", "admin1")
            return None
    if noun != "region" or not doc.may_be_capitalised_before(hit.start):
        return None  # "the Centar district" is as often a part of a city as a unit
    return known_unit(doc, hit.start, hit.end) or _named_site(doc, places, hit, unplaced=True)


def _head_before(doc: Doc, start: int) -> int:
    """``start`` moved back over a capitalised site noun right before it ("Cathedral Church
    of St. Michael", "Memorial Church of ...")."""
    prev, gap = doc.prev_word(start)
    if gap == " " and prev[:1].isupper() and doc.fold(prev) in _HEAD_WORDS:
        return start - 1 - len(prev)
    return start


_HEAD_WORDS = frozenset(site_heads.SITE_HEADS) | frozenset(
    h for h in site_heads.LOWER_SITE_HEADS if " " not in h
)


def _holds_a_town(doc: Doc, places: list[Choice], start: int, end: int) -> bool:
    """Whether a place other than a site (a river, a lake) lies in ``start:end``: "the Ibar
    valley" is a site, "a Belgrade park" a park in Belgrade."""
    gaz_places = doc.gaz.places
    return any(
        c.start < end and start < c.end and gaz_places[c.place].level != "site" for c in places
    )
