"""Step 2 of resolving: the rules that judge one candidate place for one name in a text.

A judgement runs two ordered lists.  *Gates* reject a candidate outright and say why: a
function word, a lower-case word, a case form in an English sentence, a lone GeoNames
alternate name, a look-alike whose country the document never names, a word that is part
of a person's name ("Siniša Mali", "Georgia Meloni"), a small or common-word place with no
locative context ("a bar", "Split between").  *Adjustments* then move the prior score up or
down, each adding its reason: "Town, Country", support from the rest of the document, an
alternate name, a case form.  The reasons, joined, are the mention's ``reason``.

Which rules can fire for a candidate is known from the gazetteer alone (a case-form rule for
a case form, the name rules for a name that may be a person's), so each candidate's ``Facts``
carry only the rules that apply to it; the words around the name are read only by those.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from newsmap.geotag import words
from newsmap.geotag.context import Doc, capitalised, is_cyrillic
from newsmap.geotag.entries import Candidate, DemonymWord, strong_place
from newsmap.geotag.folding import spelt_as
from newsmap.geotag.gazetteer import Gazetteer
from newsmap.geotag.locative_cues import LIST_WORDS, heads_a_line, listed, town_country
from newsmap.geotag.matcher import Hit
from newsmap.geotag.rivals import city_abroad_rival, plural_rival, real_rival
from newsmap.geotag.rivers import in_town_name, river_before, river_cue, sentence_names
from newsmap.geotag.shortcuts import FUNCTION_WORDS
from newsmap.model import REGION_COUNTRIES

_REGION_SET = frozenset(REGION_COUNTRIES)


def _surface(doc: Doc, hit: Hit) -> str:
    return doc.text[hit.start : hit.end]


def _alternate(doc: Doc, hit: Hit, cand: Candidate) -> bool:
    """An untrusted GeoNames alternate, or a Cyrillic alias met in Latin script (a mere
    transliteration)."""
    kind = cand.kind
    return kind == "alternate" or (kind == "cyrillic" and not is_cyrillic(_surface(doc, hit)))


def _support(doc: Doc, hit: Hit, facts: Facts) -> int:
    return doc.support_for(facts.country, hit.key)


def _town(doc: Doc, hit: Hit, facts: Facts) -> bool:
    """ "Bar, Montenegro": a country or unit of the candidate's country follows the name."""
    return facts.level != "country" and town_country(doc, hit, facts.country)


#: A gate returns the reason to reject the candidate, or None to let it pass.
Gate = Callable[[Doc, Hit, Candidate, "Facts"], "str | None"]
#: An adjustment returns a score change and the reason for it, or None when it does not apply.
Adjustment = Callable[[Doc, Hit, Candidate, "Facts"], "tuple[float, str] | None"]


class GateRule(NamedTuple):
    """A gate and the test, on what the gazetteer knows, of whether it can fire at all."""

    name: str
    applies: Callable[[Facts, Candidate], bool]
    run: Gate


class AdjustmentRule(NamedTuple):
    """An adjustment and the test of whether it can apply to a candidate at all."""

    name: str
    applies: Callable[[Facts, Candidate], bool]
    run: Adjustment


class Facts(NamedTuple):
    """What the rules know about one candidate of one key before reading any document."""

    rejected: bool  # a function word: never a place
    country: str | None
    level: str
    capital: bool
    common: bool
    small: bool
    nameish: bool  # may be part of a person's name ("Siniša Mali")
    nameish_alternate: bool  # ... when the name turns out to be an alternate one
    weak: bool  # common word or small place: needs locative context
    prior: float
    reason: str
    gates: tuple[Gate, ...] = ()
    adjustments: tuple[Adjustment, ...] = ()
    river: bool = False  # a river's short name or case form: needs a river in the sentence


# -- gates ------------------------------------------------------------------------------------
def _function_word(doc: Doc, hit: Hit, cand: Candidate, facts: Facts) -> str | None:
    return "function word"


def _spelling(doc: Doc, hit: Hit, cand: Candidate, facts: Facts) -> str | None:
    exact = cand.exact
    if exact is not None:
        if not spelt_as(_surface(doc, hit), exact):
            return "case-sensitive short name spelt differently"
    elif not (doc.text[hit.start].isupper() or capitalised(doc.text[hit.start : hit.end])):
        return "not capitalised"
    return None


