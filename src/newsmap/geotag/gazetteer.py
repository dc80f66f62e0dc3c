"""The gazetteer: every name the tagger can find, each pointing at its candidate places.

Built once from data/geo (countries.csv, places.csv, aliases.csv, admin1.geojson,
groups.geojson) plus the hand-made lists (``curated``, ``exonyms``, ``words``), then passed
explicitly to ``tag_text``.  ``builder`` collects the names, ``shortcuts`` works out what can
be decided per key; ``prepared`` keeps the finished gazetteer pickled under a fingerprint of
the data and the code, so a load after the first reads it back instead of building.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from newsmap.geotag import prepared
from newsmap.geotag.curated_crossings import CrossingName
from newsmap.geotag.entries import Candidate, DemonymWord, Dominant
from newsmap.geotag.matcher import Matcher
from newsmap.model import Place
from newsmap.resources import geo_dir

if TYPE_CHECKING:
    from newsmap.geotag.builder import GazetteerBuilder

T = TypeVar("T")

# The build's modules (``builder`` and the curated lists it reads, the data files' readers,
# ``shortcuts``' tables) are imported by ``build`` and ``from_builder`` only: a run that loads
# the prepared cache never needs them, and importing them cost a tenth of its start-up.


@dataclass
class Gazetteer:
    """Places plus a matcher from folded names to candidate lists.

    ``country_place`` maps a country code to the index of its country-level place;
    ``capitals`` holds the indices of national capitals (for metonymy).
    """

    places: list[Place]
    matcher: Matcher
    country_place: dict[str, int]
    capitals: frozenset[int]
    common_words: frozenset[str] = field(default_factory=frozenset)
    source: Path | None = None
    #: Keys that can only mean one well-known place (a country, a big city, a region word):
    #: the resolver accepts them without weighing context, which is most hits in a news text.
    unambiguous: dict[str, int] = field(default_factory=dict)
    #: Per-key facts precomputed so the per-document work is a dictionary lookup per hit:
    #: the demonym a key spells, the one country a capitalised key vouches for, and the keys
    #: whose vouching depends on the text (case forms, case-sensitive acronyms).
    demonyms: dict[str, DemonymWord] = field(default_factory=dict)
    support_static: dict[str, str] = field(default_factory=dict)
    support_dynamic: dict[str, tuple[frozenset[str], tuple[Candidate, ...]]] = field(
        default_factory=dict
    )
    #: Keys with one candidate that no rule can reject and that outscores every rival unless
    #: the document's support says otherwise (Kosovo the country over villages called Kosovo;
    #: a capital over the admin-1 unit named after it); see ``Dominant``.
    dominant: dict[str, Dominant] = field(default_factory=dict)
    #: Each place's prior score (``prior_score``), by place index.
    priors: list[float] = field(default_factory=list)
    #: Keys of rivers that need a river word in the sentence ("Lim", "na Drini"), and each
    #: river's or lake's entries by country (``rivers``).
    river_keys: frozenset[str] = field(default_factory=frozenset)
    water_siblings: dict[int, dict[str, int]] = field(default_factory=dict)
    #: Folded names of border crossings -> their place and whether only a paragraph
    #: about the border reads it
    #: (``crossings``); the matcher has no keys for them.
    crossings: dict[str, CrossingName] = field(default_factory=dict)
    #: The places of seas, ranges and large regions (``seas``: not inside another name).
    seas: frozenset[int] = field(default_factory=frozenset)
    #: (key, place) of case forms that are also the place's own names ("Podujevo", "Valbona").
    named_forms: frozenset[tuple[str, int]] = field(default_factory=frozenset)
    #: Filled as documents are tagged: the document-independent facts the candidate rules
    #: read about a (key, candidate) pair.
    judge_facts: dict[str, tuple] = field(default_factory=dict, repr=False, compare=False)
    #: Also filled as documents are tagged: everything a Mention carries besides its offsets
    #: and surface, by the decision that made it (place, score, reason, level, metonymic), and
    #: the score and reason of a sure name by (place, support, "Town, Country", metonymic).
    #: A decision recurs across documents, so most Mentions are built from a finished dict.
    mention_tails: dict[tuple, dict[str, object]] = field(
        default_factory=dict, repr=False, compare=False
    )
    choice_memo: dict[tuple, tuple[float, str]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def from_path(cls, path: Path | None = None) -> Gazetteer:
        """Load the gazetteer from a data/geo directory (default: the project's).

        Raises GazetteerError naming the missing file when the directory is incomplete.
        """
        geo = Path(path) if path is not None else geo_dir()
        gaz: Gazetteer = prepared.load_or_build(geo, lambda: cls.build(geo))
        gaz.source = geo
        return gaz

    @classmethod
    def build(cls, geo: Path) -> Gazetteer:
        """Build the gazetteer from the files in ``geo`` (what ``from_path`` caches)."""
        from newsmap.geotag.builder import GazetteerBuilder
        from newsmap.geotag.geofiles import CLASHES_FILE, read_clashes, read_csv, read_geojson
        from newsmap.geotag.small_abroad import drop_shared

        b = GazetteerBuilder()
        b.case_form_clashes = read_clashes(geo / CLASHES_FILE)
        b.add_countries(read_csv(geo / "countries.csv"))
        b.add_places(read_csv(geo / "places.csv"))
        b.add_aliases(read_csv(geo / "aliases.csv"))
        for name, prefix in (("admin1.geojson", "admin1"), ("groups.geojson", "group")):
            if (geo / name).exists():
                b.add_units(read_geojson(geo / name), prefix)
        b.add_curated()
        drop_shared(b.keys, b.small_abroad)
        return cls.from_builder(b, source=geo)

    @classmethod
    def from_builder(cls, b: GazetteerBuilder, source: Path | None = None) -> Gazetteer:
        """The gazetteer of the names ``b`` collected, with its per-key shortcuts."""
        from newsmap.geotag import shortcuts

        shared: dict[object, object] = {}
        _share_candidates(b, shared)
        items = ((key, _one(shared, tuple(slot.values()))) for key, slot in b.keys.items())
        demonyms: dict[str, DemonymWord] = {}
        for key, slot in b.keys.items():
            word = next((c for c in slot.values() if isinstance(c, DemonymWord)), None)
            if word is not None:
                demonyms[key] = word
        static, dynamic = shortcuts.support_tables(b)
        dynamic = {
            key: _one(shared, (_one(shared, needs), _one(shared, cands)))
            for key, (needs, cands) in dynamic.items()
        }
        return cls(
            places=b.places,
            matcher=Matcher(items, side=_side_words(source) + _crossing_words(b)),
            country_place=b.country_place,
            capitals=frozenset(b.capitals),
            common_words=b.common_words(),
            source=source,
            unambiguous=shortcuts.unambiguous(b),
            demonyms=demonyms,
            support_static=static,
            support_dynamic=dynamic,
            dominant=shortcuts.dominant(b),
            priors=[b.prior(i) for i in range(len(b.places))],
            river_keys=frozenset(b.river_keys),
            water_siblings=b.water_siblings,
            crossings=b.crossings,
            seas=frozenset(b.seas),
            named_forms=frozenset(b.named_forms),
        )


def _one(shared: dict, value: T) -> T:
    """The one object kept for values equal to ``value`` (the first one seen)."""
    return shared.setdefault(value, value)


def _share_candidates(b: GazetteerBuilder, shared: dict) -> None:
    """Make equal candidates one object across the builder's keys, and so equal candidate
    lists and support entries in the tables made from them (``_one``).  Of some 89,000
    candidates 18,000 differ, of 87,000 candidate lists 18,000, and 26,800 support entries
    are 2,100: the prepared cache then pickles each once and refers back to it, and its load
    makes a third as many objects.  They are values nobody compares by identity."""
    for slot in b.keys.values():
        for at, cand in slot.items():
            if type(cand) is Candidate:
                slot[at] = _one(shared, cand)


def _crossing_words(b: GazetteerBuilder) -> list[tuple[str, object]]:
    """The crossings' names, found as side words: a one-word name that is also a place's key
    is found as both; a longer one (four, each its own crossing's village) as a name only."""
    return list(b.crossings.items())


def _side_words(geo: Path | None) -> list[tuple[str, object]]:
    """Words the matcher finds in any case: site and settlement nouns, local state adjectives."""
    from newsmap.geotag import side_words, site_heads
    from newsmap.geotag.folding import fold_key
    from newsmap.geotag.state_adjectives import read_adjective_words

    found: list[tuple[str, object]] = [(fold_key(w), k) for w, k in site_heads.site_words().items()]
    found += [(fold_key(w), k) for w, k in read_adjective_words(geo).items()]
    found += [(fold_key(w), k) for w, k in side_words.site_nouns().items()]
    found += [(fold_key(w), c) for w, c in side_words.cue_words().items()]
    found += [(fold_key(w), c) for w, c in side_words.name_cues().items()]
    found += [(fold_key(w), m) for w, m in side_words.match_words().items()]
    return found
