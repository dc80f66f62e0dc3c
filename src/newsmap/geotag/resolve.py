"""From raw name hits to place mentions: the five steps, in order.

1. *Document context* (``context``): which countries the document's sure names point at,
   its language, the words around each name.
2. *Candidate rules* (``candidates``, ``rules``): each name's place, by ordered gates and
   score adjustments that each give a reason; neighbours in a list share a country
   (``lists``).
3. *Metonymy* (``metonymy``): a capital that stands for its government.
4. *Demonyms* (``demonyms``): state adjectives and peoples as mentions of a state.
5. *Focus* (``focus``): which region countries the document is about.

This module only runs them and turns decisions into ``Mention`` records; every decision's
reason travels on ``Mention.reason`` (``explain`` lists the candidates that lost, too).
"""

from __future__ import annotations

import operator

from newsmap.geotag.abroad import namesakes_abroad
from newsmap.geotag.bare_rivers import bare_river_names
from newsmap.geotag.bridged_rivers import bridged_rivers
from newsmap.geotag.called import not_called_after
from newsmap.geotag.candidates import (
    CLUB_AFTER_STARTS,
    camp_elsewhere,
    club_name,
    resolve_hit,
    shouted_acronym,
)
from newsmap.geotag.choice import END_OF, START_OF, Choice
from newsmap.geotag.club_short_names import short_club_names
from newsmap.geotag.club_towns import named_after_places
from newsmap.geotag.common_phrases import common_phrases
from newsmap.geotag.context import Doc
from newsmap.geotag.context_repeats import first_context
from newsmap.geotag.crossings import bare_crossings
from newsmap.geotag.dateline_outlets import without_dateline_outlet
from newsmap.geotag.datelines import unknown_datelines
from newsmap.geotag.demonyms import PARTY_NAME, resolve_demonym
from newsmap.geotag.descriptive_towns import descriptive_towns
from newsmap.geotag.entries import DemonymWord
from newsmap.geotag.feast_names import feast_days, holy_weekdays
from newsmap.geotag.focus import focus
from newsmap.geotag.gazetteer import Gazetteer
from newsmap.geotag.home import text_marks
from newsmap.geotag.indefinite_namesakes import indefinite_namesakes
from newsmap.geotag.lists import cohere_lists
from newsmap.geotag.local_common_words import local_common_words
from newsmap.geotag.local_locatives import local_locative_names
from newsmap.geotag.local_named_sites import local_site_hits
from newsmap.geotag.local_party_names import in_party_names
from newsmap.geotag.local_shores import named_shores
from newsmap.geotag.local_sites import VILLAGE_REASON, find_local_sites
from newsmap.geotag.local_span_edges import local_span_edges
from newsmap.geotag.local_states import (
    adjectives_are_not_places,
    common_word_states,
    local_states,
)
from newsmap.geotag.local_twins import local_twins
from newsmap.geotag.local_villages import told_villages
from newsmap.geotag.locative_names import locative_names
from newsmap.geotag.match_results import (
    RESULT_AFTER_STARTS,
    RESULT_BEFORE_ENDS,
    result_name,
    same_sides,
)
from newsmap.geotag.match_sides import match_sides
from newsmap.geotag.matcher import Hit
from newsmap.geotag.mention_records import to_mentions
from newsmap.geotag.municipality_names import without_municipality_word
from newsmap.geotag.name_edges import state_name_edges, without_continent
from newsmap.geotag.name_words import (
    ACCORD_STARTS,
    ACCORDS,
    BATTLES,
    LISTS,
    NAME_WORD_ENDS,
    NAMES_AFTER,
    NAMES_BEFORE,
    SAINT_ENDS,
    SAINTS,
    shouted_event,
)
from newsmap.geotag.named_after import before_its_town, cue_hits, named_after_place
from newsmap.geotag.namesake_paragraphs import paragraph_namesakes
from newsmap.geotag.near_twins import near_twins
from newsmap.geotag.neighbour_seats import lone_neighbour_seats
from newsmap.geotag.noun_first import local_street_sites, noun_first_sites
from newsmap.geotag.old_towns import may_name_old_towns, old_towns
from newsmap.geotag.org_names import not_bodies
from newsmap.geotag.outlets import names_of_things
from newsmap.geotag.overlaps import select_longest
from newsmap.geotag.persons import named_like_towns
from newsmap.geotag.placed_names import placed_names
from newsmap.geotag.prefixed_places import prefixed_villages
from newsmap.geotag.products import town_foods
from newsmap.geotag.qualified_names import qualified_names
from newsmap.geotag.rivers import in_their_sentences
from newsmap.geotag.route_names import may_name_routes, without_route_ends
from newsmap.geotag.seas import not_names
from newsmap.geotag.side_words import NameCue
from newsmap.geotag.site_tails import site_tails
from newsmap.geotag.sites import find_sites
from newsmap.geotag.state_bodies import state_bodies
from newsmap.geotag.state_firms import state_firms
from newsmap.geotag.state_prefixed import may_name_state_prefixed, state_prefixed
from newsmap.geotag.street_names import streets_named_after
from newsmap.geotag.token_marks import CAMP
from newsmap.geotag.told_settlements import told_settlements
from newsmap.geotag.us_institutions import us_institutions
from newsmap.geotag.villages import find_villages
from newsmap.model import Mention