def _case_form_context(doc: Doc, hit: Hit, cand: Candidate, facts: Facts) -> str | None:
    """ "Beogradu" in English text only right after a local preposition ("u Beogradu"); but a
    form that is also a region town's own name ("Podujevo", "Valbona") is that name."""
    if doc.local:
        return None
    if (
        (hit.key, cand.place) in doc.gaz.named_forms
        and _named_form(doc, cand.place)
        and _located(doc, hit)  # "from Valbona", "near Podujevo"; not "said Hoti"
    ):
        return None
    prev, _ = doc.prev_word(hit.start)
    if doc.fold(prev) not in words.LOCAL_PREPOSITIONS:
        return "case form outside local-language context"
    return None


def _named_form(doc: Doc, place: int) -> bool:
    """A town or village of the six but a capital (a capital's foreign alternates, such as
    "Tirano", are names of other towns more often than of it)."""
    p = doc.gaz.places[place]
    return p.country in _REGION_SET and place not in doc.gaz.capitals


def _lone_alternate(doc: Doc, hit: Hit, cand: Candidate, facts: Facts) -> str | None:
    if _alternate(doc, hit, cand) and _support(doc, hit, facts) == 0:
        return "lone alternate name without support"
    return None


def _needs_context(doc: Doc, hit: Hit, cand: Candidate, facts: Facts) -> str | None:
    needs = cand.needs
    if needs and doc.support_for(needs, hit.key) == 0:
        river = facts.river or doc.gaz.places[cand.place].level == "site"
        if river and sentence_names(doc, hit.start, needs):
            return None  # "Lim kod Prijepolja", "the Drina near Višegrad": the sentence
            # places the river (or a lake, a mountain) that runs through several states
        return f"needs {needs} context"
    return None


def _no_river_nearby(doc: Doc, hit: Hit, cand: Candidate, facts: Facts) -> str | None:
    """ "Una", "Lim", "Drine": a river's short name or case form counts only where the sentence
    speaks of a river, or where English names it as it names rivers, with the article and no
    name run on ("the Lim and the Uvac", "The Una, usually green"; not "the Una Regatta")."""
    if in_town_name(doc, hit.start):
        return "river in a town's name"
    between, nxt = doc.next_word(hit.end)
    if between == " " and nxt in _NAMED_AFTER_A_RIVER:
        return "a project named after a river"  # "the Jadar project, named after the river"
    if river_cue(doc, hit.start) or _the_river(doc, hit) or river_before(doc, hit.start):
        return None
    return "river name without a river in the sentence"


#: Nouns after a river's short name that make it the name of a mine or a project.
_NAMED_AFTER_A_RIVER = frozenset(("project", "projects", "mine", "deposit", "scheme", "company"))


def _the_river(doc: Doc, hit: Hit) -> bool:
    prev, gap = doc.prev_word(hit.start)
    if gap != " " or prev not in ("the", "The"):
        return False
    between, nxt = doc.next_word(hit.end)
    return not (nxt[:1].isupper() and between == " ")


def _proper_name_part(doc: Doc, hit: Hit, cand: Candidate, facts: Facts) -> str | None:
    """ "Siniša Mali", "Edi Rama", "Georgia Meloni": part of a longer proper name."""
    if not (facts.nameish or (facts.nameish_alternate and _alternate(doc, hit, cand))):
        return None
    text = doc.text
    start, end = hit.start, hit.end
    # the previous word can only be a capitalised name part after exactly one space
    if (
        start >= 2
        and text[start - 1] == " "
        and text[start - 2].isalnum()
        and doc.may_be_capitalised_before(start)
    ):
        prev, gap = doc.prev_word(start)
        if prev[:1].isupper() and gap == " ":
            fprev = doc.fold(prev).strip()
            if (
                not doc.sentence_initial(start - len(prev) - 1)
                and fprev not in words.LOCATIVE_PREPOSITIONS
                and fprev not in words.ENGLISH_FUNCTION_WORDS
                and fprev not in words.TITLE_WORDS
                and fprev not in words.FOLDED_DEMONYMS
                and not doc.by_end.get(start - 1)
            ):
                return "part of a longer proper name"
    # the next word can only follow one space ("Ulcinj's Albanian parties": a possessive
    # ends the name, so the capital after it starts a new phrase)
    if text[end : end + 1] == " ":
        between, nxt = doc.next_word(end)
        if (
            between == " "
            and nxt[:1].isupper()
            and doc.fold(nxt) not in words.PLACE_TAIL_WORDS
            and not doc.by_start.get(end + 1)
            and not _surface(doc, hit).isupper()
        ):
            return "given name followed by a surname"
    return None


