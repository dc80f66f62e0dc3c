"""Tagged articles into the store in batches, counted the way the local engine counts them.

One writer, wherever it runs: on the client for SQLite (the one process that writes the file),
on each worker for PostgreSQL (the server takes many writers). It is the local engine's own
batching (``newsmap.engines.local``), so both engines commit, count, and stop on a store that
refuses every write, alike: every article goes in whole or not at all, a batch is one commit,
and an interruption loses at most the batch being written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from newsmap.engines.local import BATCH_SECONDS, ArticleBatches, IngestReport
from newsmap.errors import StoreError
from newsmap.ingest import Notice, Rejection
from newsmap.store.records import ArticleRows

if TYPE_CHECKING:
    from newsmap.store import Store


class Tagged(NamedTuple):
    """An article read and tagged, as the store's rows (or why the store would refuse it):
    what a worker sends its client, in plain tuples that unpickle fast."""

    input: str
    where: str | None
    rows: ArticleRows | StoreError


class BatchWriter:
    """Takes each item's outcome in input order; commits tagged articles a batch at a time.

    ``timed`` False: a batch is committed when full or on ``flush`` only, never because a
    second went by. The client of a cluster run gets its articles a partition at a time,
    often after waiting for it; with the time rule, the first article of each partition
    was committed on its own (25 commits of one article in a run of 8,000)."""

    def __init__(
        self, store: Store, report: IngestReport, *, timed: bool = True, grow_to: int | None = None
    ) -> None:
        self.store = store
        self.report = report
        seconds = BATCH_SECONDS if timed else None
        self._batches = ArticleBatches(store, report, lambda: None, seconds, grow_to)

    def take(self, outcome: Tagged | Rejection | Notice | None) -> None:
        """One read item's outcome: tagged, rejected, a notice, or (None) already stored."""
        if outcome is None:
            self.report.duplicate += 1
        elif isinstance(outcome, Rejection):
            self.report.rejected.append(outcome)
        elif isinstance(outcome, Notice):
            self.report.notices.append(outcome)
        else:
            self._batches.add_rows(*outcome)

    def flush(self) -> None:
        """Commit what is queued (one transaction)."""
        self._batches.flush()