__all__ = ["focus", "resolve", "resolve_names", "select_longest"]


def resolve(gaz: Gazetteer, text: str) -> list[Mention]:
    """All place and demonym mentions in ``text``, sorted by start."""
    return resolve_names(gaz, text)[0]


def resolve_names(
    gaz: Gazetteer, text: str, local: bool | None = None
) -> tuple[list[Mention], list[Mention]]:
    """All place and demonym mentions in ``text``, sorted by start, and apart the places
    inside the name of a party or a battle ("the Democratic Party of Kosovo", "the Serbian
    Progressive Party", "the Battle of Kosovo"): no places of the story, but what the story is
    about still counts them (a party named after a state is that state's politics).
    ``local``: whether the text is in a region language, when the caller knows better than
    the text's own few words (a title, read in its body's language)."""
    hits, side, folded = gaz.matcher.scan_all(text, capitalised=True)
    if not hits and not side:
        return [], []
    doc = Doc(gaz, text, hits, folded, local)
    named: list[Choice] = []
    places, dem_hits = _decide_places(doc, side, named)
    places = before_its_town(doc, places)
    if side:
        places = match_sides(doc, places, side)
    if side:
        cues = [h for h in side if type(h.value) is NameCue]
        if cues:
            places = named_after_places(doc, places, cues)
    places = short_club_names(doc, places)
    places = cohere_lists(doc, places)
    places, extra = streets_named_after(doc, places)
    places = local_twins(doc, near_twins(doc, namesakes_abroad(doc, places)))
    places = not_called_after(text, places)
    if gaz.water_siblings:
        places = bare_river_names(doc, in_their_sentences(doc, places))
        if side and doc.local:
            places = named_shores(doc, places, side)
    if side:
        places = adjectives_are_not_places(doc, places, side)
    places = common_word_states(doc, places)
    places = holy_weekdays(doc, feast_days(doc, common_phrases(doc, places)))
    places = local_common_words(doc, places)
    places = state_firms(doc, places)
    places = us_institutions(doc, state_bodies(doc, places))
    places = lone_neighbour_seats(doc, named_like_towns(doc, places))
    if not doc.local:
        places = indefinite_namesakes(doc, places)
    if side:
        extra += find_sites(doc, places, side) + find_villages(doc, places, side)
        extra += local_states(doc, places, side)
        extra += noun_first_sites(doc, places, side) + local_street_sites(doc, places, side)
    filed = unknown_datelines(doc, places)
    if filed and not doc.local:
        extra += filed
    if not doc.local:
        extra += locative_names(doc, places) + placed_names(doc, places)
        extra += prefixed_villages(doc, places)
        if may_name_state_prefixed(text):
            extra += state_prefixed(doc, places)
        if may_name_old_towns(folded):
            extra += old_towns(doc, places)
        extra += site_tails(doc, places)
        extra += told_settlements(doc, places, side, extra)
        extra += bridged_rivers(doc, places) + qualified_names(doc, places)
    if side and doc.local and local_site_hits(side):
        local_sites = find_local_sites(doc, places, side, tuple(extra))
        # a settlement noun's village over a namesake elsewhere, and a crossing named by its
        # noun over a town of the same name (``local_sites``)
        named_by_noun = {(c.start, c.end) for c in local_sites}
        if named_by_noun:
            places = [c for c in places if (c.start, c.end) not in named_by_noun]
        extra += local_sites
    if doc.local:
        known = [c for c in extra if c.reason.startswith(VILLAGE_REASON)]
        more = told_villages(doc, places, known)
        if more:  # a village the text names over a namesake elsewhere, as above
            spans = {(c.start, c.end) for c in more}
            places = [c for c in places if (c.start, c.end) not in spans]
            extra += more
        extra += local_locative_names(doc, places, extra)
    for hit, dem in dem_hits:
        choice = resolve_demonym(doc, hit, dem, places)
        if choice is not None:
            if choice.reason == PARTY_NAME:
                named.append(choice)
            else:
                extra.append(choice)
    if extra:
        places = select_longest(places + extra, len(text))
    if doc.local:
        places = in_party_names(doc, without_continent(doc, state_name_edges(doc, places)))
        places = local_span_edges(doc, places)
        places = without_municipality_word(doc, places)
        places = without_dateline_outlet(text, places)
    else:
        places = not_names(doc, paragraph_namesakes(text, doc.gaz.places, places))
        places = not_bodies(doc, town_foods(doc, names_of_things(gaz, text, places)))
        places = first_context(text, descriptive_towns(doc, places))
        if may_name_routes(folded):
            places = without_route_ends(doc, places)
    if side:
        places = bare_crossings(doc, places, side)
    if " europe " in folded:
        # English news names "Europe" as a continent, not a place of its story: no mention
        # (local text's "Evropa" is dropped by ``name_edges.without_continent``); the
        # folded text is searched (a byte a letter), and only names of six letters asked
        places = [c for c in places if c[1] - c[0] != 6 or not _continent(gaz, text, c)]
    if " balkan " in folded:
        places = _without_adjectives(doc, places)
    found = to_mentions(gaz, text, places)
    return found, to_mentions(gaz, text, named) if named else []