def _located(doc: Doc, hit: Hit) -> bool:
    """Whether a locative preposition ("in", "near", "from") or a list of places leads to it."""
    prev, gap = doc.prev_word(hit.start)
    folded_prev = doc.fold(prev).strip()
    if folded_prev in words.LOCATIVE_PREPOSITIONS:
        return True
    listing = folded_prev in LIST_WORDS or ("," in gap and prev[:1].isupper())
    return listing and listed(doc, hit.start)


def _weak_without_context(doc: Doc, hit: Hit, cand: Candidate, facts: Facts) -> str | None:
    """ "a bar", "Split between": a common word or small place needs a sign it is a place."""
    text = doc.text
    start, end = hit.start, hit.end
    located = _located(doc, hit) or heads_a_line(text, start, end)
    between, nxt = doc.next_word(end)
    appositive = text.startswith(",", end)
    # "Bar port authorities": a lower-case place noun right after the name
    headed = between == " " and nxt.islower() and nxt in words.PLACE_HEAD_NOUNS
    if located or headed:
        return None
    if cand.needs is not None and doc.gaz.places[cand.place].place_id.startswith("gn:"):
        # a small town abroad (``small_abroad``): "from Steyr", "in Wil and Gossau" only
        return "small town abroad without locative context"
    if _town(doc, hit, facts) or (
        _support(doc, hit, facts) and (appositive or not doc.sentence_initial(start))
    ):
        return None
    return "common word or small place without locative context"


# -- adjustments ------------------------------------------------------------------------------
def _weak_confirmed(doc: Doc, hit: Hit, cand: Candidate, facts: Facts) -> tuple[float, str] | None:
    return -0.1, "; weak name confirmed by context"


def _town_country_bonus(
    doc: Doc, hit: Hit, cand: Candidate, facts: Facts
) -> tuple[float, str] | None:
    # only asked for places below country level (see ADJUSTMENTS)
    return (0.3, "; Town, Country") if town_country(doc, hit, facts.country) else None


def _support_bonus(doc: Doc, hit: Hit, cand: Candidate, facts: Facts) -> tuple[float, str] | None:
    support = doc.support_for(facts.country, hit.key)
    if not support:
        return None
    return 0.15 + 0.05 * min(support, 3), f"; {facts.country} supported"


def _alternate_penalty(
    doc: Doc, hit: Hit, cand: Candidate, facts: Facts
) -> tuple[float, str] | None:
    if not _alternate(doc, hit, cand):
        return None
    if doc.local and real_rival(hit, cand):
        # local text names its own towns by their real names: an alternate that shares its
        # spelling with another town's real name ("Митровица": Kosovo's Mitrovica, and
        # an alternate of Sremska Mitrovica) yields to it even when its state is supported
        return -0.25, "; alternate name beside a real name"
    return -0.15, "; alternate name"


def _river_named(doc: Doc, hit: Hit, cand: Candidate, facts: Facts) -> tuple[float, str] | None:
    # only asked for candidates that passed ``_no_river_nearby``
    return 0.3, "; a river in a sentence about a river"


def _case_form_penalty(
    doc: Doc, hit: Hit, cand: Candidate, facts: Facts
) -> tuple[float, str] | None:
    if doc.local and city_abroad_rival(doc.gaz, hit, cand):
        return -0.25, "; case form beside a city's own name"  # "za Bari" is no form of "Bar"
    if plural_rival(doc.gaz, hit, cand):
        return -0.25, "; case form beside a plural's genitive"  # "Drenovaca": Drenovci's
    return -0.05, "; case form"


def _always(facts: Facts, cand: Candidate) -> bool:
    return True


def _may_be_alternate(cand: Candidate) -> bool:
    return cand.kind in ("alternate", "cyrillic")


