"""Who acts in a local-language story, as the document's focus reads it (``focus``).

Two readings, both of local text only (a case form, a local state adjective):

- "predsjednik Srbije", "Vlada Srbije", "Председник Србије": a state in the genitive right after
  an institution noun is the state as an actor (its president reacts, its government declares),
  not a place where the story happens; a neighbour's reaction at the end of a report is not
  what the report is about.
- "Српски председник, албански премијер и македонски премијер потписали су ...", "албанскиот
  премиер Еди Рама и српскиот претседател": the states whose institutions act in the first
  sentence are what the story is about, each of them, even when each is named once; and when
  no region state reaches the bar because foreign places outweigh them, the region state the
  first sentence names is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from newsmap.geotag.folding import fold
from newsmap.geotag.local_states import institution
from newsmap.geotag.state_goods import state_goods
from newsmap.model import REGION_COUNTRIES, Mention

_REGION = frozenset(REGION_COUNTRIES)
#: A sentence ends at a stop after a word (not the ordinal dot of "31. oktobra") or a line:
#: ``(?<![\d\s])[.!?][\"”»’)]*(?:\s|$)|\n``, spelt to open with the class of its first
#: characters, so that the scan skips to them instead of trying a match at every character
#: (six times faster on an article; tests/unit/geotag/test_fast_paths.py holds it equal).
SENTENCE_END_PLAIN = r"(?<![\d\s])[.!?][\"”»’)]*(?:\s|$)|\n"
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<![\d\s].)[\"”»’)]*(?:\s|$))")
#: Citizens, whose stem is the state's ("državljana Srbije", "државјани"): people, who act
#: for no state (their state adjective still names the state: "turske državljane").
_CITIZENS = ("drzavljan", "drzavjan")


def _acting(word: str) -> bool:
    """Whether a folded, lower-case word is an institution that acts for a state."""
    return institution(word) and not word.startswith(_CITIZENS)


def actor_genitive(text: str | None, m: Mention) -> bool:
    """Whether a country's case form follows an institution noun ("predsjednik Srbije"),
    across the words of a minister's portfolio ("ministar spoljnih poslova Rusije", "Ministri i
    Jashtëm i Serbisë") or an Albanian linking article ("Qeveria e Kosovës"); or its base form
    follows one with Macedonian "на" ("владата на Србија"; Serbian would say "на Косову", a
    case form, and mean a place)."""
    if text is None or text[m.start - 1 : m.start] != " ":
        return False
    before = text[max(0, m.start - 80) : m.start - 1].split(" ")[::-1]
    if "case form" not in m.reason:
        if before[0] != "на":
            return False
        before = before[1:]
    for word in before[:_REACH]:
        if not word.isalpha():
            return False
        folded = fold(word).lower()
        if _acting(folded):
            return True
        if folded not in _TITLE_WORDS:
            return False
    return False


def official_before(text: str, end: int) -> bool:
    """Whether an institution noun ends the words before ``end`` (the start of a "from" word),
    across a minister's portfolio: "Ministri i Jashtëm nga Tirana", "delegacija iz Prištine",
    "премиерот од Белград" are a state's officials, who act for it, where "turisti iz Srbije"
    are people who travel."""
    for word in text[max(0, end - 60) : end].split()[::-1][:_REACH]:
        if not word.isalpha():
            return False
        folded = fold(word).lower()
        if _acting(folded):
            return True
        if folded not in _TITLE_WORDS:
            return False
    return False


#: Words between an institution and its state's genitive: Albanian linking articles ("Qeveria
#: e Kosovës") and the portfolio of a foreign or interior minister, folded ("spoljnih
#: poslova", "i Jashtëm i", "за надворешни работи на", "zunanjih zadev").
_TITLE_WORDS = frozenset(
    "i e te se spoljnih vanjskih unutrasnjih unutarnjih poslova za nadvoresni vnatresni "
    "raboti jashtem brendshem zunanjih notranjih zadev".split()
)
_REACH = 4


def first_sentence_actors(
    text: str, mentions: Sequence[Mention], genitives: frozenset[int], any_place: bool = False
) -> list[str]:
    """Region states named by a local state adjective with an institution, or in the genitive
    after one ("Председник Србије, премијер Албаније и премијер Северне Македоније
    потписали су"), in the first sentence, in text order; with ``any_place``, by any place
    or state name there too (what a story is about when the foreign places it names outweigh
    the region's: "Črna gora je ukinila vize za turške državljane ... z Ankaro ... v
    Turčijo").  ``genitives``: where the actor genitives (``actor_genitive``) start."""
    found: list[str] = []
    end = None
    for m in mentions:
        if m.level == "demonym":
            if m.reason != "local state adjective" or state_goods(m.surface):
                continue  # "dinarë serbë", "srpske tablice": no act (``state_goods``)
        elif not any_place and m.start not in genitives:
            continue
        if end is None:
            stop = _SENTENCE_END.search(text)
            end = stop.start() if stop else len(text)
        if m.start >= end:
            break
        if m.country in _REGION and m.country not in found and not _team(text, m):
            found.append(m.country)
    return found


#: How the words for a national side begin, folded: "reprezentacija Srbije", "srpski
#: reprezentativci", "Kombëtarja e Shqipërisë", "селекцијата на Македонија".
_TEAMS = ("reprezentac", "reprezentativ", "kombetar", "selekcij")


def _team(text: str, m: Mention) -> bool:
    """Whether a state acting in the first sentence is its national side: a side plays
    wherever it is drawn, and a match away is the host's story, as a club's is."""
    if m.level == "demonym":
        words = fold(m.surface).lower().split()
    else:
        words = [fold(w).lower() for w in text[max(0, m.start - 40) : m.start].split()[-3:]]
    return any(w.startswith(_TEAMS) for w in words)


_WORD = re.compile(r"[^\W\d_]+")


def home_institution(text: str, mentions: Sequence[Mention]) -> bool:
    """Whether an institution noun that no state qualifies stands before the first place the
    text names: "Американскиот амбасадор се сретна со премиерот" (the prime minister is the
    outlet's own), not "Grčka vlada", "vlada Grčke" or "U Atini je policija ..." (where the
    foreign place comes first and the police are its).  What lets a text that names foreign
    places only be its own language's state's news."""
    first_place = min((m.start for m in mentions if m.level != "demonym"), default=len(text))
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    spans = [(m.start, m.end) for m in mentions]
    for match in _WORD.finditer(text, 0, first_place):
        start, end = match.span()
        if not institution(fold(match.group()).lower()):
            continue
        if (
            start - 1 in ends  # "Grčka vlada": a state right before it
            or _qualified_after(text, end, starts)  # "vlada Grčke", "državni sekretar SAD"
            or any(a <= start < b for a, b in spans)  # "grčki parlament", one mention
        ):
            continue
        return True
    return False


def _qualified_after(text: str, end: int, starts: set[int]) -> bool:
    """Whether a place's genitive follows the institution word ending at ``end``, right after
    it or across the words of an office ("Државни секретар САД", "ministar vanjskih poslova
    Rusije"): a foreign state's institution, not the outlet's own."""
    for _ in range(_REACH):
        if end + 1 in starts:
            return True
        if text[end : end + 1] != " ":
            return False
        match = _WORD.match(text, end + 1)
        if match is None:
            return False
        word = fold(match.group()).lower()
        if not (institution(word) or word in _TITLE_WORDS or word.startswith("sekretar")):
            return False
        end = match.end()
    return False


#: How many region states a short text must give a sentence each to be a roundup.
ROUNDUP_STATES = 3


def roundup_states(text: str, mentions: Sequence[Mention]) -> list[str]:
    """The region states of a roundup, in text order: a short text (no state reaches the
    focus bar) that gives one item to each of several states ("U Tirani je opozicija ...
    Crnogorska vlada ... U Sarajevu je ...") is about each of them, not about the one that
    happens to weigh a little more.  A state counts when some sentence names it and no other
    region state; three such states at least.  A list of states in one sentence ("pozvali su
    Crnu Goru, BiH i Kosovo") is no roundup: it names the states the story's actors address."""
    sentences: dict[int, set[str]] = {}
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    for m in mentions:
        if m.country not in _REGION or m.reason.startswith("ethnic"):
            continue
        sentence = bisect_right(ends, m.start)
        sentences.setdefault(sentence, set()).add(m.country)
    alone = [next(iter(s)) for _, s in sorted(sentences.items()) if len(s) == 1]
    states = list(dict.fromkeys(alone))
    return states if len(states) >= ROUNDUP_STATES else []
