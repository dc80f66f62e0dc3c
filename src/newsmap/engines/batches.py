"""Tagged articles into the store in batches, counted the way the local engine counts them.

One writer, wherever it runs: on the client for SQLite (the one process that writes the file),
on each worker for PostgreSQL (the server takes many writers). Every article still goes in
whole or not at all (``Store.add_articles`` gives each its own savepoint); a batch is one
commit, so an interruption loses at most the batch being written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsmap.engines.local import BATCH_ARTICLES, IngestReport
from newsmap.errors import StoreError
from newsmap.ingest import ReadItem, Rejection
from newsmap.model import Event, Mention

if TYPE_CHECKING:
    from newsmap.store import Store


@dataclass(frozen=True)
class Tagged:
    """An article read and tagged, ready for the store."""

    item: ReadItem
    mentions: list[Mention]
    events: list[Event]


class BatchWriter:
    """Collects tagged articles and commits them ``BATCH_ARTICLES`` at a time into ``report``."""

    def __init__(
        self,
        store: Store,
        report: IngestReport,
        *,
        batch: int = BATCH_ARTICLES,
        on_commit: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self.report = report
        self.batch = batch
        self.on_commit = on_commit
        self.pending: list[Tagged] = []

    def add(self, tagged: Tagged) -> None:
        """Queue one article; commit when the batch is full."""
        self.pending.append(tagged)
        if len(self.pending) >= self.batch:
            self.flush()

    def take(self, outcome: Tagged | Rejection | None) -> None:
        """One read item's outcome: tagged, rejected, or (None) already stored."""
        if outcome is None:
            self.report.duplicate += 1
        elif isinstance(outcome, Rejection):
            self.report.rejected.append(outcome)
        else:
            self.add(outcome)

    def flush(self) -> None:
        """Commit what is queued (one transaction), counting new, duplicate and refused."""
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        results = self.store.add_articles([(t.item.article, t.mentions, t.events) for t in batch])
        for tagged, result in zip(batch, results, strict=True):
            if isinstance(result, StoreError):
                item = tagged.item
                self.report.rejected.append(Rejection(item.input, item.where, str(result)))
            elif result.status == "new":
                self.report.new += 1
            else:
                self.report.duplicate += 1
        if self.on_commit:
            self.on_commit()