#: In the order they run; the first gate that rejects decides.
GATES: tuple[GateRule, ...] = (
    GateRule("function word", lambda f, c: f.rejected, _function_word),
    GateRule("spelling", _always, _spelling),
    GateRule("case form in context", lambda f, c: c.inflected, _case_form_context),
    GateRule("lone alternate name", lambda f, c: _may_be_alternate(c), _lone_alternate),
    GateRule("river word in the sentence", lambda f, c: f.river, _no_river_nearby),
    GateRule("needs context", lambda f, c: bool(c.needs), _needs_context),
    GateRule(
        "part of a proper name",
        lambda f, c: f.nameish or (f.nameish_alternate and _may_be_alternate(c)),
        _proper_name_part,
    ),
    GateRule("weak name needs context", lambda f, c: f.weak, _weak_without_context),
)
#: In the order their reasons are written.
ADJUSTMENTS: tuple[AdjustmentRule, ...] = (
    AdjustmentRule("weak name confirmed", lambda f, c: f.weak, _weak_confirmed),
    AdjustmentRule("Town, Country", lambda f, c: f.level != "country", _town_country_bonus),
    AdjustmentRule("support", _always, _support_bonus),
    AdjustmentRule("river", lambda f, c: f.river, _river_named),
    AdjustmentRule("alternate name", lambda f, c: _may_be_alternate(c), _alternate_penalty),
    AdjustmentRule("case form", lambda f, c: c.inflected, _case_form_penalty),
)


def judge(doc: Doc, hit: Hit, cand: Candidate, facts: Facts) -> tuple[float | None, str]:
    """Score one candidate for one hit, or reject it (None) with the reason."""
    for gate in facts.gates:
        why = gate(doc, hit, cand, facts)
        if why is not None:
            return None, why
    score = facts.prior
    reason = facts.reason
    for adjust in facts.adjustments:
        found = adjust(doc, hit, cand, facts)
        if found is not None:
            score += found[0]
            reason += found[1]
    return score, reason


def key_facts(gaz: Gazetteer, key: str, cands: tuple) -> tuple[Facts | None, ...]:
    """``Facts`` for each of a key's candidates (None for a demonym), memoised per key."""
    found = gaz.judge_facts.get(key)
    if found is None:
        towns = {
            gaz.places[c.place].country
            for c in cands
            if not isinstance(c, DemonymWord) and gaz.places[c.place].level == "city"
        }
        found = gaz.judge_facts[key] = tuple(
            None if isinstance(cand, DemonymWord) else _facts(gaz, key, cand, towns)
            for cand in cands
        )
    return found


def _facts(gaz: Gazetteer, key: str, cand: Candidate, towns: set[str | None]) -> Facts:
    """``towns``: the countries of the key's town candidates.  A case form of a municipality
    named after its town ("Baru") may be a surname as the town's may ("Ivana Baru")."""
    folded = key[1:-1]
    place = gaz.places[cand.place]
    level = place.level
    twin = cand.inflected and level == "admin1" and place.country in towns
    capital = cand.place in gaz.capitals
    common = folded in gaz.common_words or (
        len(folded) <= 3 and cand.kind != "curated" and not strong_place(place, capital)
    )
    given = folded in words.GIVEN_NAMES
    small = level == "city" and 0 < place.population < 2_000 and not capital
    # a small town abroad (``small_abroad``): a GeoNames town that needs its state
    small = small or (cand.needs is not None and place.place_id.startswith("gn:"))
    minor = level == "city" and place.population < 100_000 and not capital
    unranked = level not in ("country", "admin1", "region")
    facts = Facts(
        rejected=folded in FUNCTION_WORDS,
        country=place.country,
        level=level,
        capital=capital,
        common=common,
        small=small,
        nameish=given or common or (unranked and minor) or twin,
        nameish_alternate=unranked,
        weak=(common or small) and (unranked or place.place_id.startswith("admin1:")),
        prior=gaz.priors[cand.place],
        reason="capital" if capital else level,
        river=key in gaz.river_keys and cand.place in gaz.water_siblings,
    )
    gates = tuple(r.run for r in GATES if r.applies(facts, cand))
    if facts.rejected:
        gates = (_function_word,)
    adjustments = tuple(r.run for r in ADJUSTMENTS if r.applies(facts, cand))
    return facts._replace(gates=gates, adjustments=adjustments)
