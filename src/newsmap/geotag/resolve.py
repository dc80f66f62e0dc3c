"""From raw name hits to place mentions: disambiguation, metonymy, demonyms, document focus.

Pure functions over (gazetteer, text, hits).  Every decision is made by a general rule with a
``reason`` recorded on the Mention, so a wrong tag can be traced to the rule that made it:

1. *Support*: unambiguous, well-known names (countries, capitals, big towns) say which
   countries the document is about; weaker names are judged against that.
2. *Gates* reject a candidate outright: lower-case common words, a lone GeoNames alternate
   name, a Serbian/Albanian case form in an English sentence, a word that is part of a person's
   name ("Siniša Mali", "Georgia Meloni"), a small or common-word place with no locative
   context ("a bar", "Split between").
3. *Ranking* picks among the surviving candidates by level, population, support and the
   "Town, Country" pattern; longest span wins among overlapping hits.
4. Demonyms and state adjectives become mentions of the state they stand for; ethnic uses
   take the state the people live in, read from the sentence.
5. Focus weights the region countries by level, position and frequency.
"""

from __future__ import annotations

import bisect
import dataclasses
import operator
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cached_property
from itertools import compress, islice
from typing import NamedTuple

from newsmap.geotag import curated
from newsmap.geotag.gazetteer import (
    Candidate,
    DemonymWord,
    Dominant,
    Gazetteer,
    strong_place,
)
from newsmap.geotag.matcher import Hit, fold, fold_key
from newsmap.model import NEIGHBOUR_COUNTRIES, REGION_COUNTRIES, Mention

_REGION = frozenset(REGION_COUNTRIES)
_CONTEXT_COUNTRIES = _REGION | frozenset(NEIGHBOUR_COUNTRIES)
_NEXT_WORD = re.compile(r"(?:[’']s)?([^\w]*?)([^\W\d_][\w-]*)")
_SENTENCE_END = re.compile(r"[.!?]+[\"”’)]*\s+|\n\s*")


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted({p.replace(" ", r"\s+") for p in phrases}, key=len, reverse=True)
    return re.compile(r"\s+(" + "|".join(alts) + r")\b", re.IGNORECASE)


_INSTITUTION = _phrase_pattern(curated.INSTITUTION_NOUNS)
_PLACE_NOUN = _phrase_pattern(curated.PLACE_NOUNS)
_ETHNIC_NOUN = _phrase_pattern(curated.ETHNIC_NOUNS)
_FOLDED_DEMONYMS = {fold(w): v for w, v in curated.DEMONYMS.items()}
_TITLE_WORDS = frozenset(
    "president minister mayor premier king queen general leader ambassador envoy "
    "commander chief head lake mount mt camp new old upper lower greater st saint "
    "central western eastern northern southern north south east west republic".split()
)


class _Choice(NamedTuple):
    """A decided mention before it becomes a Mention (a tuple: a document makes dozens)."""

    start: int
    end: int
    place: int
    score: float
    reason: str
    level: str | None = None  # overrides the place's level (demonyms, "Serbian border")
    metonymic: bool = False


#: Folded forms of the words read around names, shared by all documents (``fold`` is pure).
_WORD_FOLDS: dict[str, str] = {}
_WORD_FOLDS_MAX = 100_000


#: Builds a _Choice without the named tuple's Python-level ``__new__``: all seven fields.
_new_tuple = tuple.__new__


