"""Sites inside places in the region's languages, at their whole span: the noun comes first.

"Trg Republike", "aerodrom Nikola Tesla", "manastir Visoki Dečani", "granični prelaz
Merdare", "most na Adi", "Sheshi Skënderbej", "Ura e Ibrit", "плоштадот Македонија": where
English says "Skanderbeg Square", the region's languages put the site noun (in any case)
before the name, which is capitalised ("Republike", "Nikola Tesla"), or a place after "na"
("most na Adi", "stadion na Koševu").  The mention is the noun with its name, and with an
adjective that belongs to the noun ("granični prelaz", "železnička stanica"), level ``site``,
at the point of the place it stands in (``sites.anchored``), never in another country.

A village noun before a name ("kod sela Bajice", "v vasi Bajice", "fshati ...") makes the
name a ``city`` the gazetteer may lack, with a lower score, as "the village of" does in English.

Only in local-language text: "most" is English's "most", and the site nouns are found by the
matcher's side pass, so the rule runs only where one occurs.
"""

from __future__ import annotations

import re

from newsmap.geotag.bridged_rivers import bridge_on_river
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc, is_cyrillic
from newsmap.geotag.crossing_sides import CROSSINGS, crossing_side
from newsmap.geotag.entries import Candidate
from newsmap.geotag.home import home_country
from newsmap.geotag.local_border_sides import side_after
from newsmap.geotag.local_named_sites import (
    adjective_named,
    adjective_town,
    local_site_hits,
    named_site,
    with_village_noun,
)
from newsmap.geotag.local_site_edges import (
    bare_crossing,
    district,
    is_route,
    noun_after_adjective,
)
from newsmap.geotag.local_site_places import (
    by_a_state_abroad,
    by_language,
    by_next_town,
    left_from,
    origin_or_goal,
    surname_abroad,
)
from newsmap.geotag.local_town_sites import centre, city_stadium, stadium_town
from newsmap.geotag.matcher import Hit
from newsmap.geotag.side_words import LocalSiteWord
from newsmap.geotag.sites import SITE_SCORE, VILLAGE_SCORE, anchored
from newsmap.model import REGION_COUNTRIES, Place

_REGION = frozenset(REGION_COUNTRIES)

#: Adjectives that belong to the noun: border (crossing), railway (station), air (port),
#: general (hospital), national and international ("Меѓународниот аеродром Скопје").
_NOUN_ADJECTIVES = (
    "granicn",
    "granicen",
    "mejn",
    "zeleznick",
    "zeljeznick",
    "zeleznisk",
    "zracn",
    "opst",
    "nacionaln",
    "nacionalen",
    "medunarodn",
    "megunarodn",
    "mednarodn",
)
#: Albanian nouns that make a site only as part of its capitalised name: in lower case they
#: describe the town's port or lake ("në portin e Shëngjinit"), which is the town.
_NAMED_ONLY = frozenset("porti portin portit liqeni liqenin liqenit".split())
#: Albanian linking articles before a genitive name ("Ura e Ibrit").
_LINKS = frozenset(("e", "i", "të"))
_NAME_WORD = re.compile(r"[„“\"«]?[^\W\d_][\w.’'-]*")
_MAX_NAME_WORDS = 4


def find_local_sites(
    doc: Doc, places: list[Choice], side: list[Hit], extra: tuple[Choice, ...] = ()
) -> list[Choice]:
    """Sites named after a local site noun, anchored to the document's places."""
    found = []
    for hit in local_site_hits(side):
        if isinstance(hit.value, LocalSiteWord):
            if hit.value.settlement:
                found += _villages(doc, places, hit, extra)
                continue
            choice = _site(doc, places, hit, side)
            if choice is not None:
                found.append(choice)
    return found


