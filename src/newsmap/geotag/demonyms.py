"""Step 4 of resolving: demonyms and state adjectives as mentions of the state they stand for.

A state adjective names the state in any phrase about the state, its institutions, officials,
documents, currency or citizens ("the Serbian government", "Serbian passports", "the Croatian
kuna", "of Serbian origin"); a people word after a place is a resident compound of that place
("Kosovo Serbs", "Bosnian Serb leader").  Ethnic groups, languages and churches are not
places ("Serbs", "ethnic Albanians", "the Serb community", "Albanian-speaking", "Serbian
Orthodox"): they add no mention.  Each demonym hit goes through an ordered list of readings;
the first that decides gives the span, the state and the reason, or says why there is none.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import NamedTuple

from newsmap.geotag import words
from newsmap.geotag.choice import START_OF, Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import DemonymWord
from newsmap.geotag.folding import fold
from newsmap.geotag.language_adjectives import language_after_in
from newsmap.geotag.matcher import Hit
from newsmap.geotag.phrase_gate import PhraseGate
from newsmap.geotag.phrase_heads import NOT_A_NOUN, head_end
from newsmap.geotag.private_nouns import (
    IN_A_NAME,
    PRIVATE_NOUN,
    PRIVATE_NOUNS,
    before_a_name,
    private_phrase,
)
from newsmap.geotag.sentence_country import context_country
from newsmap.model import REGION_COUNTRIES

_REGION = frozenset(REGION_COUNTRIES)


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted({p.replace(" ", r"\s+") for p in phrases}, key=len, reverse=True)
    return re.compile(r"\s+(" + "|".join(alts) + r")\b", re.IGNORECASE)


_INSTITUTION = _phrase_pattern(words.INSTITUTION_NOUNS + words.STATE_NOUNS)
#: Where ``_INSTITUTION`` cannot match, read without it (``phrase_gate``).
INSTITUTION_GATE = PhraseGate(words.INSTITUTION_NOUNS + words.STATE_NOUNS)
_PLACE_NOUN = _phrase_pattern(words.PLACE_NOUNS)
_STATE_ROLES = ("state", "both")
#: More states' adjectives ("French and Dutch police"), folded: they share a noun too.
_MORE_ADJECTIVES = {fold(w): v for w, v in words.MORE_STATE_ADJECTIVES.items()}
_PEOPLE_ROLES = ("people", "ethnic", "both")


class Phrase(NamedTuple):
    """A demonym hit with the words around it, as every reading sees it."""

    doc: Doc
    hit: Hit
    word: DemonymWord
    places: list[Choice]  # the document's place decisions, by start
    prev: str
    gap: str


class Reading(NamedTuple):
    """What a demonym stands for: a state (by code) or a place (by index), and the span."""

    state: str | None
    start: int
    end: int
    reason: str
    level: str = "demonym"
    place: int | None = None  # a resident compound's place


#: A reading decides (a Reading, or a reason string for no mention) or passes (None).
ReadingRule = Callable[[Phrase], "Reading | str | None"]


def _with_institution(text: str, end: int) -> int:
    """``end`` moved past an institution noun that follows it ("Serb leader"), if any."""
    m = _INSTITUTION.match(text, end) if INSTITUTION_GATE.may_match(text, end) else None
    return m.end() if m else end


def _compound_half(p: Phrase) -> Reading | str | None:
    """ "Albanian-American", "Albanian-speaking", "Serb-majority": a compound, not a state."""
    text, hit = p.doc.text, p.hit
    if text[hit.start - 1 : hit.start] == "-" or text[hit.end : hit.end + 1] == "-":
        return "half of a compound"
    return None


#: The last word of a party's or movement's English name ("the Serbian Progressive Party",
#: "the Serb List", "the Albanian Alliance", "the Bosnian Serb Democratic Front").
_PARTY_WORDS = frozenset(
    ("Party", "List", "League", "Movement", "Alliance", "Coalition", "Union", "Front", "Bloc")
)
_PARTY_REACH = 4  # capitalised words read after the adjective for a party word
#: The reason of a party's name: ``resolve`` keeps it out of the mentions, for ``focus`` only.
PARTY_NAME = "a party's name"


def _party_name(p: Phrase) -> Reading | str | None:
    """ "the Serbian Progressive Party", "the Serb List": a party named with a state's or a
    people's adjective is a party, as "Democratic Party of Kosovo" names no place (a state's
    own institutions are lower case in English, or end in an institution noun).  A state's
    adjective still says whose politics the story is about: read as ``PARTY_NAME``, which
    ``resolve`` sets apart from the mentions; a people's names no state at all."""
    doc, end = p.doc, p.hit.end
    if not doc.text[end + 1 : end + 2].isupper():
        return None  # "the Serbian government": lower case, no name
    for _ in range(_PARTY_REACH):
        between, nxt = doc.next_word(end)
        if between != " " or not nxt[:1].isupper():
            return None
        if nxt in _PARTY_WORDS:
            if p.word.role not in _STATE_ROLES:
                return PARTY_NAME
            return Reading(p.word.country, p.hit.start, p.hit.end, PARTY_NAME)
        end += 1 + len(nxt)
    return None


