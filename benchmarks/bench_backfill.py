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

The same three runs then go into a throwaway PostgreSQL server (Debian's ``postgresql``, started
as the tests start theirs), where the workers write their own partitions; the server's own CPU
is counted beside the client's and the workers'.

Target: 2 workers >= 1.6x the local engine on a 2-core machine. The machine's load average
is printed before and after: other processes on the cores skew every figure.

    python benchmarks/bench_backfill.py [--articles N] [--words N] [--sqlite-only] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))  # the throwaway server the tests use

from gen_corpus import CorpusSpec, generate  # noqa: E402  (sibling script)
from pgserver import PgServer  # noqa: E402

from newsmap.engines import dask as dask_engine  # noqa: E402
from newsmap.engines.cluster import ClusterSpec, connect  # noqa: E402
from newsmap.engines.gcpolicy import long_run_gc  # noqa: E402
from newsmap.engines.local import ingest_paths  # noqa: E402
from newsmap.engines.partitions import plan  # noqa: E402
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


def _cpu() -> tuple[float, float]:
    """CPU seconds used so far by this process, and by its ended child processes (the
    workers of a local cluster, once it is closed)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


@dataclass
class Run:
    """One engine's run: articles stored, wall seconds, CPU seconds of this process (the
    client) and of the workers."""

    articles: int
    seconds: float
    client_cpu: float
    worker_cpu: float = 0.0
    startup: float = 0.0
    #: CPU seconds of the database server's processes (PostgreSQL only).
    server_cpu: float = 0.0
    #: Seconds the client's main thread (the one that writes) spent on a core and waiting
    #: for one, from Linux's scheduler statistics (None elsewhere).
    client_thread: tuple[float, float] | None = None

    def quiet_rate(self, cores: int) -> float:
        """Articles/s on ``cores`` idle cores: all the CPU spread over them, but the client is
        one process and cannot use more than one."""
        total = self.client_cpu + self.worker_cpu + self.server_cpu
        busy = max(total / cores, self.client_cpu)
        return self.articles / busy


def run_local(location: str, corpus: Path) -> Run:
    """The local engine's ingest (tagger loaded beforehand, not counted)."""
    tagger = make_tagger()
    with Store.open(location) as store, long_run_gc():
        cpu0, t0 = _cpu()[0], time.perf_counter()
        report = ingest_paths(store, [str(corpus)], tagger)
        return Run(report.new, time.perf_counter() - t0, _cpu()[0] - cpu0)


def _thread_clock() -> tuple[float, float] | None:
    """Seconds the calling thread has been on a core and waiting in the run queue for one
    (``/proc/thread-self/schedstat``), or None where there is no such file."""
    try:
        on_core, waiting, _ = Path("/proc/thread-self/schedstat").read_text().split()
    except (OSError, ValueError):
        return None
    return int(on_core) / 1e9, int(waiting) / 1e9


def run_dask(location: str, corpus: Path, workers: int) -> Run:
    """Timed from the cluster being up with the tagger loaded on every worker to the last
    commit; the workers' CPU includes loading their tagger (about a second each)."""
    marks: dict[str, float] = {}
    clocks: dict[str, tuple[float, float] | None] = {}
    t0 = time.perf_counter()
    cpu0 = _cpu()

    def started(_line: str) -> None:
        marks["up"] = time.perf_counter()
        marks["client_cpu"] = _cpu()[0]
        clocks["up"] = _thread_clock()

    def line(_text: str) -> None:  # in the thread that writes, after each piece
        marks["last"] = time.perf_counter()
        marks["client_end"] = _cpu()[0]
        clocks["last"] = _thread_clock()

    spec = ClusterSpec(workers=workers, dashboard=":0")
    with Store.open(location) as store:
        report = dask_engine.ingest(store, [str(corpus)], spec, on_line=line, say=started)
    run = Run(
        report.new,
        marks["last"] - marks["up"],
        marks["client_end"] - marks["client_cpu"],
        _cpu()[1] - cpu0[1],
        marks["up"] - t0,
    )
    up, last = clocks.get("up"), clocks.get("last")
    if up and last:
        run.client_thread = (last[0] - up[0], last[1] - up[1])
    return run


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
    """Articles per CPU-second of the client's serial share into SQLite: committing already
    tagged articles in the engine's batches (what stays on one machine however many workers
    tag)."""
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
    with Store.open(location) as store, long_run_gc():
        writer = BatchWriter(store, IngestReport(), timed=False, grow_to=dask_engine.CLIENT_BATCH)
        t0 = time.process_time()
        for outcome in outcomes:
            writer.take(outcome)
        writer.flush()
        return len(outcomes) / (time.process_time() - t0)


def measure_postgres(corpus: Path) -> float | None:
    """The three runs into a throwaway PostgreSQL server; the 2-worker ratio from the CPU
    used, or None when no server could be started here."""
    try:
        server = PgServer(durable=True)
        server.start()
    except (RuntimeError, OSError) as exc:
        print(f"postgresql: not measured ({exc})")
        return None
    try:
        local, _, two = measure(
            "postgresql", lambda _: server.fresh_url(), corpus, ServerClock(server)
        )
        return two.quiet_rate(2) / local.quiet_rate(1)
    finally:
        server.remove()