class _Doc:
    """Per-document facts the rules consult: words around a span, sentences, support."""

    def __init__(
        self, gaz: Gazetteer, text: str, hits: list[Hit], folded: str | None = None
    ) -> None:
        self.gaz = gaz
        self.text = text
        self.hits = hits
        self.folded = folded  # the matcher's folded text, padded, when at hand
        self.support = self._support()
        self._sentences: list[int] | None = None
        self._prev: dict[int, tuple[str, str]] = {}
        self._next: dict[int, tuple[str, str]] = {}

    @staticmethod
    def fold(word: str) -> str:
        """``fold`` with a memo: the same few words ("in", "said", "the") surround most names."""
        found = _WORD_FOLDS.get(word)
        if found is None:
            if len(_WORD_FOLDS) >= _WORD_FOLDS_MAX:
                _WORD_FOLDS.clear()  # a bound on memory; refilling costs a few documents
            found = _WORD_FOLDS[word] = fold(word)
        return found

    # Built on first use: most hits are decided without looking at their neighbours.
    @cached_property
    def by_start(self) -> dict[int, list[Hit]]:
        found: dict[int, list[Hit]] = defaultdict(list)
        for h in self.hits:
            found[h.start].append(h)
        return found

    @cached_property
    def by_end(self) -> dict[int, list[Hit]]:
        found: dict[int, list[Hit]] = defaultdict(list)
        for h in self.hits:
            found[h.end].append(h)
        return found

    @cached_property
    def local(self) -> bool:
        folded = self.folded
        if folded is not None and len(folded) == len(self.text) + 2:
            # folding maps character to character here, so a prefix folds to a prefix
            return _local_words(folded[1:3001].split())
        return _is_local_language(self.text)

    # -- words around a span --------------------------------------------------------------
    def prev_word(self, start: int) -> tuple[str, str]:
        """The word before ``start`` and the characters between it and ``start``."""
        found = self._prev.get(start)
        if found is None:
            text = self.text
            j = start
            low = max(0, start - 40)
            while j > low and not text[j - 1].isalnum():
                j -= 1
            k = j
            while k > low and (text[k - 1].isalnum() or text[k - 1] in "’'.-"):
                k -= 1
            while k < j and not text[k].isalpha():
                k += 1
            found = self._prev[start] = (text[k:j], text[j:start])
        return found

    def may_be_capitalised_before(self, start: int) -> bool:
        """False only when the word before ``start`` (after one space) is surely lower case.

        A quick test on the folded text (a token there is a run of letters and digits) that
        spares ``prev_word`` for the usual "in Tetovo"; anything it cannot vouch for (a word
        with an apostrophe, a digit, a symbol folding does not know, a long run) says True.
        """
        folded = self.folded
        text = self.text
        if folded is None or len(folded) != len(text) + 2:
            return True
        # text[i] is folded[i + 1]; text[start - 1] is the space, folded[start]
        t0 = folded.rfind(" ", 0, start)  # text index of the token's first character
        if t0 < 0 or start - 1 - t0 > 30:
            return True
        first = text[t0]
        if first.isupper() or not first.isalpha():
            return True
        if t0 > 0 and text[t0 - 1] in "’'.-":
            return True
        return not text[t0 : start - 1].isalnum()

    def next_word(self, end: int) -> tuple[str, str]:
        """The characters after ``end`` up to the next word, and that word."""
        found = self._next.get(end)
        if found is None:
            m = _NEXT_WORD.match(self.text, end, min(len(self.text), end + 40))
            found = self._next[end] = (m.group(1), m.group(2)) if m else ("", "")
        return found

    def sentence_initial(self, start: int) -> bool:
        before = self.text[max(0, start - 4) : start].rstrip(" \t\"“‘'(")
        return not before or before[-1] in ".!?:\n"

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        if self._sentences is None:
            self._sentences = [0] + [m.end() for m in _SENTENCE_END.finditer(self.text)]
        i = bisect.bisect_right(self._sentences, pos) - 1
        start = self._sentences[i]
        end = self._sentences[i + 1] if i + 1 < len(self._sentences) else len(self.text)
        return start, end

    # -- support ----------------------------------------------------------------------------
    def _support(self) -> dict[str, set[str]]:
        """Countries named by strong, unambiguous hits, with the keys that named them.

        Which country a key vouches for is precomputed per key by the gazetteer; only keys
        with case forms or case-sensitive spellings are looked at here.
        """
        support: dict[str, set[str]] = {}
        static = self.gaz.support_static.get
        dynamic = self.gaz.support_dynamic
        text = self.text
        for start, end, key, _ in self.hits:
            country = static(key)
            if country is not None:
                if text[start].isupper():
                    keys = support.get(country)
                    if keys is None:
                        support[country] = {key}
                    else:
                        keys.add(key)
                continue
            varying = dynamic.get(key)
            if varying is None or not text[start].isupper():
                continue
            countries = set(varying[0])
            for cand in varying[1]:
                country = self.gaz.places[cand.place].country
                if country in countries:
                    continue  # adding it changes nothing: spare the language test
                if cand.inflected and not self.local:
                    continue
                if cand.exact and text[start:end] != cand.exact:
                    continue
                countries.add(country)  # type: ignore[arg-type]
            if len(countries) == 1:
                support.setdefault(countries.pop(), set()).add(key)
        return support

    def support_for(self, country: str | None, key: str) -> int:
        """How many *other* names in the document point at ``country``."""
        if country is None:
            return 0
        keys = self.support.get(country)
        if not keys:
            return 0
        return len(keys) - (1 if key in keys else 0)


_FUNCTION_WORDS = (
    curated.LOCAL_FUNCTION_WORDS | curated.ENGLISH_FUNCTION_WORDS | curated.LOCAL_PREPOSITIONS
)


def _is_cyrillic(surface: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in surface)


_strong = strong_place


def _is_local_language(text: str) -> bool:
    """True for Serbian/Croatian/Bosnian/Albanian text (function words outnumber English)."""
    return _local_words(fold(text[:3000]).split())


_is_local_word = curated.LOCAL_FUNCTION_WORDS.__contains__
_is_english_word = curated.ENGLISH_FUNCTION_WORDS.__contains__


