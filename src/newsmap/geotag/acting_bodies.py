"""Region states whose state bodies act as a sentence's subject in a local-language story.

The gold conventions list a state as what a story is about when its government, police,
customs, courts or ministers act in it, not only where its happenings take place: "Kosovska
policija je prijavila slične krađe", "Македонска царина од понедељка примењује нови систем",
"Председник Србије најавио је ...", "Policia serbe nuk është përgjigjur ende".  ``focus``
weighs such an actor as half a place, which a long report about another state leaves far
below its bar; here a state body that opens a sentence (or a clause after "a", "dok",
"ndërsa") is read as the subject of what happens there, and its state is kept.

A body named inside a sentence about something else ("u saradnji sa srpskom policijom",
"na zahtjev albanske vlade") is an object or a source, no subject, and adds nothing; so is a
national side (which plays wherever it is drawn) and a body that only compares or reacts
(``local_focus._compared``), as the conventions read a comparison.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from newsmap.geotag.actors import _TITLE_WORDS, _team
from newsmap.geotag.folding import fold
from newsmap.geotag.local_focus import _compared, opens_sentence
from newsmap.model import REGION_COUNTRIES, Mention

_REGION = frozenset(REGION_COUNTRIES)

#: How the nouns of a state's acting bodies begin, folded: government, authorities, police,
#: army, parliament, president, prime minister, ministry and minister, customs, border
#: police, courts' prosecutors, diplomacy (BCMS, Slovenian, Macedonian folded to Latin,
#: Albanian).  Narrower than ``local_states.institution``: no passports, plates, goods,
#: passengers or players, which tell an origin rather than an act of the state.
_BODIES = (
    "vlad",
    "vlast",
    "polici",
    "vojsk",
    "armij",
    "parlament",
    "skupstin",
    "sabor",
    "sobran",
    "predsedn",
    "predsjedn",
    "pretsedat",
    "premijer",
    "premier",
    "minist",
    "carin",
    "granicn",
    "tuzilast",
    "diplomat",
    "qeveri",
    "autoritet",
    "presiden",
    "kryeministr",
    "dogan",
    "kufitar",
    "ushtri",
    "kuvend",
    "prokurori",
)

#: Words that open a clause of its own after a comma: "a", "dok", "kurse" (BCMS), Macedonian
#: and Serbian Cyrillic "а", "додека", Albanian "ndërsa", "kurse", Slovenian "medtem ko".
_CLAUSE_OPENERS = frozenset(("a", "dok", "kurse", "додека", "dodeka", "ndersa", "ko"))

#: How many words may stand between a body and its state's genitive ("ministar spoljnih
#: poslova Srbije").
_REACH = 4


def _body(word: str) -> bool:
    return fold(word).lower().startswith(_BODIES)


def _phrase_start(text: str, m: Mention, genitive: bool) -> int | None:
    """Where the body's phrase begins: the adjective's mention itself when it names a body
    ("Kosovska policija", "Policia serbe"), else the body noun before a state's genitive
    ("Председник Србије", "ministar spoljnih poslova Srbije"); None when no body is named."""
    if not genitive:
        return m.start if any(_body(w) for w in m.surface.split()) else None
    end = m.start - 1
    for _ in range(_REACH):
        begin = text.rfind(" ", 0, end) + 1
        word = text[begin:end]
        if not word.isalpha():
            return None
        if _body(word):
            return begin
        if fold(word).lower() not in _TITLE_WORDS:
            return None
        end = begin - 1
    return None


def _opens_clause(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence, or a clause after a comma and an opener word
    ("..., а косовска полиција га је предала")."""
    if opens_sentence(text, start):
        return True
    before = text[max(0, start - 16) : start].rstrip()
    if before.endswith(","):
        return True  # after a fronted phrase: "Na prijelazu Batrovci, srpska policija je ..."
    head, _, word = before.rpartition(" ")
    return head.endswith(",") and fold(word).lower() in _CLAUSE_OPENERS


def _subjects(
    text: str, mentions: Sequence[Mention], genitives: Collection[int]
) -> list[tuple[str, int]]:
    """Each region state whose acting body opens a sentence or a clause, with where the
    body's phrase starts (its first such phrase), in text order."""
    found: dict[str, int] = {}
    for m in mentions:
        country = m.country
        if country not in _REGION or country in found:
            continue
        genitive = m.start in genitives
        if not genitive and not (m.level == "demonym" and m.reason == "local state adjective"):
            continue
        start = _phrase_start(text, m, genitive)
        if start is None or not _opens_clause(text, start):
            continue
        if _team(text, m) or _compared(text, start):
            continue
        found[country] = start
    return list(found.items())


def acting_states(text: str, mentions: Sequence[Mention], genitives: Collection[int]) -> list[str]:
    """Region states, in text order, whose acting body opens a sentence or a clause of a local
    story (see the module's docstring).  ``genitives``: where the states named in the genitive
    after an institution start (``actors.actor_genitive``)."""
    return [country for country, _ in _subjects(text, mentions, genitives)]


#: The weight a state's places and bodies must reach in a paragraph of its own whose subject
#: is its body (two places, or a place and the body and its state's name).
_OWN_PARAGRAPH = 2.0


def paragraph_bodies(
    text: str,
    counted: Sequence[tuple[int, int, str, float]],
    mentions: Sequence[Mention],
    genitives: Collection[int],
) -> list[str]:
    """Region states that have a paragraph of their own in which their body acts as a
    subject: every place the paragraph weighs (``counted``, origins left out) is the state's,
    they weigh ``_OWN_PARAGRAPH`` at least, and its police, government or authorities open a
    clause there ("Edhe në anën tjetër të liqenit, në Ulqin dhe Virpazar, autoritetet malazeze
    kanë shpallur gjendje gatishmërie").  The story's second party, told apart: a state named
    in passing shares its sentence and its paragraph with the leader's places."""
    actors = {c: s for c, s in _subjects(text, mentions, genitives)}
    if not actors:
        return []
    found: list[str] = []
    for country, start in actors.items():
        low = text.rfind("\n", 0, start) + 1
        high = text.find("\n", start)
        if high < 0:
            high = len(text)
        inside = [(c, w) for s, _, c, w in counted if low <= s < high]
        if all(c == country for c, _ in inside) and sum(w for _, w in inside) >= _OWN_PARAGRAPH:
            found.append(country)
    return found