def _site(doc: Doc, places: list[Choice], hit: Hit, side: list[Hit]) -> Choice | None:
    text = doc.text
    if hit.value.noun == "centar":
        return centre(doc, places, hit)  # only with its adjective and its town
    named = named_site(doc, places, hit, text[hit.end + 1 : hit.end + 2].isupper())
    if named is not None:
        # "Varadinski most", "na Trgu slobode": named by an adjective or a genitive
        return _named(doc, places, hit, *named)
    end = _name_end(text, hit.end, hit.value.noun not in _NOT_ON)
    if end is None:
        return city_stadium(doc, places, hit)
    if hit.value.unit:
        return _unit(doc, places, hit)
    if bridge_on_river(doc, places, hit.value.noun, hit.end, end):
        return None  # "mostu na Neretvi", "моста на Ибру": the river, the bridge no name
    if hit.value.noun == "luka" and (text[hit.start].isupper() or text.startswith(" na ", hit.end)):
        return None  # "Luka Modrić", "Luka Koper": a name or a firm; "luka na Dravi": a port
    if hit.value.noun in _NAMED_ONLY and not text[hit.start].isupper():
        return None  # "porti i Shëngjinit" is the town's port, "Porti i Durrësit" the site
    if is_route(text, hit, end):
        return None  # "rruga Durrës–Tiranë": a road between two towns, each named alone
    end = noun_after_adjective(doc, hit.end + 1, end)  # "tvrđavi Lazarev grad"
    start = hit.start
    prev, gap = doc.prev_word(start)
    if gap == " " and doc.fold(prev).lower().startswith(_NOUN_ADJECTIVES):
        start -= len(gap) + len(prev)
    else:  # "na Nacionalnoj areni Toše Proeski": a capitalised adjective opens the name
        opening = adjective_named(doc, places, hit)
        if opening is not None:
            start = opening
    # the noun itself names no place it stands in ("Aerodrom", a Skopje municipality)
    others = [
        c
        for c in places
        if (c.end <= start or c.start >= hit.end) and not origin_or_goal(doc, c, start, end)
    ]
    # a far place after a first name is a person's surname ("Bulevar Džordža Vašingtona");
    # it places the site only when nothing else does, as before this rule
    surnames = [c for c in others if surname_abroad(doc, c)]
    if surnames:
        others = [c for c in others if c not in surnames]
    if left_from(doc, start):
        # "otputovali su sa aerodroma Nikola Tesla u Minhen": a site people leave from does
        # not stand where its sentence goes on to take them
        s_end = doc.sentence_bounds(start)[1]
        others = [c for c in others if not end <= c.start < s_end]
    if hit.value.noun in CROSSINGS:
        found = crossing_side(doc, places, side, start, end)
        if found is not None:
            return bare_crossing(hit, found)
    found = anchored(doc, others, start, end, "site", SITE_SCORE, "local site")
    if found is None or by_a_state_abroad(doc, found):
        found = by_language(doc, start, end) or found
    if found is None:
        found = by_next_town(doc, others, start, end)
    if found is None and surnames:
        found = anchored(doc, surnames, start, end, "site", SITE_SCORE, "local site")
    return bare_crossing(hit, found)


def _named(doc: Doc, places: list[Choice], hit: Hit, start: int, end: int) -> Choice | None:
    """A site named by an adjective or a genitive, where the story places it, or in the town
    its adjective is made from when only the story's context would place it."""
    if start < hit.start and doc.fold(doc.text[start : hit.start]).lower().startswith("gradsk"):
        seat = stadium_town(doc, places, end)
        if seat is not None:
            # "na Gradskom stadionu u Nikšiću": the town is part of the city stadium's name
            why = "local site, a city stadium in its town"
            return Choice(start, seat.end, seat.place, SITE_SCORE, why, "site")
    # towns people come from or go to place no site ("na Trgu slobode ... gosti iz Podgorice")
    # while another place does; with no other, the site is near them ("Parku prirode Vransko
    # jezero ... ribolovaca iz Zadra")
    # (nor does a far place after a first name: "Mosta Blaža Jovanovića" after "Bulevar
    # Džordža Vašingtona")
    others = [c for c in places if c.end <= start or c.start >= end]
    staying = [
        c for c in others if not origin_or_goal(doc, c, start, end) and not surname_abroad(doc, c)
    ]
    found = anchored(doc, staying, start, end, "site", SITE_SCORE, "local site, named")
    if found is None and len(staying) < len(others):
        found = anchored(doc, others, start, end, "site", SITE_SCORE, "local site, named")
    town = adjective_town(doc, start) if start < hit.start else None
    if town is not None and (found is None or found.reason.endswith("by its context")):
        return Choice(start, end, town, SITE_SCORE, "local site named after its town", "site")
    return found


