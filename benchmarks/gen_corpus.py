"""A seeded corpus of Western Balkan news-like articles and a tagged store built from it, cached.

Why not just `bench_ingest.make_corpus`: that corpus names the same thirty places everywhere, so
a dashboard built on it draws a handful of markers and leaves most admin-1 units empty. A map
benchmark needs the shape of real coverage: each article centred on one country (a few
neighbours named in passing), hundreds of distinct towns with a long tail, border crossings and
monasteries, publication dates over several years, dated statements in the text, and sentences
whose verbs make events of every type. The filler vocabulary is `bench_ingest`'s, imported.

Building 10,000 articles through the real tagger takes about a minute, so the store is kept
under ``build/bench/`` in a file named after the generator's parameters (and a digest of the
gazetteer files, the tagger's and event extractor's source and this generator), and reused while
none of them changes.

    python benchmarks/gen_corpus.py [--articles N] [--words N] [--seed N]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ingest import _VERBS, _WORDS  # noqa: E402  (sibling script, imported for its words)

from newsmap.model import REGION_COUNTRIES, Article  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
GEO_DIR = REPO / "data" / "geo"
CACHE_DIR = REPO / "build" / "bench"
#: Bumped whenever the text this module writes changes, so cached stores are rebuilt.
GENERATOR_VERSION = 1

COUNTRY_NAMES = {
    "AL": "Albania",
    "BA": "Bosnia and Herzegovina",
    "XK": "Kosovo",
    "ME": "Montenegro",
    "MK": "North Macedonia",
    "RS": "Serbia",
}
#: How often each country is an article's focus (coverage is uneven in real feeds).
FOCUS_WEIGHTS = {"RS": 0.27, "XK": 0.22, "BA": 0.2, "MK": 0.12, "AL": 0.11, "ME": 0.08}
#: Places outside the region that news about it names (Brussels talks, Moscow's position).
ABROAD = ("Brussels", "Moscow", "Washington", "Zagreb", "Berlin", "Ankara", "Vienna")
SOURCES = (
    "Balkan Wire",
    "Regional Desk",
    "Adriatic Monitor",
    "Danube Post",
    "Vardar Daily",
    "Drina Observer",
    "Ionian Report",
    "Sava News",
    "Morava Herald",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Clauses that make an event of each type; {p} is a place, {d} a date phrase.
EVENT_CLAUSES = (
    "police and protesters clashed near {p} {d}",
    "thousands of protesters rallied in {p} {d}",
    "a gunman killed two officers outside {p} {d}",
    "parliament passed the election law after a debate in {p} {d}",
    "the foreign minister met envoys in {p} {d}",
    "troops of the peacekeeping mission patrolled around {p} {d}",
    "floods cut the main road to {p} {d}",
    "rioters set cars on fire in {p} {d}",
    "the court in {p} sentenced a former commander {d}",
    "an agreement on energy was signed in {p} {d}",
)
PUBLISHED_FROM = date(2019, 1, 1)
PUBLISHED_DAYS = 6 * 365


@dataclass(frozen=True)
class CorpusSpec:
    """What decides the corpus: the same spec always gives the same articles."""

    articles: int = 10_000
    words: int = 400
    seed: int = 2024

    def cache_key(self) -> str:
        """File-name key: parameters plus a digest of what decides the tags (gazetteer data,
        tagger and event code), of the store's layout (store/) and of this generator."""
        digest = hashlib.sha256(str(GENERATOR_VERSION).encode())
        code = REPO / "src" / "newsmap"
        tagging = [
            *sorted((code / "geotag").glob("*.py")),
            *sorted((code / "events").glob("*.py")),
            code / "pipeline.py",
            *sorted((code / "store").glob("*.py")),
            code / "dots.py",
        ]
        for path in [*sorted(GEO_DIR.glob("*.csv")), *tagging, Path(__file__)]:
            digest.update(path.read_bytes())
        return f"n{self.articles}-w{self.words}-s{self.seed}-{digest.hexdigest()[:10]}"