#: The continent's place id: no mention in English text (``resolve_names``).
_CONTINENT = "cur:europe"


def _continent(gaz: Gazetteer, text: str, c: Choice) -> bool:
    """Whether ``c`` is the continent written the English way ("Europe")."""
    return (
        c.end - c.start == 6
        and text.startswith("Europe", c.start)
        and (gaz.places[c.place].place_id == _CONTINENT)
    )


#: The region's name as an English adjective ("the Balkan Wars", "Balkan cinema", "(Balkan
#: Wire Service)", "Western Balkan leaders"): it qualifies a thing and names no place; the
#: region is "the Balkans".  Local text writes "Balkan" as the noun, and keeps it.
_REGION_ADJECTIVES = frozenset(("Balkan", "BALKAN", "Western Balkan", "West Balkan"))


def _without_adjectives(doc: Doc, places: list[Choice]) -> list[Choice]:
    text = doc.text
    kept = [c for c in places if text[c.start : c.end] not in _REGION_ADJECTIVES]
    return places if len(kept) == len(places) or doc.local else kept


def _decide_places(
    doc: Doc, side: list[Hit], named: list[Choice]
) -> tuple[list[Choice], list[tuple[Hit, DemonymWord]]]:
    """Every name's decision, longest names first, and the demonym hits set aside; places
    inside a party's or a battle's name go to ``named``.

    A hit inside an accepted longer name is never judged ("Mitrovica" in "North Mitrovica").
    """
    text = doc.text
    demonyms = doc.gaz.demonyms
    dem_hits: list[tuple[Hit, DemonymWord]] = []
    occupied = bytearray(len(text))
    places: list[Choice] = []
    camps = bool(text_marks(text) & CAMP) and "Camp " in text
    spelt = not text.isascii()  # region letters may name a far place only in such a text
    sides: set[int] | None = None  # the places whose names a match result made a club's
    cues = cue_hits(side) if side else None
    if cues is not None and not doc.local:
        cues = None
    for hit in _longest_first(doc.hits):
        dem = demonyms.get(hit.key)
        if dem is not None:
            dem_hits.append((hit, dem))
            if len(hit.value) == 1:
                continue
        start, end = hit.start, hit.end
        if occupied.find(1, start, end) != -1:
            continue
        choice = resolve_hit(doc, hit)
        if choice is not None:
            occupied[start:end] = b"\x01" * (end - start)
            if end - start <= 5 and text[end - 1].isupper() and shouted_acronym(text, hit):
                continue
            if camps and text.endswith("Camp ", 0, start) and camp_elsewhere(doc, hit, choice):
                continue
            if (
                text[end : end + 3] in CLUB_AFTER_STARTS or text[start - 2 : start - 1].isupper()
            ) and club_name(doc, hit):
                continue
            if cues is not None and named_after_place(doc, hit, choice, cues):
                continue
            if (
                text[start - 2 : start] in RESULT_BEFORE_ENDS
                or text[end : end + 2] in RESULT_AFTER_STARTS
            ) and result_name(doc, hit, choice):
                if sides is None:
                    sides = set()
                sides.add(choice.place)
                continue
            if text[end : end + 2] in ACCORD_STARTS and text.startswith(ACCORDS, end):
                continue  # "the Ohrid Agreement", "the Struga Poetry Evenings": no place
            if text[start:end].isupper() and shouted_event(text, end):
                continue  # "SARAJEVO FILM FESTIVAL, 16-23 AUGUST": a heading's event
            if text[start - 3 : start] in NAME_WORD_ENDS:
                if text.endswith(NAMES_BEFORE, 0, start):
                    named.append(choice)  # "the Democratic Party of Kosovo" (``resolve_names``)
                    continue
                if text.endswith(BATTLES, 0, start):
                    continue  # "the Battle of Kosovo" (1389): history, neither place nor subject
            after = text[end : end + 2]
            if after == " L" and text.startswith(NAMES_AFTER, end):
                named.append(choice)
                continue
            if (after == " L" or after == " S") and text.startswith(LISTS, end) and not doc.local:
                continue  # "Srpska Lista", the Kosovo Serbs' party: no place, nor Bosnia's
            if text[start - 2 : start] in SAINT_ENDS and text.endswith(SAINTS, 0, start):
                continue  # "the Church of St. Sophia": a saint's name, not Bulgaria's capital
            if spelt and _spelt_here(doc, choice):
                continue
            places.append(choice)
    places.sort(key=START_OF)
    if sides is not None:
        places = same_sides(doc, places, sides)
    return places, dem_hits