def _resident_compound(p: Phrase) -> Reading | str | None:
    """ "Kosovo Serbs", "Sarajevo Croats", "Bosnian Serb leader": the people of a place."""
    if p.word.role not in _PEOPLE_ROLES or p.gap != " ":
        return None
    hit, doc = p.hit, p.doc
    end = _with_institution(doc.text, hit.end)
    c = _place_ending_at(p.places, hit.start - 1)
    if c is not None:
        place = doc.gaz.places[c.place]
        if place.country is not None and place.level in ("country", "admin1", "city"):
            return Reading(place.country, c.start, end, "people of a named place", place=c.place)
    prev_dem = words.FOLDED_DEMONYMS.get(doc.fold(p.prev).strip())
    if prev_dem and prev_dem[1] in _STATE_ROLES:
        start = hit.start - len(p.prev) - len(p.gap)
        return Reading(prev_dem[0], start, end, "people of a state")
    return None


def _place_ending_at(places: list[Choice], end: int) -> Choice | None:
    """The last place decision (not a demonym) that ends at ``end``; places are by start."""
    i = bisect.bisect_left(places, end, key=START_OF)
    for c in reversed(places[max(0, i - 8) : i]):
        if c.end == end and c.level is None:
            return c
    return None


def _state_then_people(p: Phrase) -> Reading | str | None:
    """ "Bosnian Serb" read from the adjective: a state adjective before a people word."""
    if p.word.role not in _STATE_ROLES:
        return None
    doc, end = p.doc, p.hit.end
    between, nxt = doc.next_word(end)
    nxt_dem = words.FOLDED_DEMONYMS.get(doc.fold(nxt)) if between == " " else None
    if not (nxt_dem and nxt_dem[1] in ("people", "ethnic")):
        return None
    end = _with_institution(doc.text, end + len(between) + len(nxt))
    return Reading(p.word.country, p.hit.start, end, "people of a state")


def _citizens(p: Phrase) -> Reading | str | None:
    """ "Kosovars", "Bosnians": a state's people as such."""
    if p.word.role != "citizens":
        return None
    return Reading(p.word.country, p.hit.start, p.hit.end, "citizens of a state")


def _ethnic_group(p: Phrase) -> Reading | str | None:
    """ "Serbs", "ethnic Albanians", "the Serb community": a people, which is not a place."""
    if p.word.role in ("people", "ethnic"):
        return "an ethnic group"
    if p.doc.fold(p.prev).strip() == "ethnic":
        return "an ethnic group"
    return None