def _villages(
    doc: Doc, places: list[Choice], hit: Hit, extra: tuple[Choice, ...] = ()
) -> list[Choice]:
    """ "kod sela Bajice", "v vasi Bajice", "fshati Gjadër": a village the text names, at the
    name alone, unless the gazetteer knows it there already; after a plural noun, each
    village of the list it opens ("u selima Trnava, Pavlje i Deževa", "селата Пештани и
    Трпејца", "fshatrat Poroj dhe Xhepçisht")."""
    text = doc.text
    if hit.value.noun.startswith("zajednic"):
        # "mjesna zajednica" (a village's local community), never a people's "zajednica"
        prev, gap = doc.prev_word(hit.start)
        if gap != " " or not doc.fold(prev).lower().startswith(("mjesn", "mesn")):
            return []
    found: list[Choice] = []
    pos = hit.end
    others: list[Choice] | None = None
    for _ in range(_MAX_VILLAGES):
        end = _name_end(text, pos)
        if end is None:
            break
        start = pos + 1
        if not text[start : start + 1].isupper():
            break
        end = with_village_noun(text, end)
        genitive = _GENITIVE_TAIL.match(text, end)
        if genitive is not None and not any(c.end == genitive.end() for c in places):
            # "lagjet ... Kodra e Diellit": one name, not two villages ("Spitallë të Durrësit"
            # is a quarter of a town the rules read)
            end = genitive.end()
        known = next((c for c in places if c.start <= start < c.end), None)
        if known is None or (known.start, known.end) == (start, end):
            if others is None:
                others = _outside_list(doc, places, hit.end)
            village = anchored(doc, others, start, end, "city", VILLAGE_SCORE, VILLAGE_REASON)
            village = _home_village(doc, village)
            shore = side_after(doc, extra, end) if village is not None else None
            if village is not None and shore is not None:
                # "во селото Псарадес, на грчкиот брег": the side or shore the text names
                village = village._replace(place=shore, reason=f"{VILLAGE_REASON}, on its side")
            if village is not None and (known is None or _elsewhere(doc, known, village)):
                found.append(village)
        join = _VILLAGE_JOIN.match(text, end)
        if join is None:
            break
        pos = join.end() - 1  # the space before the next name
    return found


#: The states whose Cyrillic language no other state writes: Macedonian, Serbian ekavian.
_ONE_STATE_SCRIPTS = frozenset(("MK", "RS"))


def _home_village(doc: Doc, village: Choice | None) -> Choice | None:
    """A village only the story's context placed, in another state than the one whose
    language the text is written in, is the home state's ("селата Пештани и Љубаништа" after
    a guest from Belgrade are Macedonian villages): the settlement noun of a text's own
    language names its own villages.  Only for a Cyrillic name in a language one state
    writes (Macedonian, Serbian ekavian); Albanian, ijekavian and Latin Serbian are written
    on both sides of borders."""
    if village is None or not village.reason.endswith("by its context"):
        return village
    home = home_country(doc.text)
    if home not in _ONE_STATE_SCRIPTS or not is_cyrillic(doc.text[village.start]):
        return village
    idx = doc.gaz.country_place.get(home)
    if idx is None or doc.gaz.places[village.place].country == home:
        return village
    return village._replace(place=idx, reason=f"{VILLAGE_REASON}, in the text's state")


#: The reason of a village a settlement noun names (``resolve`` drops a namesake it replaces).
VILLAGE_REASON = "village named by the text"


def _outside_list(doc: Doc, places: list[Choice], pos: int) -> list[Choice]:
    """The places the villages of a list may be placed by: those outside the list's names,
    which the list's own reading (a namesake abroad, shared by list coherence) does not say."""
    stop = pos
    while True:
        end = _name_end(doc.text, stop)
        join = _VILLAGE_JOIN.match(doc.text, end) if end is not None else None
        if end is None or not doc.text[stop + 1 : stop + 2].isupper():
            break
        stop = end
        if join is None:
            break
        stop = join.end() - 1
    return [c for c in places if c.end <= pos or c.start >= stop]


def _elsewhere(doc: Doc, known: Choice, village: Choice) -> bool:
    """Whether the gazetteer reads a village's name as a namesake outside the region while the
    story's places around it are in the region: "u selima Trnava, Pavlje i Deževa" in a story
    from Novi Pazar are Serbian villages, not the Slovak city (which list coherence had given
    the whole list).  The settlement noun says a village is meant, which the places around
    place.  A reading inside the region stays: the gazetteer knows the region's villages
    ("sela Banjska" is Kosovo's, whatever Serbian town the sentence names)."""
    gplaces = doc.gaz.places
    return (
        known.level is None
        and gplaces[known.place].country not in _REGION
        and gplaces[village.place].country in _REGION
    )


