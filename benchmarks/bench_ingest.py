"""Ingest throughput: 10,000 generated articles of about 400 words, read, tagged and stored.

Prints articles per second end to end, and the same corpus through each stage alone (read,
tag, store) so a slowdown can be pinned on one of them.  The peer is a bare SQLite insert of
the same rows with no reading or tagging: the ratio shows what the store's guarantees (one
transaction per article, duplicate check, offset check) cost.

Uses the real tagger from ``newsmap.pipeline`` when it loads (geodata built), else a
stand-in that emits one mention per capitalised word, and says which one it used.

    python benchmarks/bench_ingest.py [--articles N] [--words N]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from newsmap.engines.gcpolicy import long_run_gc
from newsmap.engines.local import BATCH_ARTICLES, ingest_paths
from newsmap.errors import GazetteerError
from newsmap.ingest import ReadItem, read_inputs
from newsmap.model import Article, Event, Mention
from newsmap.store import Store

TARGET_PER_S = 300
_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_PLACES = (
    "Skopje Tirana Pristina Podgorica Sarajevo Belgrade Mostar Ohrid Tetovo Prizren Mitrovica "
    "Novi Sad Banja Luka Shkodër Durrës Bitola Niš Kotor Tuzla Zenica Kosovo Serbia Albania "
    "Montenegro Bosnia North Macedonia Croatia Brussels Moscow"
).split()
_VERBS = "met said reported announced rejected signed warned visited protested opened".split()
_WORDS = (
    "the government officials police talks agreement border minister election parliament "
    "on in at with from after before during and a an of to for by near while over under "
    "week month year day people vote law court protest troops mission bridge road plant "
    "local regional national new old first last several many few"
).split()


def make_corpus(path: Path, n: int, words: int, seed: int = 2024) -> Path:
    """n distinct articles as JSON Lines, seeded so every run reads the same text."""
    rng = random.Random(seed)
    months = ["January", "March", "May", "September", "November"]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            out: list[str] = []
            while len(out) < words:
                sentence = [rng.choice(_PLACES).capitalize(), rng.choice(_VERBS)]
                sentence += [rng.choice(_WORDS) for _ in range(rng.randint(8, 18))]
                if rng.random() < 0.3:
                    sentence += ["on", str(rng.randint(1, 28)), rng.choice(months), "2023"]
                if rng.random() < 0.5:
                    sentence += ["in", rng.choice(_PLACES)]
                out += sentence
                out[-1] += "."
            record = {
                "title": f"Brief {i}: {rng.choice(_PLACES)} {rng.choice(_VERBS)}",
                "text": " ".join(out),
                "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "source": rng.choice(["Wire A", "Wire B", "Wire C"]),
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def fake_tagger(article: Article) -> tuple[list[Mention], list[Event]]:
    """Stand-in: one mention per capitalised word."""
    return [
        Mention(m.start(), m.end(), m[0], f"b:{m[0]}", m[0], "RS", None, "city", 44.8, 20.5, 1.0)
        for m in _WORD.finditer(article.text)
    ], []


def load_tagger():  # noqa: ANN201 - returns the Tagger callable
    try:
        from newsmap.pipeline import make_tagger

        t0 = time.perf_counter()
        tagger = make_tagger()
        return tagger, f"real tagger (newsmap.pipeline, loaded in {time.perf_counter() - t0:.2f} s)"
    except (ImportError, GazetteerError) as exc:
        return fake_tagger, f"stand-in tagger (real one unavailable: {exc})"


def bare_sqlite_rate(db: Path, articles: list[Article], tags: list) -> float:  # noqa: ANN001
    """The peer: the same articles and mentions inserted with plain sqlite3 in a single
    transaction, with no duplicate check, no offset check and no per-article commit."""
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, title, text, published, source)")
    conn.execute("CREATE TABLE m (article_id, start, stop, surface, place_id, country)")
    t0 = time.perf_counter()
    with conn:
        for a, (mentions, _events) in zip(articles, tags, strict=True):
            cur = conn.execute(
                "INSERT INTO a (title, text, published, source) VALUES (?, ?, ?, ?)",
                (a.title, a.text, str(a.published), a.source),
            )
            conn.executemany(
                "INSERT INTO m VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (cur.lastrowid, x.start, x.end, x.surface, x.place_id, x.country)
                    for x in mentions
                ],
            )
    elapsed = time.perf_counter() - t0
    conn.close()
    return len(articles) / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=400)
    args = parser.parse_args()
    tagger, which = load_tagger()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp) / "corpus.jsonl", args.articles, args.words)
        size_mb = corpus.stat().st_size / 1e6

        t0 = time.perf_counter()
        items = [i for i in read_inputs([str(corpus)]) if isinstance(i, ReadItem)]
        read_s = time.perf_counter() - t0
        articles = [i.article for i in items]
        words = sum(len(a.text.split()) for a in articles) / len(articles)

        # The stages run under the collector settings ingest_paths uses (newsmap.gcpolicy).
        with long_run_gc():
            t0 = time.perf_counter()
            tags = [tagger(a) for a in articles]
            tag_s = time.perf_counter() - t0

        with Store.open(str(Path(tmp) / "store-only.db")) as store, long_run_gc():
            t0 = time.perf_counter()
            items = [(a, m, e) for a, (m, e) in zip(articles, tags, strict=True)]
            for k in range(0, len(items), BATCH_ARTICLES):  # as ingestion hands them over
                store.add_articles(items[k : k + BATCH_ARTICLES])
            store_s = time.perf_counter() - t0

        with Store.open(str(Path(tmp) / "end-to-end.db")) as store:
            t0 = time.perf_counter()
            report = ingest_paths(store, [str(corpus)], tagger)
            total_s = time.perf_counter() - t0
            mentions = store.counts()["mentions"]
        peer = bare_sqlite_rate(Path(tmp) / "peer.db", articles, tags)

    n = len(articles)
    rate = report.new / total_s
    print(f"corpus: {n} articles, {words:.0f} words each on average, {size_mb:.1f} MB JSONL")
    print(f"tagger: {which}")
    print(f"stages: read {n / read_s:,.0f}/s, tag {n / tag_s:,.0f}/s, store {n / store_s:,.0f}/s")
    print(
        f"end to end: {report.new} new in {total_s:.2f} s = {rate:,.0f} articles/s "
        f"({mentions:,} mentions stored)"
    )
    print(
        f"peer (bare sqlite3, same rows, one transaction, no checks): {peer:,.0f} articles/s; "
        f"store alone runs at {n / store_s / peer:.2f}x the peer"
    )
    verdict = "meets" if rate >= TARGET_PER_S else "MISSES"
    print(
        f"target >= {TARGET_PER_S} articles/s on one core: {verdict} ({rate / TARGET_PER_S:.1f}x)"
    )
    return 0 if report.new == n else 1


if __name__ == "__main__":
    sys.exit(main())
