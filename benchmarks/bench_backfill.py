"""Backfill throughput: the local engine against Dask with 1 and 2 local workers, same corpus.

Generates 50,000 articles of about 400 words (``gen_corpus.generate``: each centred on one
country, hundreds of towns, dated statements) as one JSON Lines file, and ingests it into a
fresh store with each engine in turn, in one run:

- local: ``ingest_paths`` in this process (the tagger loaded first, not timed);
- dask, 1 and 2 workers: ``newsmap.engines.dask.ingest`` on a local cluster of worker
  processes; timed from the moment the cluster is up with the tagger loaded in every worker
  (which the line "startup" gives) to the last commit, so a fixed cost that a real backfill
  pays once is not spread over a benchmark-sized corpus.

Then the scheduler's overhead per task: the round trip of 2,000 empty tasks on the
2-worker cluster, against the mean tagging time of one partition.

Then the client's serial share into SQLite: tagged articles committed in the engine's batches
with no tagging at all, the rate no number of workers can pass; with the 1-worker rate it
gives what a 16-worker cluster should reach, min(16 x one worker, serial share).

Into SQLite; the PostgreSQL line says whether this newsmap has that backend yet.

Target: 2 workers >= 1.6x the local engine on a 2-core machine. The machine's load average
is printed before and after: other processes on the cores skew every figure.

    python benchmarks/bench_backfill.py [--articles N] [--words N]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import CorpusSpec, generate  # noqa: E402  (sibling script)

from newsmap.engines import dask as dask_engine  # noqa: E402
from newsmap.engines.cluster import ClusterSpec, connect  # noqa: E402
from newsmap.engines.gcpolicy import long_run_gc  # noqa: E402
from newsmap.engines.local import ingest_paths  # noqa: E402
from newsmap.engines.partitions import plan  # noqa: E402
from newsmap.errors import StoreError  # noqa: E402
from newsmap.pipeline import make_tagger  # noqa: E402
from newsmap.store import Store  # noqa: E402

TARGET = 1.6
EMPTY_TASKS = 2000


def write_corpus(path: Path, spec: CorpusSpec) -> int:
    """The generated articles as JSON Lines; returns how many."""
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for a in generate(spec):
            record = {
                "title": a.title,
                "text": a.text,
                "published": a.published.isoformat() if a.published else None,
                "source": a.source,
                "url": a.url,
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def run_local(location: str, corpus: Path) -> tuple[float, int]:
    """Seconds of the local engine's ingest (tagger loaded beforehand), and articles stored."""
    tagger = make_tagger()
    with Store.open(location) as store, long_run_gc():
        t0 = time.perf_counter()
        report = ingest_paths(store, [str(corpus)], tagger)
        return time.perf_counter() - t0, report.new


def run_dask(location: str, corpus: Path, workers: int) -> tuple[float, float, int]:
    """Startup seconds (cluster up, tagger loaded on every worker), seconds from then to the
    last commit, and articles stored."""
    marks: dict[str, float] = {}
    t0 = time.perf_counter()

    def started(_line: str) -> None:
        marks["up"] = time.perf_counter()

    def line(_text: str) -> None:
        marks["last"] = time.perf_counter()

    spec = ClusterSpec(workers=workers, dashboard=":0")
    with Store.open(location) as store:
        report = dask_engine.ingest(store, [str(corpus)], spec, on_line=line, say=started)
    return marks["up"] - t0, marks["last"] - marks["up"], report.new


def _noop(x: int) -> int:
    return x


def task_overhead(corpus: Path) -> tuple[float, float]:
    """Milliseconds per empty task through the scheduler (2 workers, submitted as the engine
    submits), and the mean milliseconds of tagging one of the corpus's partitions."""
    from newsmap.engines.tasks import tag_partition

    parts, _ = plan([str(corpus)])
    with connect(ClusterSpec(workers=2, dashboard=":0")) as client:
        client.gather(client.map(_noop, range(100), pure=False))  # warm the connections
        t0 = time.perf_counter()
        client.gather(client.map(_noop, range(EMPTY_TASKS), pure=False))
        per_task = (time.perf_counter() - t0) / EMPTY_TASKS * 1000
        sample = parts[: min(4, len(parts))]
        t0 = time.perf_counter()
        for part in sample:
            client.submit(tag_partition, part, date.today(), None, pure=False).result()
        per_part = (time.perf_counter() - t0) / len(sample) * 1000
    return per_task, per_part


