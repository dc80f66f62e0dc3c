"""Per-key facts worked out once, when the gazetteer is built, so tagging a document is cheap.

Most names in a news text are countries, capitals and big towns whose reading never depends
on the document; deciding them in advance turns the per-hit work into a dictionary lookup.
Each table mirrors a rule of ``rules.py`` and ``candidates.py`` exactly;
tests/unit/geotag/test_shortcuts.py checks that tagging with and without them agrees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmap.geotag import words
from newsmap.geotag.entries import (
    MAX_SUPPORT_BONUS,
    Candidate,
    DemonymWord,
    Dominant,
    strong_place,
)

if TYPE_CHECKING:
    # only the gazetteer's build passes a builder: a run from the prepared cache (which
    # imports this module for ``FUNCTION_WORDS``) never imports the build's modules
    from newsmap.geotag.builder import GazetteerBuilder, Slot

#: Alias kinds that always name the place itself (no GeoNames alternate).
_SURE_KINDS = frozenset({"name", "curated", "local", "ascii"})
#: Words that are never names, whatever the gazetteer lists under them.
FUNCTION_WORDS = (
    words.LOCAL_FUNCTION_WORDS | words.ENGLISH_FUNCTION_WORDS | words.LOCAL_PREPOSITIONS
)

#: Per key, the countries it always vouches for and the candidates whose vouching depends on
#: the document (case forms, case-sensitive acronyms).
DynamicSupport = dict[str, tuple[frozenset[str], tuple[Candidate, ...]]]


def unambiguous(b: GazetteerBuilder) -> dict[str, int]:
    """Keys that can only mean one well-known place: a country, a region word, a big city."""
    out: dict[str, int] = {}
    risky = b.common_words() | words.GIVEN_NAMES
    for key, slot in b.keys.items():
        if len(slot) != 1:
            continue
        (cand,) = slot.values()
        if not isinstance(cand, Candidate) or cand.inflected or cand.needs or cand.exact:
            continue
        folded = key.strip()
        if cand.kind not in ("name", "curated", "local", "ascii") or folded in risky:
            continue
        if len(folded) <= 3:
            continue
        place = b.places[cand.place]
        big = (
            place.level in ("country", "region")
            or (place.level == "admin1" and not place.place_id.startswith("admin1:"))
            or (place.level == "city" and place.population >= 100_000)
        )
        if big:
            out[key] = cand.place
    return out


def support_tables(b: GazetteerBuilder) -> tuple[dict[str, str], DynamicSupport]:
    """Which country each key vouches for when written with a capital (see ``context``).

    A key vouches for a country when its strong, real-name candidates all agree on it:
    countries, admin-1 units, capitals, towns of 50,000+.  Case forms count only in
    local-language text and acronyms only when spelt exactly, so keys with such
    candidates are left for the resolver to decide per document.
    """
    static: dict[str, str] = {}
    dynamic: DynamicSupport = {}
    common = b.common_words()
    for key, slot in b.keys.items():
        fixed: set[str] = set()
        varying: list[Candidate] = []
        if key.strip() in common:
            fixed.update(c.country for c in slot.values() if isinstance(c, DemonymWord))
        else:
            for cand in slot.values():
                if isinstance(cand, DemonymWord):
                    fixed.add(cand.country)
                    continue
                place = b.places[cand.place]
                if cand.needs or cand.kind == "alternate" or place.country is None:
                    continue
                if not strong_place(place, cand.place in b.capitals):
                    continue
                if cand.inflected or cand.exact:
                    varying.append(cand)
                else:
                    fixed.add(place.country)
        if varying:
            dynamic[key] = (frozenset(fixed), tuple(varying))
        elif len(fixed) == 1:
            static[key] = next(iter(fixed))
    return static, dynamic


def dominant(b: GazetteerBuilder) -> dict[str, Dominant]:
    """Keys whose winner is known before reading the document, up to a support check.

    The bounds mirror the candidate rules' scoring.  A rival in the winner's country gets the
    same support bonus, so it is ruled out here when its prior plus the 0.3 "Town, Country"
    bonus the winner may lack stays below the winner's prior.  A rival in another country
    may gain up to 0.3 more from its own support, so those that could ever win are kept
    with the most they can score before support; the resolver compares that with the
    winner's score once the document's support is known.  Keys with case-sensitive
    spellings are left to the resolver.
    """
    out: dict[str, Dominant] = {}
    risky = b.common_words() | words.GIVEN_NAMES | FUNCTION_WORDS
    for key, slot in b.keys.items():
        folded = key.strip()
        if folded in risky or len(folded) <= 3:
            continue
        found = _dominant_in(b, slot)
        if found is not None:
            out[key] = found
    return out


def _dominant_in(b: GazetteerBuilder, slot: Slot) -> Dominant | None:
    """The precomputed winner among one key's candidates, or None when the document decides."""
    cands = [c for c in slot.values() if isinstance(c, Candidate)]
    sure = [c for c in cands if _never_rejected(b, c)]
    if not sure or any(c.exact for c in cands):
        return None
    best = max(sure, key=lambda c: (b.prior(c.place), -c.place))
    place = b.places[best.place]
    floor = b.prior(best.place)
    needs: list[str] = []
    rivals: list[tuple[float, str | None]] = []
    for other in cands:
        if other is best:
            continue
        if other.needs:
            needs.append(other.needs)
            continue
        rival = b.places[other.place]
        town = 0.3 if rival.level != "country" else 0.0
        # the rules always take these off: an alternate name, a case form
        penalty = (0.15 if other.kind == "alternate" else 0.0) + (0.05 if other.inflected else 0.0)
        if rival.country == place.country and rival.country is not None:
            if place.level != "country":
                town = 0.0  # the winner gets the same "Town, Country" bonus
            if not b.prior(other.place) + town - penalty + 1e-9 < floor:
                return None
            continue
        ceiling = b.prior(other.place) + town - penalty
        if ceiling + MAX_SUPPORT_BONUS + 1e-9 >= floor:
            rivals.append((ceiling, rival.country))
    return Dominant(best.place, tuple(needs), tuple(rivals))


def _never_rejected(b: GazetteerBuilder, cand: Candidate) -> bool:
    """A real name of a country, region, unit, site, capital or city of 100,000+."""
    if cand.inflected or cand.needs or cand.exact or cand.kind not in _SURE_KINDS:
        return False
    place = b.places[cand.place]
    return place.level in ("country", "region", "admin1", "site") or (
        place.level == "city" and (cand.place in b.capitals or place.population >= 100_000)
    )
