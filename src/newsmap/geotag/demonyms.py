"""Step 4 of resolving: demonyms and state adjectives as mentions of the state they stand for.

"The Serbian government" is Serbia acting; "Kosovo Serbs" are the people of a place; "the
Serbian border" is Serbia's territory.  Each demonym hit goes through an ordered list of
readings; the first that fits decides the span (the whole phrase), the state and the reason.
Ethnic uses take the state the people live in, read from the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from newsmap.geotag import words
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import DemonymWord
from newsmap.geotag.matcher import Hit
from newsmap.model import NEIGHBOUR_COUNTRIES, REGION_COUNTRIES

_CONTEXT_COUNTRIES = frozenset(REGION_COUNTRIES) | frozenset(NEIGHBOUR_COUNTRIES)
ETHNIC_REASON = "ethnic group, state from context"


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted({p.replace(" ", r"\s+") for p in phrases}, key=len, reverse=True)
    return re.compile(r"\s+(" + "|".join(alts) + r")\b", re.IGNORECASE)


_INSTITUTION = _phrase_pattern(words.INSTITUTION_NOUNS)
_PLACE_NOUN = _phrase_pattern(words.PLACE_NOUNS)
_ETHNIC_NOUN = _phrase_pattern(words.ETHNIC_NOUNS)
_STATE_ROLES = ("state", "both")
_PEOPLE_ROLES = ("people", "ethnic")


class Phrase(NamedTuple):
    """A demonym hit with the words before it, as every reading sees it."""

    doc: Doc
    hit: Hit
    word: DemonymWord
    places: list[Choice]  # the document's place decisions, by start
    prev: str
    gap: str
    ethnic: bool  # "ethnic Albanians"
    start: int  # the hit's start, or the start of "ethnic" before it


class Reading(NamedTuple):
    state: str
    start: int
    end: int
    reason: str
    level: str = "demonym"


ReadingRule = Callable[[Phrase], "Reading | None"]


def _with_institution(text: str, end: int) -> int:
    """``end`` moved past an institution noun that follows it ("Serb leader"), if any."""
    m = _INSTITUTION.match(text, end)
    return m.end() if m else end


def _people_of_a_place(p: Phrase) -> Reading | None:
    """ "Kosovo Serbs", "Bosnian Serb leader": a people word after a state's name or adjective."""
    if p.word.role not in _PEOPLE_ROLES or p.gap not in (" ", "-"):
        return None
    hit, doc = p.hit, p.doc
    found: Reading | None = None
    for c in p.places:
        if c.end == hit.start - 1 and c.level is None:
            place = doc.gaz.places[c.place]
            if place.level == "country" and place.country:
                found = Reading(place.country, c.start, hit.end, "people of a named state")
    if found is None:
        prev_dem = words.FOLDED_DEMONYMS.get(doc.fold(p.prev).strip())
        if prev_dem and prev_dem[1] in _STATE_ROLES:
            start = hit.start - len(p.prev) - len(p.gap)
            found = Reading(prev_dem[0], start, hit.end, "people of a state")
    if found is None:
        return None
    return found._replace(end=_with_institution(doc.text, hit.end))


def _state_then_people(p: Phrase) -> Reading | None:
    """ "Serbian Serbs" read forward: a state adjective before a people word."""
    if p.word.role not in _STATE_ROLES:
        return None
    doc, end = p.doc, p.hit.end
    between, nxt = doc.next_word(end)
    nxt_dem = words.FOLDED_DEMONYMS.get(doc.fold(nxt)) if between in (" ", "-") else None
    if not (nxt_dem and nxt_dem[1] in _PEOPLE_ROLES):
        return None
    end = _with_institution(doc.text, end + len(between) + len(nxt))
    return Reading(p.word.country, p.start, end, "people of a state")


def _state_institution(p: Phrase) -> Reading | None:
    """ "the Serbian government", "Montenegrin police"."""
    if p.word.role not in _STATE_ROLES or p.ethnic:
        return None
    m = _INSTITUTION.match(p.doc.text, p.hit.end)
    if m is None:
        return None
    return Reading(p.word.country, p.start, m.end(), "state adjective with an institution")


def _state_territory(p: Phrase) -> Reading | None:
    """ "the Serbian border", "Albanian airspace": the country itself."""
    if p.word.role not in _STATE_ROLES or p.ethnic:
        return None
    m = _PLACE_NOUN.match(p.doc.text, p.hit.end)
    if m is None:
        return None
    return Reading(p.word.country, p.start, m.end(), "state adjective with a place noun", "country")


def _ethnic_group(p: Phrase) -> Reading | None:
    """ "the Serb community", "ethnic Albanians": a people, in the state they live in."""
    text, end, role = p.doc.text, p.hit.end, p.word.role
    m_eth = _ETHNIC_NOUN.match(text, end)
    m_inst = _INSTITUTION.match(text, end) if role == "ethnic" else None
    if not (m_eth or p.ethnic or role == "people" or m_inst):
        return None
    if m_eth:
        end = m_eth.end()
    elif m_inst:
        end = m_inst.end()
    state = context_country(p.doc, p.hit.start, p.places) or p.word.country
    return Reading(state, p.start, end, ETHNIC_REASON)


#: In the order they are tried; a demonym no reading fits is not a mention.
READINGS: tuple[ReadingRule, ...] = (
    _people_of_a_place,
    _state_then_people,
    _state_institution,
    _state_territory,
    _ethnic_group,
)


def resolve_demonym(doc: Doc, hit: Hit, word: DemonymWord, places: list[Choice]) -> Choice | None:
    """The mention a demonym makes, or None (lower case, half of a compound, no reading)."""
    text = doc.text
    if not text[hit.start : hit.start + 1].isupper():
        return None
    if text[hit.start - 1 : hit.start] == "-":
        return None  # second half of a compound ("Albanian-American"): an adjective, no state
    prev, gap = doc.prev_word(hit.start)
    ethnic = doc.fold(prev).strip() == "ethnic"
    start = hit.start - len(prev) - len(gap) if ethnic else hit.start
    phrase = Phrase(doc, hit, word, places, prev, gap, ethnic, start)
    for rule in READINGS:
        found = rule(phrase)
        if found is not None:
            break
    else:
        return None
    idx = doc.gaz.country_place.get(found.state)
    if idx is None:
        return None
    score = 0.8 if found.reason != ETHNIC_REASON else 0.6
    return Choice(found.start, found.end, idx, score, found.reason, level=found.level)


def context_country(doc: Doc, pos: int, places: list[Choice]) -> str | None:
    """The country of the nearest place in the sentence, else of a region place just before.

    Within the sentence any country counts ("Hungarians voted in Budapest" are Hungary's);
    reaching back to earlier sentences, only the region and its neighbours do.
    """
    s_start, s_end = doc.sentence_bounds(pos)
    best: tuple[int, str] | None = None
    for c in places:
        p = doc.gaz.places[c.place]
        if p.country is None or c.level is not None:
            continue
        if s_start <= c.start < s_end:
            dist = abs(c.start - pos)
            if best is None or dist < best[0]:
                best = (dist, p.country)
    if best:
        return best[1]
    prior = [
        c
        for c in places
        if c.end <= s_start
        and c.level is None
        and doc.gaz.places[c.place].country in _CONTEXT_COUNTRIES
    ]
    if prior and s_start - prior[-1].end < 600:
        return doc.gaz.places[prior[-1].place].country
    return None