def serial_write_rate(location: str, corpus: Path, n: int = 3000) -> float:
    """Articles/s of the client's serial share into SQLite: committing already tagged articles
    in the engine's batches (what stays on one machine however many workers tag)."""
    from newsmap.engines.batches import BatchWriter, Tagged
    from newsmap.engines.local import IngestReport
    from newsmap.engines.tasks import tag_partition

    parts, _ = plan([str(corpus)])
    tagger = make_tagger()
    outcomes: list[Tagged] = []
    for part in parts:
        result = tag_partition(part, date.today(), None, tagger=tagger)
        outcomes += [o for o in result.outcomes if isinstance(o, Tagged)]
        if len(outcomes) >= n:
            break
    with Store.open(location) as store:
        writer = BatchWriter(store, IngestReport())
        t0 = time.perf_counter()
        for outcome in outcomes:
            writer.take(outcome)
        writer.flush()
        return len(outcomes) / (time.perf_counter() - t0)


def postgres_status() -> str:
    """Whether this newsmap can store into PostgreSQL at all (asked of the store itself)."""
    try:
        Store.open("postgresql://bench@127.0.0.1:1/newsmap").close()
    except StoreError as exc:
        return str(exc)
    return "available"


def _timed(label: str, n: int, seconds: float, base: float | None) -> float:
    rate = n / seconds
    ratio = f" = {rate / base:.2f}x local" if base else ""
    print(f"  {label:<14} {n:>7,} articles in {seconds:7.1f} s = {rate:7.0f} articles/s{ratio}")
    return rate


def measure(
    backend: str, make_location: Callable[[str], str], corpus: Path
) -> tuple[float, float, float]:
    """Local, then Dask with 1 and 2 workers, into one backend: the local rate, the 1-worker
    rate and the 2-worker rate."""
    print(f"{backend}:")
    seconds, n = run_local(make_location("local"), corpus)
    base = _timed("local", n, seconds, None)
    rates = [base]
    for workers in (1, 2):
        startup, seconds, n = run_dask(make_location(f"dask{workers}"), corpus, workers)
        rates.append(_timed(f"dask {workers} worker{'s' if workers > 1 else ''}", n, seconds, base))
        print(f"  {'':<14} (startup {startup:.1f} s: cluster up, tagger loaded on each worker)")
    return rates[0], rates[1], rates[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--words", type=int, default=400)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        t0 = time.perf_counter()
        n = write_corpus(corpus, CorpusSpec(articles=args.articles, words=args.words))
        size = corpus.stat().st_size
        print(
            f"corpus: {n:,} articles, {size / 1e6:.0f} MB JSON Lines "
            f"(generated in {time.perf_counter() - t0:.0f} s)"
        )
        local, one, two = measure("sqlite", lambda name: str(Path(tmp) / f"{name}.db"), corpus)
        ratio = two / local
        serial = serial_write_rate(str(Path(tmp) / "serial.db"), corpus)
        print(
            f"client's serial share (SQLite commits of tagged articles): {serial:,.0f} articles/s; "
            f"16 workers: min(16 x {one:,.0f}, {serial:,.0f}) = {min(16 * one, serial):,.0f} "
            "articles/s"
        )
        status = postgres_status()
        if status != "available":
            print(f"postgresql: not measured ({status})")
        per_task, per_part = task_overhead(corpus)
        print(
            f"scheduler overhead: {per_task:.2f} ms per task; a partition "
            f"({size / max(1, len(plan([str(corpus)])[0])) / 1e6:.1f} MB) tags in "
            f"{per_part:.0f} ms, so {100 * per_task / per_part:.2f}% of a task"
        )
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    verdict = "meets" if ratio >= TARGET else "MISSES"
    print(f"target: 2 workers >= {TARGET}x the local engine: {verdict} ({ratio:.2f}x)")
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