def _local_words(sample: list[str]) -> bool:
    """The test behind ``_is_local_language``, on the folded words of the text's start."""
    local = sum(map(_is_local_word, sample))
    english = sum(map(_is_english_word, sample))
    return local > english and local >= min(3, 1 + len(sample) // 10)


def _capitalised(surface: str) -> bool:
    words = surface.split()
    if not words:
        return False
    if words[0][:1].isupper():
        return True
    return len(words) > 1 and any(w[:1].isupper() for w in words[1:])


class _Facts(NamedTuple):
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


def _key_facts(gaz: Gazetteer, key: str, cands: tuple) -> tuple[_Facts | None, ...]:
    """``_Facts`` for each of a key's candidates (None for a demonym), memoised per key."""
    found = gaz.judge_facts.get(key)
    if found is None:
        folded = key[1:-1]
        facts: list[_Facts | None] = []
        for cand in cands:
            if isinstance(cand, DemonymWord):
                facts.append(None)
                continue
            place = gaz.places[cand.place]
            level = place.level
            capital = cand.place in gaz.capitals
            common = folded in gaz.common_words or (
                len(folded) <= 3 and cand.kind != "curated" and not _strong(place, capital)
            )
            given = folded in curated.GIVEN_NAMES
            small = level == "city" and 0 < place.population < 2_000 and not capital
            minor = level == "city" and place.population < 100_000 and not capital
            unranked = level not in ("country", "admin1", "region")
            facts.append(
                _Facts(
                    rejected=folded in _FUNCTION_WORDS,
                    country=place.country,
                    level=level,
                    capital=capital,
                    common=common,
                    small=small,
                    nameish=given or common or (unranked and minor),
                    nameish_alternate=unranked,
                    weak=(common or small) and (unranked or place.place_id.startswith("admin1:")),
                    prior=gaz.priors[cand.place],
                    reason="capital" if capital else level,
                )
            )
        found = gaz.judge_facts[key] = tuple(facts)
    return found


def _judge(doc: _Doc, hit: Hit, cand: Candidate, facts: _Facts) -> tuple[float | None, str]:
    """Score one candidate for one hit, or reject it (None) with the reason.

    What does not depend on the document comes from ``facts``.  The words around the name
    are looked up only by the rules that read them, behind a one-character test that says
    whether the rule could fire at all: most names are written in plain running text, and
    finding the neighbouring words was most of this function's cost.
    """
    if facts.rejected:
        return None, "function word"
    text = doc.text
    start, end = hit.start, hit.end
    surface = text[start:end]
    key = hit.key
    if cand.exact is not None:
        if surface.replace(".", "") != cand.exact.replace(".", ""):
            return None, "case-sensitive short name spelt differently"
    elif not (text[start].isupper() or _capitalised(surface)):
        return None, "not capitalised"
    if cand.inflected and not doc.local:
        prev, _ = doc.prev_word(start)
        if doc.fold(prev) not in curated.LOCAL_PREPOSITIONS:
            return None, "case form outside local-language context"
    country = facts.country
    support = doc.support_for(country, key)
    kind = cand.kind
    if kind == "cyrillic" and not _is_cyrillic(surface):
        kind = "alternate"  # a Cyrillic alias met in Latin script is only a transliteration
    alternate = kind == "alternate"
    if alternate and support == 0:
        return None, "lone alternate name without support"
    if cand.needs and doc.support_for(cand.needs, key) == 0:
        return None, f"needs {cand.needs} context"
    town_country = facts.level != "country" and _town_country(doc, hit, country)
    # Part of a longer proper name: "Siniša Mali", "Edi Rama", "Georgia Meloni".
    if facts.nameish or (alternate and facts.nameish_alternate):
        # the previous word can only be a capitalised name part after exactly one space
        if (
            start >= 2
            and text[start - 1] == " "
            and text[start - 2].isalnum()
            and (doc.may_be_capitalised_before(start))
        ):
            prev, gap = doc.prev_word(start)
            if prev[:1].isupper() and gap == " ":
                fprev = doc.fold(prev).strip()
                if (
                    not doc.sentence_initial(start - len(prev) - 1)
                    and fprev not in curated.LOCATIVE_PREPOSITIONS
                    and fprev not in curated.ENGLISH_FUNCTION_WORDS
                    and fprev not in _TITLE_WORDS
                    and fprev not in _FOLDED_DEMONYMS
                    and not doc.by_end.get(start - 1)
                ):
                    return None, "part of a longer proper name"
        # the next word can only follow one space ("Ulcinj's Albanian parties": a possessive
        # ends the name, so the capital after it starts a new phrase)
        if text[end : end + 1] == " ":
            between, nxt = doc.next_word(end)
            if (
                between == " "
                and nxt[:1].isupper()
                and doc.fold(nxt) not in curated.PLACE_TAIL_WORDS
                and not doc.by_start.get(end + 1)
                and not surface.isupper()
            ):
                return None, "given name followed by a surname"
    score = facts.prior
    reason = facts.reason
    if facts.weak:
        prev, gap = doc.prev_word(start)
        located = doc.fold(prev).strip() in curated.LOCATIVE_PREPOSITIONS or (
            text[end - 1].isupper() and _dateline(text, start, end)
        )
        between, nxt = doc.next_word(end)
        appositive = text.startswith(",", end)
        # "Bar port authorities": a lower-case place noun right after the name
        headed = between == " " and nxt.islower() and nxt in curated.PLACE_HEAD_NOUNS
        if not (
            located
            or town_country
            or headed
            or (support and (appositive or not doc.sentence_initial(start)))
        ):
            return None, "common word or small place without locative context"
        score -= 0.1
        reason += "; weak name confirmed by context"
    if town_country:
        score += 0.3
        reason += "; Town, Country"
    if support:
        score += 0.15 + 0.05 * min(support, 3)
        reason += f"; {country} supported"
    if alternate:
        score -= 0.15
        reason += "; alternate name"
    if cand.inflected:
        score -= 0.05
        reason += "; case form"
    return score, reason


def _dateline(text: str, start: int, end: int) -> bool:
    """ "GRAČANICA - Voters ...", "ZVECAN, Kosovo, Dec 29": an upper-case name opening a line.

    A dateline says where the report was filed, as plainly as "in Gračanica" would.
    """
    if not text[start:end].isupper() or not text.startswith((",", " -", " –", " —", " ("), end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


def _heading(text: str, start: int) -> bool:
    """Whether nothing lower-case precedes ``start`` on its line (a dateline or a headline)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not any(ch.islower() for ch in text[line_start:start])


def _shouted_acronym(text: str, hit: Hit) -> bool:
    """ "the oil company NIS": a short all-caps word inside running text is an acronym.

    Upper case is normal in datelines and headlines; elsewhere a short capitalised-throughout
    word names a company or body unless it is the place's own acronym (RS, BiH, USA).
    """
    start, end = hit.start, hit.end
    surface = text[start:end]
    if len(surface) > 5 or not surface.isalpha() or not surface.isupper():
        return False
    if any(isinstance(c, Candidate) and c.exact == surface for c in hit.value):
        return False
    return not _heading(text, start)


#: "the Greek region of Macedonia", "the Croatian port of Rijeka": a state adjective, a place
#: noun and "of" say which country the next name is in.
_QUALIFIER_NOUNS = (
    "region",
    "province",
    "island",
    "islands",
    "port",
    "town",
    "city",
    "village",
    "capital",
    "county",
    "district",
    "municipality",
    "resort",
    "state",
    "coast",
    "enclave",
)
_QUALIFIER_ENDS = tuple(f"{noun} of " for noun in _QUALIFIER_NOUNS)
_QUALIFIER = re.compile(r"([A-Z][a-z]+)\s+(?:" + "|".join(_QUALIFIER_NOUNS) + r")\s+of\s+$")


def _qualified_country(doc: _Doc, start: int) -> str | None:
    """The state named by "<Demonym> <place noun> of" just before ``start``, if any."""
    if not doc.text.endswith(_QUALIFIER_ENDS, 0, start):
        return None
    m = _QUALIFIER.search(doc.text, max(0, start - 40), start)
    if m is None:
        return None
    dem = _FOLDED_DEMONYMS.get(doc.fold(m.group(1)))
    return dem[0] if dem and dem[1] in ("state", "both") else None


def _camp_elsewhere(doc: _Doc, hit: Hit, choice: _Choice) -> bool:
    """ "Camp Novo Selo" in a Kosovo report: a camp named after a village is not a town abroad.

    A base is named after the village it stands by, so the name is a town only in the
    country the document is mostly about (the one most of its sure names point at).
    """
    if not doc.text.endswith("Camp ", 0, hit.start):
        return False
    place = doc.gaz.places[choice.place]
    if place.level != "city":
        return False
    ours = doc.support_for(place.country, hit.key)  # the camp's own name vouches for nothing
    return ours == 0 or any(
        len(keys) > ours for country, keys in doc.support.items() if country != place.country
    )


def _town_country(doc: _Doc, hit: Hit, country: str | None) -> bool:
    """ "Bar, Montenegro" / "Pale (Bosnia)": a following country hit agrees with the place.

    Callers ask only for places below country level.
    """
    text = doc.text
    i = end = hit.end
    if text[end : end + 1] not in _TOWN_COUNTRY_GAP:
        return False
    n = len(text)
    while i < n and i < end + 3 and text[i] in ",( ":
        i += 1
    for h in doc.by_start.get(i, ()):
        for cand in h.value:
            if isinstance(cand, Candidate):
                other = doc.gaz.places[cand.place]
                if other.level in ("country", "admin1") and other.country == country:
                    return True
    return False


_TOWN_COUNTRY_GAP = frozenset(",( ")


def _resolve_hit(doc: _Doc, hit: Hit, qualify: bool = True) -> _Choice | None:
    """One name's decision; a "<Demonym> region of" qualifier overrides everything else."""
    gaz = doc.gaz
    sure = gaz.unambiguous.get(hit.key)
    if sure is not None:
        text = doc.text
        start, end = hit.start, hit.end
        if not (text[start].isupper() or _capitalised(text[start:end])):
            return None
        support = doc.support_for(gaz.places[sure].country, hit.key)
        metonymic = sure in gaz.capitals and _metonymic(doc, hit)
        score, reason = _scored(gaz, sure, False, support, metonymic, "; unambiguous name")
        return _new_tuple(_Choice, (start, end, sure, score, reason, None, metonymic))
    if qualify and doc.text.endswith("of ", 0, hit.start):
        qualified = _qualified_country(doc, hit.start)
        if qualified is not None:
            return _resolve_qualified(doc, hit, qualified)
    dominant = gaz.dominant.get(hit.key)
    if dominant is not None and _dominates(doc, hit.key, dominant):
        return _resolve_dominant(doc, hit, dominant.place)
    best: tuple[float, int, str] | None = None
    needs: list[tuple[float, int, str, Candidate]] = []
    cands = hit.value
    for cand, facts in zip(cands, _key_facts(doc.gaz, hit.key, cands), strict=True):
        if facts is None:
            continue
        judged, reason = _judge(doc, hit, cand, facts)
        if judged is None:
            continue
        if cand.needs:
            needs.append((judged, cand.place, reason, cand))
            continue
        if best is None or (judged, -cand.place) > (best[0], -best[1]):
            best = (judged, cand.place, reason)
    for score, idx, reason, cand in needs:
        rival = doc.gaz.places[best[1]].country if best else None
        if best is None or doc.support_for(cand.needs, hit.key) > doc.support_for(rival, hit.key):
            best = (max(score, 0.6), idx, reason + f"; {cand.needs} context outweighs")
    if best is None:
        return None
    score, idx, reason = best
    metonymic = idx in doc.gaz.capitals and _metonymic(doc, hit)
    if metonymic:
        reason += "; capital standing for its government"
    return _new_tuple(_Choice, (hit.start, hit.end, idx, min(score, 1.0), reason, None, metonymic))


def _resolve_qualified(doc: _Doc, hit: Hit, country: str) -> _Choice | None:
    """ "the Greek region of Macedonia": the best candidate in the named state, if any passes.

    The qualifier stands in for the "needs" context a candidate may ask for; when no
    candidate lies in that state, the name is judged as usual.
    """
    found = _best_in_country(doc, hit, country, f"; named as {country}'s")
    return found if found is not None else _resolve_hit(doc, hit, qualify=False)


def _best_in_country(
    doc: _Doc, hit: Hit, country: str, why: str, real_names: bool = False
) -> _Choice | None:
    """The best candidate of ``hit`` in ``country`` that passes the judgement, or None.

    With ``real_names`` a GeoNames alternate name does not count ("Mitrovica" is listed for
    Sremska Mitrovica too, which is not enough to move a town across a border).
    """
    best: tuple[float, int, str] | None = None
    cands = hit.value
    for cand, facts in zip(cands, _key_facts(doc.gaz, hit.key, cands), strict=True):
        if facts is None or facts.country != country or (real_names and cand.kind == "alternate"):
            continue
        if cand.needs == country:
            cand = dataclasses.replace(cand, needs=None)
        score, reason = _judge(doc, hit, cand, facts)
        if score is not None and (best is None or (score, -cand.place) > (best[0], -best[1])):
            best = (score, cand.place, reason + why)
    if best is None:
        return None
    score, idx, reason = best
    return _new_tuple(_Choice, (hit.start, hit.end, idx, min(score, 1.0), reason, None, False))


#: What joins two items of a list of places: "A and B", "A, B", "u A i B", "në A dhe B".
_COORDINATION = frozenset({", ", " and ", " or ", " i ", " ili ", " dhe ", " и "})


def _cohere_lists(doc: _Doc, places: list[_Choice]) -> list[_Choice]:
    """ "u Gračanici i Severnoj Mitrovici": neighbours in a list of places share a country.

    When two listed places were put in different countries and only one of them has a
    candidate in the other's country that passes the judgement, it moves there.  Lists that
    really cross a border ("Zagreb and Belgrade") stay as they are, because neither name has
    a reading in the other country.
    """
    if len(places) < 2:
        return places
    text = doc.text
    gaz = doc.gaz
    out = places
    # the gaps between neighbours, and the few that are short, found in C: most documents
    # have no two places this close
    gaps = map(operator.sub, map(_START_OF, islice(places, 1, None)), map(_END_OF, places))
    for i in compress(range(1, len(places)), map(_CLOSE, gaps)):
        a, b = out[i - 1], out[i]
        if text[a.end : b.start] not in _COORDINATION:
            continue
        ca, cb = gaz.places[a.place].country, gaz.places[b.place].country
        if ca == cb or ca is None or cb is None or a.level or b.level:
            continue
        a_moved = _listed_alternative(doc, a, cb)
        b_moved = _listed_alternative(doc, b, ca)
        if (a_moved is None) == (b_moved is None):
            continue
        if out is places:
            out = list(places)
        if a_moved is not None:
            out[i - 1] = a_moved
        else:
            out[i] = b_moved  # type: ignore[assignment]
    return out


_START_OF = operator.itemgetter(0)
_END_OF = operator.itemgetter(1)
_CLOSE = (5).__ge__  # a gap of at most five characters: ", ", " and ", " dhe "


def _longest_first(hit: Hit) -> int:
    return hit.start - hit.end


def _listed_alternative(doc: _Doc, choice: _Choice, country: str) -> _Choice | None:
    """``choice``'s name read as a town in ``country``, if such a reading passes.

    The name's candidates are fetched by its key (one probe), not by indexing the document's
    hits, and a memoised test skips names with no candidate in ``country`` at all.
    """
    gaz = doc.gaz
    if choice.reason.endswith("unambiguous name") or gaz.places[choice.place].level != "city":
        return None
    start, end = choice.start, choice.end
    folded = doc.folded
    if folded is not None and len(folded) == len(doc.text) + 2:
        key = " " + folded[start + 1 : end + 1] + " "
    else:
        key = fold_key(doc.text[start:end])
    cands = gaz.matcher.lookup(key)
    if cands is None or not any(
        f is not None and f.country == country for f in _key_facts(gaz, key, cands)
    ):
        return None
    hit = _new_tuple(Hit, (start, end, key, cands))
    moved = _best_in_country(
        doc, hit, country, f"; listed with a place in {country}", real_names=True
    )
    if moved is None or gaz.places[moved.place].level != "city":
        return None
    return moved


def _support_bonus(support: int) -> float:
    return 0.15 + 0.05 * min(support, 3) if support else 0.0


def _dominates(doc: _Doc, key: str, dominant: Dominant) -> bool:
    """Whether the key's precomputed winner wins in this document too.

    No "needs" rival may have support, and every rival in another country must stay below
    the winner even with its own country's support bonus and "Town, Country" (a margin
    absorbs float rounding, so a near tie goes to the full judgement).
    """
    support_for = doc.support_for
    for country in dominant.needs:
        if support_for(country, key):
            return False
    if not dominant.rivals:
        return True
    gaz = doc.gaz
    idx = dominant.place
    floor = gaz.priors[idx] + _support_bonus(support_for(gaz.places[idx].country, key))
    for ceiling, rival in dominant.rivals:
        if ceiling + _support_bonus(support_for(rival, key)) + 1e-9 >= floor:
            return False
    return True


def _resolve_dominant(doc: _Doc, hit: Hit, idx: int) -> _Choice | None:
    """The choice ``_judge`` would make for a key whose winner is known in advance."""
    text = doc.text
    if " " in hit.key.strip() and not _capitalised(text[hit.start : hit.end]):
        return None
    gaz = doc.gaz
    place = gaz.places[idx]
    town = place.level != "country" and _town_country(doc, hit, place.country)
    support = doc.support_for(place.country, hit.key)
    metonymic = idx in gaz.capitals and _metonymic(doc, hit)
    score, reason = _scored(gaz, idx, town, support, metonymic, "")
    return _new_tuple(_Choice, (hit.start, hit.end, idx, score, reason, None, metonymic))


_MEMO_MAX = 100_000


def _scored(
    gaz: Gazetteer, idx: int, town: bool, support: int, metonymic: bool, suffix: str
) -> tuple[float, str]:
    """Score and reason of a name whose place is settled, from what the document adds.

    Only four facts vary (the "Town, Country" pattern, the support, metonymy and the path
    that settled it), so the result is memoised on the gazetteer: the sums and the reason
    strings are built once per combination, in the same order as the full judgement.
    """
    support = support if support < 3 else 3
    memo_key = (idx, town, support, metonymic, suffix)
    found = gaz.choice_memo.get(memo_key)
    if found is None:
        place = gaz.places[idx]
        score = gaz.priors[idx]
        reason = "capital" if idx in gaz.capitals else place.level
        if town:
            score += 0.3
            reason += "; Town, Country"
        if support:
            score += 0.15 + 0.05 * support
            reason += f"; {place.country} supported"
        if metonymic:
            reason += "; capital standing for its government"
        if len(gaz.choice_memo) >= _MEMO_MAX:
            gaz.choice_memo.clear()
        found = gaz.choice_memo[memo_key] = (min(score, 1.0), reason + suffix)
    return found


def _metonymic(doc: _Doc, hit: Hit) -> bool:
    """ "Belgrade said", "between Belgrade and Pristina", "Moscow's favour"."""
    prev, _ = doc.prev_word(hit.start)
    fprev = doc.fold(prev).strip()
    between, nxt = doc.next_word(hit.end)
    fnext = doc.fold(nxt)
    if doc.text.startswith(("'s", "’s"), hit.end):
        return fnext not in curated.CITY_NOUNS
    if fprev in _LITERAL_BEFORE:
        return False
    if (fprev in ("and", "or") or doc.text.startswith(",", hit.start - 2)) and (
        _listed_after_locative(doc, hit.start)
    ):
        return False
    if fprev in curated.METONYMY_BEFORE:
        return True
    if fprev == "and":  # "between Belgrade and Pristina": follow the pair back
        for h in doc.by_end.get(hit.start - len(prev) - 2, ()):
            if any(isinstance(c, Candidate) and c.place in doc.gaz.capitals for c in h.value):
                pp, _ = doc.prev_word(h.start)
                if doc.fold(pp).strip() in curated.METONYMY_BEFORE:
                    return True
    if between.strip() == "" and fnext in curated.METONYMY_VERBS:
        return True
    if between.strip() == "" and fnext == "and":
        # "Belgrade and Pristina agreed": the pair is the subject
        after = hit.end + len(between) + 4
        for h in doc.by_start.get(after, ()):
            if any(isinstance(c, Candidate) and c.place in doc.gaz.capitals for c in h.value):
                b2, n2 = doc.next_word(h.end)
                return doc.fold(n2) in curated.METONYMY_VERBS or doc.text.startswith(
                    ("'s", "’s"), h.end
                )
    return False


#: Words before a capital that keep it a place ("in Belgrade", "visited Pristina").
_LITERAL_BEFORE = frozenset(
    "in at near to from outside around across into visited visit of".split()
)


def _listed_after_locative(doc: _Doc, start: int) -> bool:
    """ "Analysts in Zagreb and Belgrade said": a locative before a list governs every item.

    Walks back over the list ("A, B and C", "Novi Sad or Niš"): capitalised words, commas,
    "and" and "or"; the list is literal when the first lower-case word before it is a
    locative preposition.
    """
    for _ in range(10):
        prev, gap = doc.prev_word(start)
        if not prev or gap.strip() not in ("", ","):
            return False
        fprev = doc.fold(prev).strip()
        if not prev[:1].isupper() and fprev not in ("and", "or"):
            return fprev in _LITERAL_BEFORE
        start -= len(gap) + len(prev)
    return False


# -- demonyms ---------------------------------------------------------------------------------
def _resolve_demonym(
    doc: _Doc, hit: Hit, word: DemonymWord, places: list[_Choice]
) -> _Choice | None:
    text = doc.text
    surface = text[hit.start : hit.end]
    if not surface[:1].isupper() and word.role != "ethnic":
        return None
    if not surface[:1].isupper():
        return None
    if text[hit.start - 1 : hit.start] == "-":
        return None  # second half of a compound ("Albanian-American"): an adjective, no state
    start, end = hit.start, hit.end
    state: str | None = None
    reason = ""
    ethnic = False
    prev, gap = doc.prev_word(hit.start)
    fprev = doc.fold(prev).strip()
    # "Kosovo Serbs", "Bosnian Serb": a state named right before a people word.
    if word.role in ("people", "ethnic") and gap in (" ", "-"):
        for c in places:
            if c.end == hit.start - 1 and c.level is None:
                p = doc.gaz.places[c.place]
                if p.level == "country" and p.country:
                    state, start, reason = p.country, c.start, "people of a named state"
        prev_dem = _FOLDED_DEMONYMS.get(fprev)
        if state is None and prev_dem and prev_dem[1] in ("state", "both"):
            state, reason = prev_dem[0], "people of a state"
            start = hit.start - len(prev) - len(gap)
    if fprev == "ethnic":
        ethnic, start = True, hit.start - len(prev) - len(gap)
    level = "demonym"
    m_inst = _INSTITUTION.match(text, end)
    m_place = _PLACE_NOUN.match(text, end)
    m_eth = _ETHNIC_NOUN.match(text, end)
    nxt_between, nxt = doc.next_word(end)
    nxt_dem = _FOLDED_DEMONYMS.get(doc.fold(nxt)) if nxt_between in (" ", "-") else None
    if state:
        if m_inst:
            end = m_inst.end()
    elif word.role in ("state", "both") and nxt_dem and nxt_dem[1] in ("people", "ethnic"):
        state, reason = word.country, "people of a state"
        end = end + len(nxt_between) + len(nxt)
        m2 = _INSTITUTION.match(text, end)
        if m2:
            end = m2.end()
    elif word.role in ("state", "both") and m_inst and not ethnic:
        state, end, reason = word.country, m_inst.end(), "state adjective with an institution"
    elif word.role in ("state", "both") and m_place and not ethnic:
        state, end, reason = word.country, m_place.end(), "state adjective with a place noun"
        level = "country"
    elif m_eth or ethnic or word.role == "people" or (word.role == "ethnic" and m_inst):
        if m_eth:
            end = m_eth.end()
        elif m_inst and word.role == "ethnic":
            end = m_inst.end()
        state = _context_country(doc, hit.start, places) or word.country
        reason = "ethnic group, state from context"
    else:
        return None
    idx = doc.gaz.country_place.get(state)
    if idx is None:
        return None
    score = 0.8 if reason != "ethnic group, state from context" else 0.6
    return _Choice(start, end, idx, score, reason, level=level)


def _context_country(doc: _Doc, pos: int, places: list[_Choice]) -> str | None:
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


# -- putting it together ----------------------------------------------------------------------
def _select(choices: list[_Choice], size: int) -> list[_Choice]:
    """Longest span wins among overlapping choices; ties go to the higher score.

    Choices that overlap nothing are kept as they are; the greedy rule runs on each cluster
    of overlapping spans alone ("Kosovo" inside "Kosovo Serbs"), which decides exactly as
    running it on the whole list would, because spans in different clusters never compete.
    """
    ordered = sorted(choices, key=_START_OF)
    taken: list[_Choice] = []
    cluster: list[_Choice] = []
    reach = -1
    for c in ordered:
        if c[0] >= reach:
            if len(cluster) > 1:
                taken.extend(_greedy(cluster))
            elif cluster:
                taken.append(cluster[0])
            cluster = [c]
            reach = c[1]
        else:
            cluster.append(c)
            if c[1] > reach:
                reach = c[1]
    if len(cluster) > 1:
        taken.extend(_greedy(cluster))
    elif cluster:
        taken.append(cluster[0])
    return taken


def _greedy(cluster: list[_Choice]) -> list[_Choice]:
    """Longest first, then higher score, then earlier; each kept unless it overlaps a kept one."""
    kept: list[_Choice] = []
    for c in sorted(cluster, key=lambda c: (-(c.end - c.start), -c.score, c.start)):
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    kept.sort(key=_START_OF)
    return kept


def resolve(gaz: Gazetteer, text: str) -> list[Mention]:
    """All place and demonym mentions in ``text``, sorted by start."""
    hits, folded = gaz.matcher.scan(text, capitalised=True)
    if not hits:
        return []
    doc = _Doc(gaz, text, hits, folded)
    demonyms = gaz.demonyms
    dem_hits: list[tuple[Hit, DemonymWord]] = []
    # Longest hits first; a hit inside an accepted longer name is never judged.
    occupied = bytearray(len(text))
    places: list[_Choice] = []
    camps = "Camp " in text
    for hit in sorted(hits, key=_longest_first):
        dem = demonyms.get(hit.key)
        if dem is not None:
            dem_hits.append((hit, dem))
            if len(hit.value) == 1:
                continue
        start, end = hit.start, hit.end
        if occupied.find(1, start, end) != -1:
            continue
        choice = _resolve_hit(doc, hit)
        if choice is not None:
            occupied[start:end] = b"\x01" * (end - start)
            if end - start <= 5 and text[end - 1].isupper() and _shouted_acronym(text, hit):
                continue
            if camps and text.endswith("Camp ", 0, start) and _camp_elsewhere(doc, hit, choice):
                continue
            places.append(choice)
    places.sort(key=_START_OF)
    places = _cohere_lists(doc, places)
    if not dem_hits:
        return [_to_mention(gaz, text, c) for c in places]
    choices = list(places)
    for hit, dem in dem_hits:
        choice = _resolve_demonym(doc, hit, dem, places)
        if choice is not None:
            choices.append(choice)
    return [_to_mention(gaz, text, c) for c in _select(choices, len(text))]


_new = object.__new__


def _to_mention(gaz: Gazetteer, text: str, c: _Choice) -> Mention:
    """Build the Mention without the frozen dataclass's ``__init__``.

    A frozen dataclass sets each of its 13 fields through ``object.__setattr__``, which made
    building mentions a tenth of the tagger's time.  Filling the instance dictionary directly
    gives an equal object (tests/unit/geotag/test_mention_build.py), and every field but the
    offsets and the surface comes from a dict memoised per decision (``c[2:]``: place, score,
    reason, level, metonymic), so a Mention costs one lookup and one ``update``.
    """
    tail = gaz.mention_tails.get(c[2:])
    if tail is None:
        tail = _mention_tail(gaz, c)
    start, end = c[0], c[1]
    m = _new(Mention)
    d = m.__dict__
    d["start"] = start
    d["end"] = end
    d["surface"] = text[start:end]
    d.update(tail)
    return m


def _mention_tail(gaz: Gazetteer, c: _Choice) -> dict[str, object]:
    """The Mention fields after ``surface``, in field order, for one decision."""
    p = gaz.places[c.place]
    tail: dict[str, object] = {
        "place_id": p.place_id,
        "name": p.name,
        "country": p.country,
        "admin1": p.admin1,
        "level": c.level or p.level,
        "lat": p.lat,
        "lon": p.lon,
        "score": round(c.score, 3),
        "metonymic": c.metonymic,
        "reason": c.reason,
    }
    if len(gaz.mention_tails) >= _MEMO_MAX:
        gaz.mention_tails.clear()
    gaz.mention_tails[c[2:]] = tail
    return tail


_LEVEL_WEIGHT = {"country": 1.0, "admin1": 1.0, "city": 1.0, "site": 1.0, "demonym": 1.0}


def focus(
    mentions: Sequence[Mention], text_length: int, title_mentions: Sequence[Mention] = ()
) -> list[str]:
    """Region countries the document is about, most central first.

    Each mention adds its level weight, times 1.5 in the lead (first fifth, at most 600
    characters); title mentions add 2.  A region country must reach a third of the leading
    country's weight, and at least 2, so a country named once in passing does not count.  The
    leader may be any country: a report on Croatia that names Bosnia three times is still not
    about Bosnia.
    """
    weights: dict[str, float] = {}
    first: dict[str, int] = {}
    lead = min(600, max(200, text_length // 5))
    level_weight = _LEVEL_WEIGHT.get
    for m in mentions:
        country = m.country
        if country is None:
            continue
        level = m.level
        w = level_weight(level, 0.0)
        if level == "demonym" and m.reason.startswith("ethnic"):
            w = 0.5
        if m.start < lead:
            w *= 1.5
        if country in weights:
            weights[country] += w
        else:  # 0.0 + w is w: the sums are the same floats as with a default of 0.0
            weights[country] = w
            first[country] = m.start
    for m in title_mentions:
        if m.country is not None and m.level in _LEVEL_WEIGHT:
            weights[m.country] = weights.get(m.country, 0.0) + 2.0
            first.setdefault(m.country, -1)
    if not weights:
        return []
    bar = max(2.0, max(weights.values()) / 3)
    keep = [c for c, w in weights.items() if w >= bar and c in _REGION]
    return sorted(keep, key=lambda c: (-weights[c], first.get(c, 0)))
