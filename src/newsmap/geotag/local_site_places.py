"""Where a local site stands when no place inside its name says: the towns of its sentence
that people come from or go to place nothing, nor does the goal of a site people leave from;
a story that opens on a site places it by the text's language or the next town; a state
abroad that only the sentence's context offers yields to the text's own state.  Apart from
``local_sites``, which finds the names, as ``site_anchor`` is apart from ``sites``.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.home import home_country, latin_language
from newsmap.geotag.sites import SITE_SCORE
from newsmap.model import NEIGHBOUR_COUNTRIES, REGION_COUNTRIES

_REGION = frozenset(REGION_COUNTRIES)
_NEARBY = _REGION | frozenset(NEIGHBOUR_COUNTRIES)


def surname_abroad(doc: Doc, place: Choice) -> bool:
    """Whether a far place's name follows a capitalised word inside a sentence: "Bulevar
    Džordža Vašingtona", "ulica Šarla de Gola" name a person, whose surname places no site."""
    prev, gap = doc.prev_word(place.start)
    if gap != " " or not prev[:1].isupper() or not prev[1:].islower():
        return False
    if doc.gaz.places[place.place].country in _NEARBY:
        return False
    return not doc.sentence_initial(place.start - 1 - len(prev))


#: Prepositions of motion, folded: a town after "from" or "to" is where a flight, a road or
#: a guest comes from or goes, not where the site stands ("na aerodromu ... iz Podgorice",
#: "na letališču ... do Prištine"): iz, od, do, za, ka, prema (BCMS, Slovenian, Macedonian
#: "од", "до", "за", "кон") and Albanian "nga", "drejt", "për".
_MOTION = frozenset("iz od do za ka prema proti kon nga drejt per".split())


#: What joins the towns of one list ("iz Makarske i Sinja", "nga Prishtina, Podujeva dhe
#: Ferizaj", "од Струмица и Гевгелија"), folded: the list's later towns follow its preposition.
_LIST_JOINS = frozenset(("i", "in", "dhe", "e", "ili", "ose"))
#: How many towns back a list may run to its preposition.
_LIST_REACH = 4


#: Prepositions of leaving, folded: "sa", "s", "iz", "od" (BCMS), "z", "iz" (Slovenian),
#: "од" (Macedonian), "nga" (Albanian).
_FROM = frozenset("sa s iz od z nga".split())


def left_from(doc: Doc, start: int) -> bool:
    """Whether a preposition of leaving stands right before a site's name."""
    prev, gap = doc.prev_word(start)
    return gap == " " and doc.fold(prev).lower() in _FROM


def origin_or_goal(doc: Doc, place: Choice, start: int, end: int) -> bool:
    """Whether a town outside the site's span follows a preposition of motion, itself or as a
    later town of a list that one opens ("navijači iz Splita, Makarske i Sinja" came from all
    three: the stadium of the sentence stands in none of them)."""
    if start <= place.start < end:
        return False
    pos = place.start
    for _ in range(_LIST_REACH):
        prev, gap = doc.prev_word(pos)
        if gap == " " and doc.fold(prev).lower() in _MOTION:
            return True
        if gap == " " and doc.fold(prev).lower() in _LIST_JOINS:
            pos -= len(gap) + len(prev)  # "Makarske i Sinja": the town before the join next
            prev, gap = doc.prev_word(pos)
            if gap != " ":
                return False
        elif gap not in (", ", ","):
            return False
        if not prev[:1].isupper():
            return False  # the list's town before the join or comma
        pos -= len(gap) + len(prev)
    return False


def by_a_state_abroad(doc: Doc, found: Choice) -> bool:
    """Whether a site only its context placed took a state outside the region, no town: "во
    салата Јане Сандански против шампионот на Унгарија" names the champion's state, while a
    hall named by a local noun stands, unless a town says otherwise, in the text's own state."""
    place = doc.gaz.places[found.place]
    return (
        found.reason.endswith("by its context")
        and place.level == "country"
        and place.country not in _REGION
    )


def by_language(doc: Doc, start: int, end: int) -> Choice | None:
    """A site whose sentence and the text before it name no place ("Na graničnom prelazu
    Batrovci ..." opening a story) stands in the state the text's language points to: the
    region state its variety is written in (``home_country``), or Slovenia for Slovenian.
    A town named only later would often be where people come from, not where the site is."""
    state = home_country(doc.text)
    if state is None and latin_language(doc.text) == "sl":
        state = "SI"
    idx = doc.gaz.country_place.get(state) if state is not None else None
    if idx is None:
        return None
    return Choice(start, end, idx, SITE_SCORE, "local site, placed by the text's language", "site")


def by_next_town(doc: Doc, places: list[Choice], start: int, end: int) -> Choice | None:
    """A site opening a story in a language several states write ("Na graničnom prelazu
    Debeli Brijeg ..." in ijekavian) stands where the first town named after it is, within a
    few sentences, when that town is no origin or goal (the caller leaves out "iz Hrvatske")."""
    gaz = doc.gaz
    for c in places:
        if end <= c.start < end + _NEXT_TOWN_REACH and c.level is None:
            if gaz.places[c.place].level == "city":
                why = "local site, placed by the next town"
                return Choice(start, end, c.place, SITE_SCORE, why, "site")
    return None


#: How far after a site its town may be named (characters: two or three sentences).
_NEXT_TOWN_REACH = 300
