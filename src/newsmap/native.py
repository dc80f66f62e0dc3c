"""Which modules run compiled (mypyc), and the guard that never lets stale compiled code run.

The tagger's and the date matcher's modules are compiled to C extensions when the package is
installed (``setup.py`` reads ``COMPILED`` from here); a compiled module makes ``newsmap
analyze`` about twice as fast on one core.  The build records a digest of each compiled
module's source in ``native_build.json`` next to this file.

With an editable install the extension sits beside its ``.py`` and Python imports the extension
first, so an edited source would silently run as its old compiled self.  ``guard`` (called by
the package's ``__init__``) compares the digests before anything compiled is imported: when a
source changed since the build, or an extension is left over from another build, the whole
compiled group is loaded from source, with one warning naming the command that rebuilds.  All of
it, never a mix: the compiled modules call each other natively, so an interpreted module among
compiled ones would not be called at all.  ``NEWSMAP_INTERPRETED=1`` asks for the same on
purpose (profiling with cProfile, comparing speeds).

This module is never compiled itself, and imports only the standard library: setup.py runs it
before anything is installed.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

#: The compiled modules, relative to the package.  They are the per-document path of
#: ``newsmap analyze``: tagging (geotag), dating and typing events (events).  Left interpreted:
#: ``geotag.entries``, ``geotag.gazetteer`` and ``geotag.matcher`` define the classes the
#: prepared-gazetteer cache pickles (a compiled class does not unpickle through its own
#: ``__init__``), and the build-time modules (builder, index_rules, curated, exonyms,
#: country_names, morphology, geofiles, prepared, explain), which the cache spares most runs.
#: ``pipeline`` would pull the command's typed dependencies into the build's type check
#: (minutes of build for a few per cent); ``cli.jsonline``, which spells each output line,
#: needs only ``model``, and ``ingest.language`` only the lexicon's trie (its model is
#: imported untyped, when asked).
COMPILED: tuple[str, ...] = (
    "cli/jsonline.py",
    "events/classify.py",
    "events/classify_local.py",
    "events/classify_words.py",
    "events/dated_news.py",
    "events/extract.py",
    "events/merge.py",
    "events/notices.py",
    "events/page_frames.py",
    "events/score.py",
    "events/sentences.py",
    "events/withdrawn.py",
    "events/bare_clock.py",
    "events/bounds.py",
    "events/compared.py",
    "events/day_lists.py",
    "events/life_line.py",
    "events/day_states.py",
    "events/no_event_dates.py",
    "events/reached_by.py",
    "events/restated.py",
    "events/year_subject.py",
    "events/yearly.py",
    "events/temporal/absolute.py",
    "events/temporal/named_days.py",
    "events/temporal/same_day.py",
    "events/temporal/seasons.py",
    "events/temporal/far_past.py",
    "events/temporal/reported_days.py",
    "events/temporal/weekday_anchor.py",
    "events/temporal/diary_heads.py",
    "events/temporal/anchors.py",
    "events/temporal/chronology.py",
    "events/temporal/context.py",
    "events/temporal/english_tense.py",
    "events/temporal/find.py",
    "events/temporal/gates.py",
    "events/temporal/habits.py",
    "events/temporal/happenings.py",
    "events/temporal/layout.py",
    "events/temporal/local.py",
    "events/temporal/local_feasts.py",
    "events/temporal/local_feast_occasions.py",
    "events/temporal/local_feast_clauses.py",
    "events/temporal/local_next_days.py",
    "events/temporal/local_nowadays.py",
    "events/temporal/local_this_year.py",
    "events/temporal/local_more.py",
    "events/temporal/local_nonevents.py",
    "events/temporal/local_tense.py",
    "events/temporal/local_words.py",
    "events/temporal/month_starts.py",
    "events/temporal/ordinals.py",
    "events/temporal/periods.py",
    "events/temporal/record.py",
    "events/temporal/relative.py",
    "events/temporal/rules.py",
    "events/temporal/runs.py",
    "events/temporal/shared_words.py",
    "events/temporal/spans.py",
    "events/temporal/spelling.py",
    "events/temporal/starts.py",
    "events/temporal/weather.py",
    "events/temporal/weekdays.py",
    "events/temporal/words.py",
    "events/temporal/anchored_rules.py",
    "events/temporal/feast_calendar.py",
    "events/temporal/local_feast_offsets.py",
    "events/temporal/local_feasts_more.py",
    "events/temporal/local_told_from_words.py",
    "events/temporal/local_year_told.py",
    "events/temporal/local_state_dates.py",
    "events/temporal/local_ordinal_days.py",
    "events/temporal/local_guards.py",
    "events/temporal/local_happenings.py",
    "events/temporal/local_lead_days.py",
    "events/temporal/local_in_days.py",
    "events/temporal/local_seasons.py",
    "events/temporal/local_seasons_ahead.py",
    "events/temporal/local_week_of.py",
    "events/temporal/local_weekday_cues.py",
    "events/temporal/local_day_ranges.py",
    "events/temporal/local_later_happenings.py",
    "events/temporal/paired_dates.py",
    "events/temporal/local_apposed_days.py",
    "events/temporal/local_sq_present.py",
    "events/temporal/local_weekend.py",
    "events/temporal/period_names.py",
    "events/temporal/that_year.py",
    "events/temporal/new_year.py",
    "events/temporal/overnight.py",
    "events/temporal/clock_periods.py",
    "events/temporal/sentence_tense.py",
    "events/happening_forms.py",
    "events/stretches.py",
    "events/temporal/year_apposition.py",
    "events/temporal/year_names.py",
    "events/temporal/directed.py",
    "events/temporal/listed_days.py",
    "events/temporal/family_words.py",
    "events/temporal/moved.py",
    "geotag/abroad.py",
    "geotag/actors.py",
    "geotag/another_town.py",
    "geotag/apposed_units.py",
    "geotag/called.py",
    "geotag/candidates.py",
    "geotag/choice.py",
    "geotag/cited_names.py",
    "geotag/club_short_names.py",
    "geotag/club_towns.py",
    "geotag/common_phrases.py",
    "geotag/context.py",
    "geotag/context_repeats.py",
    "geotag/datelines.py",
    "geotag/demonym_words.py",
    "geotag/demonyms.py",
    "geotag/descriptive_towns.py",
    "geotag/far_states.py",
    "geotag/filed_namesakes.py",
    "geotag/focus.py",
    "geotag/folding.py",
    "geotag/home.py",
    "geotag/home_state.py",
    "geotag/home_words.py",
    "geotag/institution_names.py",
    "geotag/indefinite_namesakes.py",
    "geotag/landmark_towns.py",
    "geotag/language_adjectives.py",
    "geotag/layout.py",
    "geotag/lists.py",
    "geotag/literal_starts.py",
    "geotag/local_focus.py",
    "geotag/local_named_sites.py",
    "geotag/local_site_edges.py",
    "geotag/local_site_places.py",
    "geotag/local_span_edges.py",
    "geotag/local_town_sites.py",
    "geotag/local_party_names.py",
    "geotag/local_sites.py",
    "geotag/local_shores.py",
    "geotag/local_villages.py",
    "geotag/local_states.py",
    "geotag/local_twins.py",
    "geotag/local_common_words.py",
    "geotag/local_locatives.py",
    "geotag/local_border_sides.py",
    "geotag/local_landscapes.py",
    "geotag/local_towns_abroad.py",
    "geotag/locative_cues.py",
    "geotag/locative_names.py",
    "geotag/match_results.py",
    "geotag/match_sides.py",
    "geotag/metonymy.py",
    "geotag/name_words.py",
    "geotag/named_after.py",
    "geotag/near_twins.py",
    "geotag/noun_first.py",
    "geotag/old_towns.py",
    "geotag/parties.py",
    "geotag/prepositions.py",
    "geotag/prefixed_places.py",
    "geotag/products.py",
    "geotag/qualified_names.py",
    "geotag/persons.py",
    "geotag/told_settlements.py",
    "geotag/phrase_gate.py",
    "geotag/phrase_heads.py",
    "geotag/private_nouns.py",
    "geotag/resolve.py",
    "geotag/mention_records.py",
    "geotag/rivers.py",
    "geotag/route_names.py",
    "geotag/rules.py",
    "geotag/scan.py",
    "geotag/sentence_country.py",
    "geotag/shortcuts.py",
    "geotag/side_words.py",
    "geotag/site_anchor.py",
    "geotag/site_heads.py",
    "geotag/site_tails.py",
    "geotag/sites.py",
    "geotag/name_extent.py",
    "geotag/state_adjectives.py",
    "geotag/state_bodies.py",
    "geotag/state_firms.py",
    "geotag/state_prefixed.py",
    "geotag/region_lists.py",
    "geotag/story_states.py",
    "geotag/street_names.py",
    "geotag/twins.py",
    "geotag/units_abroad.py",
    "geotag/token_marks.py",
    "geotag/us_institutions.py",
    "geotag/villages.py",
    "geotag/words.py",
    "geotag/crossings.py",
    "geotag/crossing_sides.py",
    "geotag/rivals.py",
    "geotag/feast_names.py",
    "geotag/municipality_names.py",
    "geotag/namesake_paragraphs.py",
    "geotag/outlets.py",
    "geotag/overlaps.py",
    "geotag/seas.py",
    "geotag/bare_rivers.py",
    "geotag/bridged_rivers.py",
    "geotag/dateline_outlets.py",
    "geotag/name_edges.py",
    "geotag/neighbour_seats.py",
    "geotag/placed_names.py",
    "geotag/org_names.py",
    "geotag/stated_towns.py",
    "geotag/acting_bodies.py",
    "geotag/listed_states.py",
    "geotag/state_goods.py",
    "ingest/language.py",
    "tokens.py",
)
#: The modules `newsmap analyze` imports that stay interpreted on purpose (the reasons above):
#: a rule module added to geotag/ or events/ belongs in ``COMPILED`` unless it is listed here,
#: and ``tests/unit/test_startup_imports.py`` fails when a real run imports one that is in
#: neither list (an uncompiled rule module runs several times slower on every document).
INTERPRETED: tuple[str, ...] = (
    # the command's frame: argument parsing, printing, the worker pool, the data model
    "cli/analyze.py",
    "cli/analyze_jobs.py",
    "cli/printing.py",
    "engines/gcpolicy.py",
    "errors.py",
    "model.py",
    "native.py",
    "pipeline.py",
    "regex_cache.py",
    "resources.py",
    # the word lists the language guess and local dates read once
    "lexicon/local.py",
    "lexicon/months.py",
    "lexicon/trie.py",
    # classes the prepared-gazetteer cache pickles
    "geotag/entries.py",
    "geotag/gazetteer.py",
    "geotag/matcher.py",
    # the gazetteer's build (run when the cache is missing or stale; imported with it)
    "geotag/builder.py",
    "geotag/country_names.py",
    "geotag/curated.py",
    "geotag/curated_abroad.py",
    "geotag/curated_areas.py",
    "geotag/curated_counties.py",
    "geotag/curated_crossings.py",
    "geotag/curated_keys.py",
    "geotag/curated_local_towns.py",
    "geotag/curated_named_places.py",
    "geotag/curated_region_words.py",
    "geotag/curated_regions.py",
    "geotag/curated_rivers.py",
    "geotag/curated_sites.py",
    "geotag/curated_venues.py",
    "geotag/curated_waters.py",
    "geotag/curated_waters_abroad.py",
    "geotag/curated_world.py",
    "geotag/exonyms.py",
    "geotag/geofiles.py",
    "geotag/index_rules.py",
    "geotag/morphology.py",
    "geotag/morphology_abroad.py",
    "geotag/morphology_albanian.py",
    "geotag/prepared.py",
    "geotag/seat_towns.py",
    "geotag/small_abroad.py",
)
#: Written by the build beside this file: {"build": id, "sources": {module: sha256 of source},
#: "stats": {module: [size, modification time in ns] of the source it compiled}}.
MANIFEST = "native_build.json"
#: Set to 1 to run every compiled module from its source.
INTERPRETED_ENV = "NEWSMAP_INTERPRETED"
REBUILD_HINT = "make .venv/.installed (or: pip install -e .)"

PACKAGE_DIR = Path(__file__).resolve().parent
_EXTENSION_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def module_name(relative: str) -> str:
    """``geotag/rules.py`` -> ``newsmap.geotag.rules``."""
    return "newsmap." + relative.removesuffix(".py").replace("/", ".")


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def file_stat(path: Path) -> list[int]:
    """A file's size and modification time (ns): what CPython compares to reuse bytecode."""
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns]


