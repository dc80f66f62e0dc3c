"""Step 2 of resolving, per name: which place a name found in the text stands for.

``resolve_hit`` decides one name: a sure name at once, a name after "<Demonym> region of" in
that state, a name with a winner known in advance unless the document overturns it, any
other name by judging each candidate (``rules``).  Scores and reasons of settled names are
memoised on the gazetteer, since the same decisions recur across documents.  Two vetoes
that follow a decision live here too: a shouted acronym ("NIS") and a camp named after a
village abroad.
"""

from __future__ import annotations

import dataclasses
import re

from newsmap.geotag import words
from newsmap.geotag.apposed_units import apposed_state
from newsmap.geotag.choice import Choice, new_tuple
from newsmap.geotag.context import Doc, capitalised
from newsmap.geotag.entries import Candidate, Dominant
from newsmap.geotag.folding import spelt_as
from newsmap.geotag.gazetteer import Gazetteer
from newsmap.geotag.home import home_country
from newsmap.geotag.locative_cues import town_country
from newsmap.geotag.matcher import Hit
from newsmap.geotag.metonymy import metonymic
from newsmap.geotag.rules import judge, key_facts


def _heading(text: str, start: int) -> bool:
    """Whether nothing lower-case precedes ``start`` on its line (a dateline or a headline)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not any(ch.islower() for ch in text[line_start:start])


def shouted_acronym(text: str, hit: Hit) -> bool:
    """ "the oil company NIS": a short all-caps word inside running text is an acronym.

    Upper case is normal in datelines and headlines; elsewhere a short capitalised-throughout
    word names a company or body unless it is the place's own acronym (RS, BiH, USA).
    """
    start, end = hit.start, hit.end
    surface = text[start:end]
    if len(surface) > 5 or not surface.isalpha() or not surface.isupper():
        return False
    if any(isinstance(c, Candidate) and c.exact and spelt_as(surface, c.exact) for c in hit.value):
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


def _qualified_country(doc: Doc, start: int) -> str | None:
    """The state named by "<Demonym> <place noun> of" just before ``start``, if any."""
    if not doc.text.endswith(_QUALIFIER_ENDS, 0, start):
        return None
    m = _QUALIFIER.search(doc.text, max(0, start - 40), start)
    if m is None:
        return None
    dem = words.FOLDED_DEMONYMS.get(doc.fold(m.group(1)))
    return dem[0] if dem and dem[1] in ("state", "both") else None


#: Words around a name that make it a sports club's ("Vardar fans", "FK Partizan").
_CLUB_AFTER = re.compile(
    r"(?:['’]s)? (?:fans|supporters|ultras|coach|striker|midfielder|goalkeeper|defender"
    r"|players|squad)\b",
    re.IGNORECASE,
)
#: Club prefixes, with the region's own: Albanian KF, KB; Cyrillic ФК, КК, РК.
_CLUB_BEFORE = re.compile(r"(?<!\w)(?:FK|NK|KK|RK|OFK|HNK|FC|SC|KF|KB|ФК|КК|РК|ОФК) $")


def club_name(doc: Doc, hit: Hit) -> bool:
    """ "Vardar fans", "FK Partizan", "Sarajevo's striker": a club named after a place."""
    text = doc.text
    end, start = hit.end, hit.start
    if text[end : end + 3] in CLUB_AFTER_STARTS and _CLUB_AFTER.match(text, end):
        return True
    return text[start - 2 : start - 1].isupper() and bool(
        _CLUB_BEFORE.search(text, max(0, start - 5), start)
    )


#: How the words in ``_CLUB_AFTER`` begin, for a test that skips most names at once.
_CLUB_WORDS = "fans supporters ultras coach striker midfielder goalkeeper defender players squad"
CLUB_AFTER_STARTS = frozenset(
    [" " + w[:2] for w in _CLUB_WORDS.split()]
    + [" " + w[:2].capitalize() for w in _CLUB_WORDS.split()]
    + ["'s ", "’s "]
)


def camp_elsewhere(doc: Doc, hit: Hit, choice: Choice) -> bool:
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


def resolve_hit(doc: Doc, hit: Hit, qualify: bool = True) -> Choice | None:
    """One name's decision, by the first of four ways that applies to it.

    A name only one well-known place has is taken as it is; "<Demonym> region of" before a
    name puts it in that state; a key whose winner the gazetteer knows in advance takes it
    unless the document's support says otherwise; anything else is judged candidate by
    candidate (``rules.judge``).
    """
    gaz = doc.gaz
    sure = gaz.unambiguous.get(hit.key)
    if sure is not None:
        return _sure_name(doc, hit, sure)
    if qualify and doc.text.endswith("of ", 0, hit.start):
        qualified = _qualified_country(doc, hit.start)
        if qualified is not None:
            return _resolve_qualified(doc, hit, qualified)
    if qualify and doc.text.startswith(", a", hit.end):
        state = apposed_state(doc, hit)  # "Kula, a town in Vojvodina"
        if state is not None:
            found = best_in_country(doc, hit, state, f"; apposed as a town of {state}")
            if found is not None:
                return found
    dominant = gaz.dominant.get(hit.key)
    if dominant is not None and dominates(doc, hit.key, dominant):
        return _resolve_dominant(doc, hit, dominant.place)
    return _judged(doc, hit)


def _sure_name(doc: Doc, hit: Hit, idx: int) -> Choice | None:
    """A name only one well-known place has: written as a name, it is that place."""
    gaz = doc.gaz
    text = doc.text
    start, end = hit.start, hit.end
    if not (text[start].isupper() or capitalised(text[start:end])):
        return None
    support = doc.support_for(gaz.places[idx].country, hit.key)
    meto = idx in gaz.capitals and metonymic(doc, hit)
    score, reason = scored(gaz, idx, False, support, meto, "; unambiguous name")
    return new_tuple(Choice, (start, end, idx, score, reason, None, meto))


def _judged(doc: Doc, hit: Hit) -> Choice | None:
    """The best candidate that passes the rules; a "needs" candidate wins on its support."""
    best: tuple[float, int, str] | None = None
    needs: list[tuple[float, int, str, Candidate]] = []
    cands = hit.value
    for cand, facts in zip(cands, key_facts(doc.gaz, hit.key, cands), strict=True):
        if facts is None:
            continue
        judged, reason = judge(doc, hit, cand, facts)
        if judged is None:
            continue
        if cand.needs:
            needs.append((judged, cand.place, reason, cand))
            continue
        if best is None or (judged, -cand.place) > (best[0], -best[1]):
            best = (judged, cand.place, reason)
    home = _home_of_shared(doc, hit, needs) if len(needs) > 1 else None
    if home is not None:  # the part of the state whose press names it, alone
        needs = [n for n in needs if n[3].needs == home]
    for score, idx, reason, cand in needs:
        rival = doc.gaz.places[best[1]].country if best else None
        if best is None or doc.support_for(cand.needs, hit.key) > doc.support_for(rival, hit.key):
            best = (max(score, 0.6), idx, reason + f"; {cand.needs} context outweighs")
    if best is None:
        return None
    score, idx, reason = best
    meto = idx in doc.gaz.capitals and metonymic(doc, hit)
    if meto:
        reason += "; capital standing for its government"
    return new_tuple(Choice, (hit.start, hit.end, idx, min(score, 1.0), reason, None, meto))


def _home_of_shared(
    doc: Doc, hit: Hit, needs: list[tuple[float, int, str, Candidate]]
) -> str | None:
    """The state among a shared water's parts (a lake, a river, each named beside its state)
    whose language the local text is written in: "Охридското Езеро" in Macedonian press is
    the Macedonian shore's, however many places of the Albanian shore the story names.
    None for English text and where the language points to no one state of them.  Asked only
    of a local spelling (a case form, or letters English does not write: "Drina" and "Lake
    Ohrid" in English news cost no reading of the language)."""
    spelt_here = any(n[3].inflected for n in needs) or not doc.text[hit.start : hit.end].isascii()
    if not spelt_here or not doc.local:
        return None
    home = home_country(doc.text)
    return home if any(cand.needs == home for *_, cand in needs) else None


def _resolve_qualified(doc: Doc, hit: Hit, country: str) -> Choice | None:
    """ "the Greek region of Macedonia": the best candidate in the named state, if any passes.

    The qualifier stands in for the "needs" context a candidate may ask for; when no
    candidate lies in that state, the name is judged as usual.
    """
    found = best_in_country(doc, hit, country, f"; named as {country}'s")
    return found if found is not None else resolve_hit(doc, hit, qualify=False)


def best_in_country(
    doc: Doc, hit: Hit, country: str, why: str, real_names: bool = False
) -> Choice | None:
    """The best candidate of ``hit`` in ``country`` that passes the judgement, or None.

    With ``real_names`` a GeoNames alternate name does not count ("Mitrovica" is listed for
    Sremska Mitrovica too, which is not enough to move a town across a border).
    """
    best: tuple[float, int, str] | None = None
    cands = hit.value
    for cand, facts in zip(cands, key_facts(doc.gaz, hit.key, cands), strict=True):
        if facts is None or facts.country != country or (real_names and cand.kind == "alternate"):
            continue
        if cand.needs == country:
            cand = dataclasses.replace(cand, needs=None)
        score, reason = judge(doc, hit, cand, facts)
        if score is not None and (best is None or (score, -cand.place) > (best[0], -best[1])):
            best = (score, cand.place, reason + why)
    if best is None:
        return None
    score, idx, reason = best
    return new_tuple(Choice, (hit.start, hit.end, idx, min(score, 1.0), reason, None, False))


def _support_bonus(support: int) -> float:
    return 0.15 + 0.05 * min(support, 3) if support else 0.0


def dominates(doc: Doc, key: str, dominant: Dominant) -> bool:
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


def _resolve_dominant(doc: Doc, hit: Hit, idx: int) -> Choice | None:
    """The choice ``rules.judge`` would make for a key whose winner is known in advance."""
    text = doc.text
    if " " in hit.key.strip() and not capitalised(text[hit.start : hit.end]):
        return None
    gaz = doc.gaz
    place = gaz.places[idx]
    town = place.level != "country" and town_country(doc, hit, place.country)
    support = doc.support_for(place.country, hit.key)
    meto = idx in gaz.capitals and metonymic(doc, hit)
    score, reason = scored(gaz, idx, town, support, meto, "")
    return new_tuple(Choice, (hit.start, hit.end, idx, score, reason, None, meto))


MEMO_MAX = 100_000


def scored(
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
        if len(gaz.choice_memo) >= MEMO_MAX:
            gaz.choice_memo.clear()
        found = gaz.choice_memo[memo_key] = (min(score, 1.0), reason + suffix)
    return found
