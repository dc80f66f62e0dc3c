"""Store benchmark: the dashboard's aggregate queries on a store of about a million mentions.

DESIGN.md section 8 asks that, with 1M mentions stored, each aggregate query the dashboard runs
for a view answers in under 200 ms. The store is built by ``gen_corpus.py`` (generated
Western Balkan articles, tagged by the real tagger, cached under build/bench/), large enough to
hold at least ``--mentions`` mentions. Each query is timed cold-ish (first call after opening)
and as the median of repeated calls, for the opening view (all countries, the whole date range)
and for two narrower ones (one country; one quarter).

The peer, in the same run, is the common shortcut: read the mentions joined to their articles
into pandas once and aggregate there. Its load time is printed too, since a dashboard that
takes that route pays it on every data change.

The timeline's dots (``query.timeline_dots``) stand for the chart; the full event list
(``query.events``) is what the CSV export reads, not part of a view, and is printed apart.

    python benchmarks/bench_store.py [--mentions N] [--reps N] [--db PATH]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import CorpusSpec, build_store  # noqa: E402

TARGET_MS = 200.0
#: Mentions per generated article, measured on the generator's output (used to size the store).
MENTIONS_PER_ARTICLE = 32


def timed(fn: Callable[[], Any], reps: int) -> tuple[float, float]:
    """(first call, median of the next ``reps`` calls) in milliseconds."""
    t0 = time.perf_counter()
    fn()
    first = (time.perf_counter() - t0) * 1000
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return first, statistics.median(times)


def views(run: Callable[..., Any]) -> dict[str, Any]:
    """The filters of the views measured, from the store's own date range."""
    from newsmap import query

    lo, hi = query.date_bounds(run)
    opening = query.Filters(date_from=lo, date_to=hi)
    quarter_end = hi or date(2024, 12, 31)
    quarter = query.Filters(
        date_from=date(quarter_end.year, max(1, quarter_end.month - 2), 1), date_to=quarter_end
    )
    return {
        "opening view": opening,
        "Kosovo only": opening.with_(countries=("XK",)),
        "last quarter": quarter,
    }


def aggregate_queries(run: Callable[..., Any], f: Any) -> dict[str, Callable[[], Any]]:
    """The aggregates the dashboard computes for one view (map, markers, timeline, header)."""
    from newsmap import query

    return {
        "counts country/articles": lambda: query.counts(run, f),
        "counts admin1/articles": lambda: query.counts(run, f, level="admin1"),
        "counts country/mentions": lambda: query.counts(run, f, metric="mentions"),
        "counts admin1/events": lambda: query.counts(run, f, level="admin1", metric="events"),
        "places (markers)": lambda: query.places(run, f),
        "place articles (popups)": lambda: query.place_articles(run, f),
        "publication dates (timeline)": lambda: query.published_dates(run, f),
        "timeline dots": lambda: query.timeline_dots(run, f),
        "date bounds + sources": lambda: (query.date_bounds(run), query.sources(run)),
    }


def pandas_peer(db: Path, reps: int) -> None:
    """Load mentions with their article dates into pandas, then aggregate there."""
    import sqlite3

    import pandas as pd

    t0 = time.perf_counter()
    with sqlite3.connect(db) as conn:
        frame = pd.read_sql_query(
            "SELECT m.article_id, m.country, m.admin1, m.level, a.published "
            "FROM mentions m JOIN articles a ON a.id = m.article_id",
            conn,
        )
    load_ms = (time.perf_counter() - t0) * 1000
    counted = frame[frame["level"] != "region"]

    def by_country() -> Any:
        return counted.groupby("country")["article_id"].nunique()

    def by_admin1() -> Any:
        return counted.groupby("admin1")["article_id"].nunique()

    for label, fn in (("country/articles", by_country), ("admin1/articles", by_admin1)):
        first, med = timed(fn, reps)
        print(f"  pandas peer {label:<24} {med:8.1f} ms (after loading once)")
    print(f"  pandas peer load of {len(frame):,} mention rows: {load_ms:,.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--mentions",
        type=int,
        default=1_000_000,
        help="at least this many mentions in the store (default 1,000,000)",
    )
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument(
        "--db", type=Path, default=None, help="measure this store instead of the generated one"
    )
    args = parser.parse_args()

    from newsmap.store import Store

    articles = -(-args.mentions // MENTIONS_PER_ARTICLE)
    db = args.db or build_store(CorpusSpec(articles=articles))
    worst = 0.0
    with Store.open(str(db)) as store:
        n = store.counts()
        print(
            f"store: {n['articles']:,} articles, {n['mentions']:,} mentions, "
            f"{n['events']:,} events ({db.stat().st_size / 1e6:.0f} MB)"
        )
        run = store.query_frame
        for label, f in views(run).items():
            print(f"{label}: {f.summary()}")
            for name, fn in aggregate_queries(run, f).items():
                first, med = timed(fn, args.reps)
                worst = max(worst, med)
                print(f"  {name:<30} median {med:7.1f} ms   first call {first:7.1f} ms")
        from newsmap import query

        first, med = timed(lambda: query.events(run, views(run)["opening view"]), 1)
        print(f"not a view's query: full event list (CSV export) median {med:,.0f} ms")
    print("peer, same store:")
    pandas_peer(db, args.reps)
    ok = worst < TARGET_MS and n["mentions"] >= args.mentions
    print(
        f"target: every aggregate query < {TARGET_MS:.0f} ms (median) at "
        f"{args.mentions:,}+ mentions: slowest {worst:.1f} ms: {'meets' if ok else 'MISSES'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