def _not_the_state(p: Phrase) -> Reading | str | None:
    """ "Serbian Orthodox", "Albanian speakers", "in Serbian and": a faith, a language, a people."""
    if language_after_in(p.doc, p.hit.start, p.prev):
        return "a language"
    between, nxt = p.doc.next_word(p.hit.end)
    if between != " " or not nxt:
        return "a language or a people, not followed by what it qualifies"
    first = nxt.split("-")[0].lower()
    if first in words.NOT_STATE_NOUNS and not _ministry_after(p.doc, p.hit.end + 1 + len(nxt)):
        return "a people, a language or a faith"
    if first in NOT_A_NOUN and nxt.islower():
        return "a language or a people, used as a noun"
    return None


#: A ministry's or minister's noun after a topic word ("the Serbian culture ministry", "the
#: Montenegrin minority rights minister"): the state's institution, whatever the topic.
_MINISTRY = frozenset(("ministry", "minister", "ministers", "ministry's"))


def _ministry_after(doc: Doc, end: int) -> bool:
    """Whether a ministry's noun follows at ``end``, one more topic word between at most."""
    between, nxt = doc.next_word(end)
    if between != " ":
        return False
    if nxt in _MINISTRY:
        return True
    between, after = doc.next_word(end + 1 + len(nxt))
    return between == " " and nxt.islower() and after in _MINISTRY


def _shared_noun(p: Phrase) -> Reading | str | None:
    """ "Montenegrin and Serbian authorities", "Italian, Greek and Austrian troops": an
    adjective that shares the noun of the state adjectives after it names its own state.

    The noun is read after the last adjective of the run; a people's, a language's or a
    faith's noun ("Serbian and Albanian speakers") or none makes no state of any of them,
    and "in Serbian and Albanian" is a language whatever follows.
    """
    if p.word.role not in _STATE_ROLES or language_after_in(p.doc, p.hit.start, p.prev):
        return None
    doc, end = p.doc, p.hit.end
    seen = 0
    while seen < 4:
        between, nxt = doc.next_word(end)
        if between.strip() not in ("", ",") or doc.fold(nxt) not in ("and", "or"):
            if between != ", " or doc.fold(nxt) not in words.FOLDED_DEMONYMS:
                break
            end += len(between) + len(nxt)  # "Italian, Greek ..."
            seen += 1
            continue
        end += len(between) + len(nxt)
        between, nxt = doc.next_word(end)
        if between == " " and nxt in ("a", "an"):  # "a Romanian and a Turkish contingent"
            end += len(between) + len(nxt)
            between, nxt = doc.next_word(end)
        folded = doc.fold(nxt)
        dem = words.FOLDED_DEMONYMS.get(folded) or _MORE_ADJECTIVES.get(folded)
        if between != " " or not nxt[:1].isupper() or dem is None or dem[1] not in _STATE_ROLES:
            return None
        end += len(between) + len(nxt)
        between, noun = doc.next_word(end)
        first = noun.split("-")[0].lower()
        if between != " " or not noun.islower() or first in words.NOT_STATE_NOUNS:
            return None
        if first in NOT_A_NOUN or first in ("and", "or"):
            return None
        if first in PRIVATE_NOUNS:  # "British and German tourists": an origin each
            return Reading(p.word.country, p.hit.start, p.hit.end, PRIVATE_NOUN)
        return Reading(p.word.country, p.hit.start, p.hit.end, "state adjective sharing a noun")
    return None


def _people_abroad(p: Phrase) -> Reading | str | None:
    """ "Albanian parties in Ulcinj": a people's groups where the sentence is in another state."""
    if p.word.role != "both":
        return None
    between, nxt = p.doc.next_word(p.hit.end)
    if between != " " or nxt not in words.GROUP_NOUNS:
        return None
    here = context_country(p.doc, p.hit.start, p.places)
    if here is not None and here != p.word.country and here in _REGION:
        return "a people's group in another state"
    return None


def _state_territory(p: Phrase) -> Reading | str | None:
    """ "the Serbian border", "Albanian airspace": the country, as a state adjective.

    A demonym like any other state phrase (every gold set marks it so): as a plain country
    mention it would count as a toponym the text does not name.
    """
    m = _PLACE_NOUN.match(p.doc.text, p.hit.end)
    if m is None:
        return None
    return Reading(p.word.country, p.hit.start, m.end(), "state adjective with a place noun")