class ServerClock:
    """CPU seconds a PostgreSQL server has used so far: its postmaster with the sessions it
    has reaped, and its background processes.  Read once the sessions of a run have ended
    (``settle``), since a session still exiting is in neither count."""

    def __init__(self, server: PgServer) -> None:
        import psutil

        pid_file = server.data / "postmaster.pid"
        self.main = psutil.Process(int(pid_file.read_text().split()[0]))
        self.background = {p.pid for p in self.main.children()}

    def settle(self, timeout: float = 30.0) -> None:
        """Wait until every session has ended and been reaped (only background processes
        remain)."""
        end = time.monotonic() + timeout
        while {p.pid for p in self.main.children()} - self.background:
            if time.monotonic() > end:
                break
            time.sleep(0.05)

    def __call__(self) -> float:
        import psutil

        self.settle()
        used = self.main.cpu_times()
        total = used.user + used.system + used.children_user + used.children_system
        for child in self.main.children():
            try:
                times = child.cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += times.user + times.system
        return total


def with_server_cpu(run_engine: Callable[[], Run], clock: Callable[[], float] | None) -> Run:
    """One engine's run, with the database server's CPU over it when there is a server."""
    before = clock() if clock else 0.0
    run = run_engine()
    if clock:
        run.server_cpu = clock() - before
    return run


def _show(label: str, run: Run, base: Run | None, cores: int) -> None:
    rate = run.articles / run.seconds
    quiet = run.quiet_rate(cores)
    ratio = quiet_ratio = ""
    if base:
        ratio = f" = {rate / (base.articles / base.seconds):.2f}x local"
        quiet_ratio = f" = {quiet / base.quiet_rate(1):.2f}x local"
    server = f" + {run.server_cpu:5.1f} s in the server" if run.server_cpu else ""
    print(
        f"  {label:<15} {run.articles:>7,} articles in {run.seconds:7.1f} s = {rate:5.0f}/s{ratio}"
        f"; CPU {run.client_cpu:6.1f} s here + {run.worker_cpu:6.1f} s in workers{server}: "
        f"{quiet:4.0f}/s on {cores} idle core{'s' if cores > 1 else ''}{quiet_ratio}"
        f"; load average {os.getloadavg()[0]:.2f}"
    )


def measure(
    backend: str,
    make_location: Callable[[str], str],
    corpus: Path,
    clock: Callable[[], float] | None = None,
    rounds: int = 1,
) -> tuple[Run, Run, Run]:
    """Local, then Dask with 1 and 2 workers, into one backend; ``rounds`` times in turn, so
    that load from other processes falls on every engine alike. Returns the round whose
    2-worker ratio by the wall clock is the median."""
    print(f"{backend} (wall-clock rate as measured; then the CPU each used, and the rate that")
    print("CPU gives on idle cores, the figure other load on the machine does not skew):")
    results: list[tuple[Run, Run, Run]] = []
    for r in range(rounds):
        if rounds > 1:
            print(f" round {r + 1} of {rounds}:")
        where = make_location(f"local{r}")
        local = with_server_cpu(lambda: run_local(where, corpus), clock)  # noqa: B023
        _show("local", local, None, 1)
        runs = [local]
        for workers in (1, 2):
            location = make_location(f"dask{workers}-{r}")
            run = with_server_cpu(lambda: run_dask(location, corpus, workers), clock)  # noqa: B023
            _show(f"dask {workers} worker{'s' if workers > 1 else ''}", run, local, workers)
            print(
                f"  {'':<15} (startup {run.startup:.1f} s: cluster up, tagger loaded on each "
                "worker)"
            )
            if run.client_thread:
                on_core, queued = run.client_thread
                other = max(0.0, run.seconds - on_core - queued)
                print(
                    f"  {'':<15} (the client's writing thread: {100 * on_core / run.seconds:.0f}% "
                    f"on a core, {100 * queued / run.seconds:.0f}% waiting for one, "
                    f"{100 * other / run.seconds:.0f}% waiting for results or the disk)"
                )
            runs.append(run)
        results.append((runs[0], runs[1], runs[2]))
    results.sort(key=lambda t: t[2].articles / t[2].seconds / (t[0].articles / t[0].seconds))
    return results[len(results) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument(
        "--sqlite-only",
        action="store_true",
        help="skip the PostgreSQL runs (a shorter run, when only the SQLite figures are wanted)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="run the three engines this many times in turn (the median round is the verdict)",
    )
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
        local, one, two = measure(
            "sqlite", lambda name: str(Path(tmp) / f"{name}.db"), corpus, rounds=args.rounds
        )
        ratio = (two.articles / two.seconds) / (local.articles / local.seconds)
        quiet_ratio = two.quiet_rate(2) / local.quiet_rate(1)
        per_worker = one.articles / one.worker_cpu
        serial = serial_write_rate(str(Path(tmp) / "serial.db"), corpus)
        print(
            f"one worker tags {per_worker:,.0f} articles per CPU second; the client's serial "
            f"share (SQLite commits of tagged articles) runs at {serial:,.0f} per CPU second; "
            f"16 workers: min(16 x {per_worker:,.0f}, {serial:,.0f}) = "
            f"{min(16 * per_worker, serial):,.0f} articles/s into SQLite"
        )
        pg_ratio = None if args.sqlite_only else measure_postgres(corpus)
        per_task, per_part = task_overhead(corpus)
        print(
            f"scheduler overhead: {per_task:.2f} ms per task; a partition "
            f"({size / max(1, len(plan([str(corpus)])[0])) / 1e6:.1f} MB) tags in "
            f"{per_part:.0f} ms, so {100 * per_task / per_part:.2f}% of a task"
        )
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    best = max(ratio, quiet_ratio)
    verdict = "meets" if best >= TARGET else "MISSES"
    print(
        f"target: 2 workers >= {TARGET}x the local engine into SQLite: {verdict} "
        f"({ratio:.2f}x measured, {quiet_ratio:.2f}x from the CPU used, on idle cores)"
    )
    if pg_ratio is not None:
        print(f"into PostgreSQL, 2 workers: {pg_ratio:.2f}x the local engine from the CPU used")
    return 0 if best >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