def read_manifest(package_dir: Path = PACKAGE_DIR) -> dict | None:
    """The build's record, or None when nothing was compiled (a plain source tree)."""
    try:
        return json.loads((package_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def build_id(package_dir: Path = PACKAGE_DIR) -> str:
    """What the running code is: the compiled build's id, or "interpreted"."""
    manifest = read_manifest(package_dir)
    if manifest is None or _state.get("interpreted"):
        return "interpreted"
    return str(manifest.get("build", "interpreted"))


def stale_modules(package_dir: Path = PACKAGE_DIR, manifest: dict | None = None) -> list[str]:
    """Modules whose compiled code is not their source: a source edited since the build, or an
    extension module the build did not make (left over from an earlier build)."""
    manifest = manifest if manifest is not None else read_manifest(package_dir)
    recorded: dict[str, str] = dict(manifest.get("sources", {})) if manifest else {}
    # a source whose size and time are those the build saw is the source it compiled (the
    # test CPython makes before reusing bytecode); only the others are hashed, which spares
    # a run reading and hashing a megabyte of source
    stats: dict[str, list[int]] = dict(manifest.get("stats", {})) if manifest else {}
    stale = []
    for name, digest in recorded.items():
        path = package_dir / (name.removeprefix("newsmap.").replace(".", "/") + ".py")
        try:
            if stats.get(name) == file_stat(path):
                continue
            if source_digest(path) != digest:
                stale.append(name)
        except FileNotFoundError:
            continue  # an installation without sources: nothing to be stale against
    stale.extend(m for m in extension_modules(package_dir) if m not in recorded)
    return stale


def extension_modules(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Every compiled module found in the package's folders, by name."""
    found = []
    for folder, _dirs, files in os.walk(package_dir):
        rel = Path(folder).relative_to(package_dir).parts
        if rel and rel[0] in ("assets", "static", "data"):
            _dirs.clear()
            continue
        for file in files:
            for suffix in _EXTENSION_SUFFIXES:
                if file.endswith(suffix):
                    found.append(".".join(("newsmap", *rel, file.removesuffix(suffix))))
                    break
    return found


class _SourceFinder:
    """Finds the listed modules as their ``.py`` files, never as the extension beside them.

    A plain class with the one method ``sys.meta_path`` calls: ``importlib.abc`` (the
    ``MetaPathFinder`` base) imports ``importlib.resources`` and more, which every run of
    ``newsmap analyze`` would pay for at start-up.
    """

    def __init__(self, names: set[str], package_dir: Path) -> None:
        self.names = names
        self.package_dir = package_dir

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.names:
            return None
        source = self.package_dir / (fullname.removeprefix("newsmap.").replace(".", "/") + ".py")
        if not source.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


_state: dict[str, bool] = {}


def guard(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Run every compiled module from source when any is stale (or when asked); return the stale
    ones.  Called once, before any compiled module can be imported."""
    manifest = read_manifest(package_dir)
    forced = os.environ.get(INTERPRETED_ENV, "").strip() not in ("", "0")
    stale = stale_modules(package_dir, manifest)
    if not (forced or stale):
        return []
    names = set(stale) | set(extension_modules(package_dir))
    if manifest:
        names |= set(manifest.get("sources", {}))
    sys.meta_path.insert(0, _SourceFinder(names, package_dir))
    _state["interpreted"] = True
    if stale and not forced:
        listed = ", ".join(sorted(stale)[:3]) + (", ..." if len(stale) > 3 else "")
        warnings.warn(
            f"newsmap: the compiled build is older than its source ({listed}); running every "
            f"compiled module from source, slower. Rebuild with: {REBUILD_HINT}",
            RuntimeWarning,
            stacklevel=3,
        )
    return stale


def is_interpreted() -> bool:
    """True when the compiled modules run from source (stale build, or asked for)."""
    return bool(_state.get("interpreted"))


if __name__ == "__main__":
    # `python src/newsmap/native.py`: the compiled sources, for the Makefile's dependencies
    print(" ".join(str(PACKAGE_DIR / rel) for rel in COMPILED))
