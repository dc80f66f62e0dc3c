"""Who takes part in a local-language story, beyond where it happens (``focus``).

Two readings of local text that the weights of ``focus`` cannot make alone:

- The other party of talks: "sastanak sa Srbijom", "takim me Serbinë", "разговорите со
  Србија", "pogovori s Severno Makedonijo".  A state named after "with" in a sentence about
  talks, meetings, agreements or relations is one of the two sides, and a story about the
  talks is about both, even when the partner is named once and the host many times.
- A club named after its town or state: "Dinamo je svladao Sarajevo 3:1", "Košarkarji so
  premagali Bosno", "Вардар го победија Загреб".  In a sentence about sport, a place that
  no preposition governs is a team, which plays wherever it is drawn; "u Sarajevu", "iz
  Banje Luke", "во Скопје" stay places.  It weighs nothing for a state.

Both look only at local-language text: English has its own rules for talks and clubs, and
these words ("me", "s", "liga") mean other things there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmap.geotag import words
from newsmap.geotag.folding import fold
from newsmap.geotag.home import latin_language
from newsmap.geotag.listed_states import listed_with_another
from newsmap.model import REGION_COUNTRIES, Mention

_REGION = frozenset(REGION_COUNTRIES)
#: A sentence ends at a stop after a word (not the ordinal dot of "31. oktobra") or a line:
#: ``(?<![\d\s])[.!?][\"”»’)]*(?:\s|$)|\n``, spelt to open with the class of its first
#: characters, so that the scan skips to them instead of trying a match at every character
#: (six times faster on an article; tests/unit/geotag/test_fast_paths.py holds it equal).
SENTENCE_END_PLAIN = r"(?<![\d\s])[.!?][\"”»’)]*(?:\s|$)|\n"
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<![\d\s].)[\"”»’)]*(?:\s|$))")

#: "With", as written before the partner: BCMS "sa"/"s", Slovenian "s"/"z", Albanian "me",
#: Macedonian "со" (Serbian Cyrillic "са").  Raw, not folded: folded "so" is Slovenian "are".
_WITH = frozenset(("sa", "Sa", "s", "S", "z", "Z", "me", "Me", "со", "Со", "са", "Са"))
#: How the words for talks, meetings, agreements, cooperation and relations begin, folded:
#: BCMS, Slovenian, Albanian and (transliterated) Macedonian.
_TALK = re.compile(
    r"\b(?:sastan|sasta|razgovor|razgovar|pregovor|pregovar|dijalog|dialog|sporazum|dogovor"
    r"|dogovar|saradnj|suradnj|sodelovan|odnos|normaliz|susret|sreo|srela|sredb|sretn|srecan"
    r"|srecal|sestan|sestal|pogovor|pogajan|sostan|sorabotk|takim|takua|takoi|takon|bised"
    r"|marreveshj|negoci|marredhen|bashkepun)"
)
#: How "cross-border" begins, folded (BCMS "prekogranični", Macedonian "прекуграничен",
#: Albanian "ndërkufitar", Slovenian "čezmejni"): "cooperation with Serbia" after it names a
#: programme that funds a municipality's works with a neighbour's, not talks between states.
_CROSS_BORDER = re.compile(r"\b(?:prekogranic|prekugranic|nderkufitar|cezmejn)")
#: How the words for sport begin, folded: matches, leagues, championships, games and their
#: players ("utakmica", "tekma", "derbi", "ndeshje", "натпревар", "košarkarji").
_SPORT = re.compile(
    r"\b(?:utakmic|tekm|derbi|nogomet|fudbal|futbol|kosark|rukomet|rokomet|rakomet|odbojk"
    r"|vaterpol|ndeshj|superlig|evrolig|prvenstv|sampionat|kampionat|natprevar|navijac"
    r"|tifoz|trajner|trener|strijelac|strelac|strelec|golgeter)"
)


def speaks_of_sport(text: str) -> bool:
    """Whether a local text speaks of matches, leagues, coaches or players."""
    return _SPORT.search(fold(text).lower()) is not None


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.end()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def _sentence_of(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence (of ``_sentences``) that holds ``pos``."""
    for start, end in bounds:
        if start <= pos < end:
            return start, end
    return bounds[-1] if bounds else (0, pos + 1)


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` across one space, as written ("" when none)."""
    if start < 2 or text[start - 1] != " ":
        return ""
    low = max(0, start - 30)
    k = text.rfind(" ", low, start - 1)
    if k < 0 and low > 0:
        return ""
    return text[k + 1 : start - 1]


def _local(text: str) -> bool:
    return latin_language(text) != "en"


def partner_states(text: str, mentions: Sequence[Mention]) -> list[str]:
    """Region states named after "with" in a sentence about talks, in text order."""
    found: list[str] = []
    bounds: list[tuple[int, int]] | None = None
    for i, m in enumerate(mentions):
        country = m.country
        if country not in _REGION or country in found:
            continue
        if m.level != "country" and not (m.level == "city" and "capital" in m.reason):
            continue
        if _word_before(text, m.start) not in _WITH:
            continue
        if listed_with_another(text, mentions, i):
            continue  # "pregovori sa Albanijom i Severnom Makedonijom": a list (``listed_states``)
        if _CROSS_BORDER.search(fold(text[max(0, m.start - 40) : m.start]).lower()):
            continue  # "program prekogranične saradnje sa Srbijom": a fund's partner
        if bounds is None:
            bounds = _sentences(text)
        start, end = _sentence_of(bounds, m.start)
        if _TALK.search(fold(text[start:end]).lower()):
            found.append(country)
    return found if found and _local(text) else []


#: A result ("3:1", "88:80", "31:27"): a text with none is read as no sport report, which
#: spares the sport words' search on most texts.  ``(?<![\d:.])\d{1,3}:\d{1,3}(?![\d:])``,
#: with the test of the character before moved behind the first digit, so that the search
#: skips to digits (four times faster on an article with a colon).
SCORE_PLAIN = r"(?<![\d:.])\d{1,3}:\d{1,3}(?![\d:])"
_SCORE = re.compile(r"\d(?<![\d:.]\d)\d{0,2}:\d{1,3}(?![\d:])")


def has_result(text: str) -> bool:
    """Whether a text gives a match's result ("2:1", "88:80")."""
    return ":" in text and _SCORE.search(text) is not None


def club_starts(text: str, mentions: Sequence[Mention]) -> frozenset[int]:
    """Where the places that name teams start: in a report with a result, in a sentence
    about sport, a town, or a state by a short form of its name ("Bosna"), that no
    preposition governs."""
    if ":" not in text or _SCORE.search(text) is None:
        return frozenset()
    found: set[int] = set()
    bounds: list[tuple[int, int]] | None = None
    sport: dict[tuple[int, int], bool] = {}
    for m in mentions:
        if m.level == "country":
            if len(m.surface.split()) >= len(m.name.split()):
                continue  # a state's full name: a national side is still the state
        elif m.level != "city":
            continue
        if fold(_word_before(text, m.start)).lower() in words.LOCAL_PREPOSITIONS:
            continue
        if bounds is None:
            bounds = _sentences(text)
        sentence = _sentence_of(bounds, m.start)
        if sentence not in sport:
            sport[sentence] = bool(_SPORT.search(fold(text[sentence[0] : sentence[1]]).lower()))
        if sport[sentence]:
            found.add(m.start)
    # English has its own club rules
    return frozenset(found) if found and _local(text) else frozenset()
