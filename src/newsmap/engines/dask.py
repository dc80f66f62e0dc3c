"""The Dask engine: ingest and retag on a cluster, for backfills of years of news.

Tagging (one to two milliseconds of CPU an article) is the slow part and needs nothing but
the article, so it runs on the workers; what must stay in one place stays there:

- planning the partitions (``partitions.plan``) and, for SQLite, writing: the client takes
  each partition's tagged articles in input order and commits them in batches, one writer
  for the one file, exactly as the local engine does;
- for PostgreSQL, each worker writes its own partition (the server takes many writers and
  keeps each article whole and each content once by itself), and the client only adds up.

A rerun skips what is stored: the client sends the store's content hashes to every worker
once (``KnownHashes``) and workers do not tag those articles again; on PostgreSQL workers ask
the store itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from newsmap.engines.batches import BatchWriter
from newsmap.engines.cluster import (
    ClusterSpec,
    cluster_errors,
    connect,
    describe,
    run_in_order,
    window_for,
)
from newsmap.engines.gcpolicy import long_run_gc
from newsmap.engines.interrupt import stop_at_safe_points
from newsmap.engines.local import IngestReport
from newsmap.engines.meter import Meter
from newsmap.engines.partitions import plan
from newsmap.engines.tasks import (
    KnownHashes,
    PartitionResult,
    store_partition,
    tag_articles,
    tag_partition,
)
from newsmap.errors import EngineError

if TYPE_CHECKING:
    from newsmap.model import Article, Event, Mention
    from newsmap.store import RetagReport, Store

__all__ = ["ClusterSpec", "ingest", "retag", "workers_write"]

#: Stored articles per retag task (read by the client, tagged on a worker).
RETAG_BATCH = 256
#: Articles per commit, once a run is going, of the client writing into SQLite: the one
#: serial step of a cluster run. A commit rewrites every page of the roll-ups it touches, and
#: the articles of a larger batch share more of them: committing 1,024 at a time took the
#: writer a fifth less CPU an article than 256 (the local engine's batch, and the first
#: commits' here). An interruption still loses at most one batch, a few seconds of a
#: cluster's work, and never part of an article.
CLIENT_BATCH = 1024


def workers_write(location: str) -> bool:
    """Whether workers write their partitions themselves: a database server, not a file
    only the client can see."""
    return location.startswith(("postgresql://", "postgres://", "postgresql+"))


def ingest(
    store: Store,
    inputs: list[str],
    spec: ClusterSpec,
    *,
    on_line: Callable[[str], None] | None = None,
    say: Callable[[str], None] | None = None,
    today: date | None = None,
) -> IngestReport:
    """Read, tag and store every input on the cluster; the same report the local engine gives.

    ``say`` gets one-off messages (the cluster's workers and dashboard link; what an
    interruption kept), ``on_line`` the progress line after each partition.
    """
    today = today or date.today()
    parts, missing = plan(inputs)
    report = IngestReport(rejected=list(missing))
    meter = Meter(total=sum(p.size for p in parts))
    with connect(spec) as client:
        if say:
            say(describe(client))
        task, args, writer = _plan_writes(store, client, today, report)

        def take(result: PartitionResult) -> None:
            stop.check()  # between two partitions: what is stored is whole
            if result.written is not None:
                report.new += result.written.new
                report.duplicate += result.written.duplicate
                report.rejected.extend(result.written.rejected)
            elif writer is not None:
                for outcome in result.outcomes:
                    stop.check()  # between two articles: only the open batch is lost
                    writer.take(outcome)
            meter.add(result.articles, result.size)
            if on_line:
                on_line(meter.line())

        # A partition's last articles wait for the next partition's when it is already
        # there, so commits stay full; they are committed once the client would wait.
        idle = writer.flush if writer is not None else lambda: None
        try:
            # as in the local engine: the writer's heap stays unwalked
            with long_run_gc(), stop_at_safe_points() as stop:
                window = window_for(client)
                run_in_order(client, parts, task, args, take, window=window, idle=idle)
        except EngineError as exc:
            idle()  # what was taken is tagged and whole: keep it
            raise EngineError(f"{exc}; stored so far: {report.summary()}. {_AGAIN}") from exc
        except KeyboardInterrupt:
            if say:
                say(f"interrupted; stored so far: {report.summary()}. {_AGAIN}")
            raise
    return report


def _plan_writes(
    store: Store, client: Any, today: date, report: IngestReport
) -> tuple[Callable[..., PartitionResult], tuple[Any, ...], BatchWriter | None]:
    """The task the workers run and, for a store only this process can write, its writer."""
    if workers_write(store.location):
        # The workers connect with the URL as given (its password included, when it
        # carries one; else each worker's PGPASSWORD or ~/.pgpass supplies it).
        return store_partition, (today, store.reopen_location), None
    known = KnownHashes(store.query_frame("SELECT content_hash FROM articles")["content_hash"])
    shared = client.scatter(known, broadcast=True) if len(known) else None
    return (
        tag_partition,
        (today, shared),
        BatchWriter(store, report, timed=False, grow_to=CLIENT_BATCH),
    )


_AGAIN = "Every article stored is whole: run the same command again to finish"


def retag(
    store: Store,
    spec: ClusterSpec,
    *,
    on_line: Callable[[str], None] | None = None,
    say: Callable[[str], None] | None = None,
) -> RetagReport:
    """Recompute every stored article's tags on the cluster; the store rewrites each article
    in its own transaction (``Store.retag``), with the tags the workers computed."""
    ids = [int(i) for i in store.query_frame("SELECT id FROM articles ORDER BY id")["id"]]
    batches = [ids[i : i + RETAG_BATCH] for i in range(0, len(ids), RETAG_BATCH)]
    meter = Meter(total=len(ids), verb="retagging")
    with connect(spec) as client:
        if say:
            say(describe(client))
        tags = _Prefetch(client, store, batches, window_for(client))

        def progress(done: int, total: int) -> None:
            stop.check()  # between two articles, each rewritten in its own transaction
            meter.add(1, 1)
            if on_line:
                on_line(meter.line())

        try:
            with cluster_errors(client), stop_at_safe_points() as stop:
                return store.retag(tags.lookup, progress=progress)
        except EngineError as exc:
            raise EngineError(f"{exc}. {_AGAIN}") from exc


class _Prefetch:
    """Tags of stored articles, computed on the cluster a window of batches ahead of
    ``Store.retag``, which asks for them one article at a time in id order."""

    def __init__(self, client: Any, store: Store, batches: list[list[int]], window: int) -> None:
        self.client, self.store, self.batches, self.window = client, store, batches, window
        self.batch_of = {i: k for k, batch in enumerate(batches) for i in batch}
        self.futures: dict[int, Any] = {}
        self.ready: dict[int, tuple[list[Mention], list[Event]]] = {}
        self.submitted = 0

    def _submit_until(self, last: int) -> None:
        while self.submitted <= min(last, len(self.batches) - 1):
            found = [self.store.get_article(i) for i in self.batches[self.submitted]]
            articles = [a for a in found if a is not None]
            self.futures[self.submitted] = (
                articles,
                self.client.submit(tag_articles, articles, pure=False),
            )
            self.submitted += 1

    def lookup(self, article: Article) -> tuple[list[Mention], list[Event]]:
        """The tags of one article (``Store.retag``'s tagger)."""
        key = int(article.id or 0)
        if key not in self.ready:
            batch = self.batch_of.get(key)
            if batch is None:  # stored after the run began: tag it on its own
                return self.client.submit(tag_articles, [article], pure=False).result()[0]
            self._submit_until(batch + self.window)
            articles, future = self.futures.pop(batch)
            for a, tagged in zip(articles, future.result(), strict=True):
                self.ready[int(a.id or 0)] = tagged
        return self.ready.pop(key)