def load_place_pool(per_country: int = 60) -> dict[str, list[tuple[str, float]]]:
    """The `per_country` most populous towns of each of the six, plus every site, with Zipf-like
    weights: capitals dominate, villages trail off (as in real coverage)."""
    rows: dict[str, list[tuple[str, int, str]]] = {c: [] for c in REGION_COUNTRIES}
    with open(GEO_DIR / "places.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            if rec["country"] in rows:
                rows[rec["country"]].append(
                    (rec["name"], int(float(rec["population"] or 0)), rec["level"])
                )
    with open(GEO_DIR / "places_supplement.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            if rec["country"] in rows:
                rows[rec["country"]].append((rec["name"], 0, rec["level"]))
    pool: dict[str, list[tuple[str, float]]] = {}
    for code, found in rows.items():
        towns = sorted((r for r in found if r[2] == "city"), key=lambda r: -r[1])[:per_country]
        sites = [r for r in found if r[2] == "site"]
        names = [r[0] for r in towns] + [r[0] for r in sites]
        pool[code] = [(name, 1.0 / (rank + 1) ** 0.9) for rank, name in enumerate(names)]
    return pool


def _pick(rng: random.Random, weighted: list[tuple[str, float]]) -> str:
    names, weights = zip(*weighted, strict=True)
    return rng.choices(names, weights=weights)[0]


def _date_phrase(rng: random.Random, published: date) -> str:
    """A dated phrase as news writes it: a day, a month, a year, a weekday, or none at all."""
    roll = rng.random()
    past = published - timedelta(days=rng.randint(0, 120))
    if roll < 0.3:
        return f"on {past.day} {MONTHS[past.month - 1]} {past.year}"
    if roll < 0.45:
        return f"in {MONTHS[past.month - 1]} {past.year}"
    if roll < 0.55:
        return "on " + ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")[rng.randint(0, 4)]
    if roll < 0.6:
        return "last month"
    return ""


def _sentence(rng: random.Random, place: str, published: date) -> str:
    if rng.random() < 0.35:
        text = rng.choice(EVENT_CLAUSES).format(p=place, d=_date_phrase(rng, published))
    else:
        text = f"{place} {rng.choice(_VERBS)} " + " ".join(
            rng.choice(_WORDS) for _ in range(rng.randint(7, 16))
        )
    text = " ".join(text.split())
    return text[0].upper() + text[1:] + "."


def generate(spec: CorpusSpec) -> Iterator[Article]:
    """`spec.articles` distinct articles of about `spec.words` words, always the same ones."""
    rng = random.Random(spec.seed)
    pool = load_place_pool()
    countries = list(FOCUS_WEIGHTS)
    focus_weights = list(FOCUS_WEIGHTS.values())
    for i in range(spec.articles):
        home = rng.choices(countries, weights=focus_weights)[0]
        other = rng.choice([c for c in countries if c != home])
        published = PUBLISHED_FROM + timedelta(days=rng.randrange(PUBLISHED_DAYS))
        sentences: list[str] = []
        n_words = 0
        while n_words < spec.words:
            roll = rng.random()
            if roll < 0.75:
                place = _pick(rng, pool[home])
            elif roll < 0.85:
                place = COUNTRY_NAMES[home if rng.random() < 0.6 else other]
            elif roll < 0.95:
                place = _pick(rng, pool[other])
            else:
                place = rng.choice(ABROAD)
            sentence = _sentence(rng, place, published)
            sentences.append(sentence)
            n_words += len(sentence.split())
        lead = _pick(rng, pool[home])
        yield Article(
            text=" ".join(sentences),
            title=f"{lead}: {rng.choice(_WORDS)} {rng.choice(_VERBS)} (report {i})",
            published=published if rng.random() > 0.02 else None,
            source=rng.choice(SOURCES),
            url=f"https://news.example/{published.year}/{i}",
            language="en",
        )


def build_store(spec: CorpusSpec, *, log=print) -> Path:  # noqa: ANN001 - log is print-like
    """The tagged store for `spec`, built once and then reused from ``build/bench/``.

    Built into a temporary file and renamed at the end, so an interrupted build never leaves a
    half-filled store that a later run would take for a finished one.
    """
    from newsmap.pipeline import make_tagger
    from newsmap.store import Store

    path = CACHE_DIR / f"dashboard-{spec.cache_key()}.db"
    if path.exists():
        log(f"store: reusing {path.relative_to(REPO)}")
        found, now = Store.migrate(str(path))  # the tags still hold; the tables may be older
        if found != now:
            log(f"store: upgraded from schema version {found} to {now}")
        return path
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    same_params = f"dashboard-n{spec.articles}-w{spec.words}-s{spec.seed}-"
    for stale in CACHE_DIR.glob(same_params + "*.db*"):
        log(f"store: removing {stale.name} (built by older tagger or generator code)")
        stale.unlink()
    partial = path.with_suffix(".partial")
    for leftover in CACHE_DIR.glob(partial.name + "*"):
        leftover.unlink()
    t0 = time.perf_counter()
    tagger = make_tagger()
    with Store.open(str(partial)) as store:
        for n, article in enumerate(generate(spec), 1):
            store.add_article(article, *tagger(article))
            if n % 2000 == 0:
                log(f"store: {n:,}/{spec.articles:,} articles tagged and stored")
        store.query_frame("PRAGMA wal_checkpoint(TRUNCATE)")
    partial.rename(path)
    for leftover in CACHE_DIR.glob(partial.name + "-*"):
        leftover.unlink()
    log(f"store: built {path.relative_to(REPO)} in {time.perf_counter() - t0:.1f} s")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=CorpusSpec.articles)
    parser.add_argument("--words", type=int, default=CorpusSpec.words)
    parser.add_argument("--seed", type=int, default=CorpusSpec.seed)
    args = parser.parse_args()
    build_store(CorpusSpec(args.articles, args.words, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