#: What joins the villages of one list: a comma, "i", "in", "dhe", "и".
_VILLAGE_JOIN = re.compile(r"(?:,| i| in| dhe| e| и| и) ")
#: An Albanian name's genitive tail ("Kodra e Diellit", "Fusha e Pajtimit"): its link and a
#: capitalised word in a genitive ending, which "e" (and) before a name in the nominative
#: ("Balldren e Kallmet") is not.
_GENITIVE_TAIL = re.compile(r" (?:e|i|të|së) [A-ZÇË][a-zçë]+(?:it|ës|ut|së|ve)(?![\w-])")
#: How many villages one noun's list may name.
_MAX_VILLAGES = 5


def _unit(doc: Doc, places: list[Choice], hit: Hit) -> Choice | None:
    """ "qarkun e Shkodrës": the county whose seat the text names after the noun, at the whole
    span, as "Shkodër County" is in English; the town's own unit when the gazetteer has it."""
    link = _NAME_WORD.match(doc.text, hit.end + 1)
    if link is None or link.group() not in _LINKS:
        return None
    seat = next((c for c in places if c.start == link.end() + 1 and c.level is None), None)
    if seat is not None and hit.value.noun.startswith("rajon"):
        return district(doc, hit, seat)
    if seat is None or doc.gaz.places[seat.place].level != "city":
        return None
    town = doc.gaz.places[seat.place]
    if town.country != "AL":
        # a qark is Albania's: its seat is the Albanian town of that name ("qarku i Dibrës" is
        # Dibër County, whose "Dibra" is also Debar's Albanian name across the border)
        town = _albanian_seat(doc, seat.start) or town
    unit = next(
        (
            i
            for i, p in enumerate(doc.gaz.places)
            if p.level == "admin1" and p.country == town.country and p.admin1 == town.admin1
        ),
        seat.place,
    )
    return Choice(hit.start, seat.end, unit, SITE_SCORE, "county named by its seat", "admin1")


def _albanian_seat(doc: Doc, start: int) -> Place | None:
    """The Albanian town among the candidates of the name at ``start``, if any."""
    for hit in doc.by_start.get(start, ()):
        for cand in hit.value:
            if isinstance(cand, Candidate):
                place = doc.gaz.places[cand.place]
                if place.country == "AL" and place.level == "city":
                    return place
    return None


#: A day's number opening a site's name, which a month's name follows.
_DAY = re.compile(r"[1-3]?\d ")
#: Site nouns that "na" follows only to say where they stand ("dvorane na Novom Beogradu"),
#: as it names a bridge or a stadium ("most na Adi", "stadion na Koševu").
_NOT_ON = frozenset(("dvorana", "muzej"))


def _name_end(text: str, pos: int, on: bool = True) -> int | None:
    """Where the name after a site noun ends: a capitalised run ("Nikola Tesla"), after an
    Albanian link ("e Ibrit"), "na" ("na Adi", when ``on``) or "pod" ("Stadion pod Goricom");
    None when no name follows."""
    if not text.startswith(" ", pos):
        return None
    pos += 1
    m = _NAME_WORD.match(text, pos)
    if m is not None and (m.group() in _LINKS or (on and m.group() == "na") or m.group() == "pod"):
        pos = m.end() + 1
        m = _NAME_WORD.match(text, pos) if text.startswith(" ", m.end()) else None
    elif m is None:
        day = _DAY.match(text, pos)  # "болницата 8 Септември", "sallën 1 Tetori": a date's name
        if day is not None and text[day.end()].isupper():
            m = _NAME_WORD.match(text, day.end())
    end = None
    for _ in range(_MAX_NAME_WORDS):
        if m is None or not m.group().lstrip('„“"«')[:1].isupper():
            break
        word = m.group()
        end = m.end()
        if word[-1] in ".’'" or not text.startswith(" ", end):
            break
        m = _NAME_WORD.match(text, end + 1)
    if end is not None and text[end - 1] == ".":
        end -= 1
    return end