#: Letters of the region's alphabets (Albanian, the South Slavic Latin one) that English
#: spells no name with.
_REGION_LETTERS = frozenset("ëËçÇčČćĆšŠžŽđĐ")
#: States whose places the region's languages name in their own spellings ("Beč", "Solun",
#: "Cirih"): a region letter in the name of one of these is no sign of anything.
_SPELT_NEARBY = frozenset(
    ("AL", "BA", "XK", "ME", "MK", "RS", "HR", "SI", "GR", "BG", "HU", "RO", "AT", "DE", "IT")
    + ("CH", "TR", "CZ", "SK", "PL", "UA", "RU")
)


def _spelt_here(doc: Doc, choice: Choice) -> bool:
    """Whether an English text names, in a region spelling, a far place whose own name has no
    such letter: "the Qafë Thanë pass" is an Albanian pass, not Thane in India."""
    place = doc.gaz.places[choice.place]
    country = place.country  # read once: an attribute of an interpreted class
    if country is None or country in _SPELT_NEARBY:
        return False
    surface = doc.text[choice.start : choice.end]
    if surface.isascii() or not any(ch in _REGION_LETTERS for ch in surface):
        return False
    return not any(ch in _REGION_LETTERS for ch in place.name) and not doc.local


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """The hits, longest first; hits of one length keep their order (by start).

    Sorted by index through C-level calls: a Python key function per hit cost more than
    deciding the sure names.
    """
    shortness = list(map(operator.sub, map(START_OF, hits), map(END_OF, hits)))
    return list(map(hits.__getitem__, sorted(range(len(hits)), key=shortness.__getitem__)))