def _state_institution(p: Phrase) -> Reading | str | None:
    """ "the Serbian government", "an Albanian court", "Bosnian border police": the state."""
    text, end = p.doc.text, p.hit.end
    m = _INSTITUTION.match(text, end) if INSTITUTION_GATE.may_match(text, end) else None
    if m is None:
        return None
    return Reading(p.word.country, p.hit.start, m.end(), "state adjective with an institution")


def _state_phrase(p: Phrase) -> Reading | str | None:
    """ "Serbian exports", "a Kosovar farmer": whatever else the adjective qualifies, with the
    institution noun after it ("the Serbian transport minister"); not a capitalised name the
    adjective is part of ("the Austrian Red Cross").  Before private people, firms, goods or
    culture ("Serbian tourists", "a Chinese firm") or a name the phrase tells an origin, not a
    place of the story: read with its own reason, which ``focus`` does not weigh."""
    end = p.hit.end
    if before_a_name(p.doc, end):
        return Reading(p.word.country, p.hit.start, end, IN_A_NAME)
    reason = PRIVATE_NOUN if private_phrase(p.doc, end) else "state adjective"
    between, nxt = p.doc.next_word(end)
    if between == " " and nxt.islower():
        end = _with_institution(p.doc.text, end + 1 + len(nxt))
    return Reading(p.word.country, p.hit.start, end, reason)


#: Matcher keys that name Macedonia without saying which: they vouch for no state.
_BARE_MACEDONIA = frozenset((" macedonia ", " macedonian ", " macedonians "))


def _greek_macedonian(p: Phrase) -> Reading | str | None:
    """ "the Macedonian Struggle Museum in Thessaloniki": Greece's region, not the state.

    "Macedonian" alone in a sentence placed in Greece, in a document that names no place of
    North Macedonia, is the adjective of the Greek region.
    """
    if p.word.country != "MK" or p.doc.fold(p.doc.text[p.hit.start : p.hit.end]) != "macedonian":
        return None
    if any(k not in _BARE_MACEDONIA for k in p.doc.support.get("MK", ())):
        return None  # Skopje, Tetovo, "North Macedonia": the state is in the story
    if context_country(p.doc, p.hit.start, p.places) == "GR":
        return "Greek Macedonia's adjective"
    return None


#: In the order they are tried; the first that decides gives the reading or its absence.
READINGS: tuple[ReadingRule, ...] = (
    _greek_macedonian,
    _compound_half,
    _party_name,
    _resident_compound,
    _state_then_people,
    _citizens,
    _ethnic_group,
    _shared_noun,
    _not_the_state,
    _people_abroad,
    _state_institution,
    _state_territory,
    _state_phrase,
)


def read_demonym(doc: Doc, hit: Hit, word: DemonymWord, places: list[Choice]) -> Reading | str:
    """The reading of a demonym hit, or the reason it names no place."""
    if not doc.text[hit.start : hit.start + 1].isupper():
        return "not capitalised"
    prev, gap = doc.prev_word(hit.start)
    phrase = Phrase(doc, hit, word, places, prev, gap)
    for rule in READINGS:
        found = rule(phrase)
        if found is not None:
            return found
    return "no reading"


def resolve_demonym(doc: Doc, hit: Hit, word: DemonymWord, places: list[Choice]) -> Choice | None:
    """The mention a demonym makes, or None."""
    found = read_demonym(doc, hit, word, places)
    if isinstance(found, str) or found.state is None:
        return None
    idx = found.place if found.place is not None else doc.gaz.country_place.get(found.state)
    if idx is None:
        return None
    end = head_end(doc, found.end) if found.reason in _HEADED else found.end
    return Choice(found.start, end, idx, 0.8, found.reason, level=found.level)


#: The readings whose phrase runs on to the noun it ends with.
_HEADED = frozenset(
    (
        "state adjective",
        PRIVATE_NOUN,
        "state adjective with an institution",
        "people of a named place",
        "people of a state",
    )
)
