"""The local engine: read, tag and store articles in this one process.

The tagger is passed in (``newsmap.pipeline.make_tagger()`` in the CLI, small fakes in
tests) so reading and storing do not depend on the geotagger's internals.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from newsmap.engines.gcpolicy import long_run_gc
from newsmap.errors import StoreError, StoreUnavailableError
from newsmap.ingest import Fetcher, Notice, ReadItem, Rejection, Tagger, read_inputs
from newsmap.model import Event, Mention
from newsmap.store.records import ArticleRows, article_rows

if TYPE_CHECKING:
    from newsmap.store import Store


@dataclass
class IngestReport:
    """What an ingest did: counts of new and duplicate articles, every rejection, and the
    notices about inputs read only in part (bytes replaced, a page cut short)."""

    new: int = 0
    duplicate: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    def summary(self) -> str:
        """The CLI's closing line."""
        return f"{self.new} new, {self.duplicate} duplicate, {len(self.rejected)} rejected"


@dataclass(frozen=True)
class Progress:
    """Where a running ingest is, for a progress bar."""

    inputs_done: int
    inputs_total: int
    articles: int
    current: str


#: Tagged articles handed to the store per commit.  A crash loses at most this many articles
#: of work (never part of one); the next ingest of the same inputs picks them up again.
BATCH_ARTICLES = 256
#: ... or whatever was tagged in this many seconds, so progress and other readers never wait
#: long for a slow batch (big articles, a slow feed).
BATCH_SECONDS = 1.0


class ArticleBatches:
    """Tagged articles on their way to the store, one commit per batch.

    ``seconds`` None drops the time rule, for a writer that is handed articles already
    tagged and decides itself when to commit a short batch (the Dask engine's client);
    ``grow_to``: a full batch starts at ``BATCH_ARTICLES`` and doubles after each commit up
    to this many articles, so the first articles of a run are stored (and shown) as soon as
    the local engine stores them, and a long run commits in larger, cheaper batches."""

    def __init__(
        self,
        store: Store,
        report: IngestReport,
        progress: Callable[[], None],
        seconds: float | None = BATCH_SECONDS,
        grow_to: int | None = None,
    ):
        self.store = store
        self.report = report
        self.progress = progress
        self.seconds = seconds
        self.size = BATCH_ARTICLES
        self.grow_to = max(grow_to or 0, BATCH_ARTICLES)
        self.pending: list[tuple[str, str | None, ArticleRows | StoreError]] = []
        self.since = time.monotonic()

    def add(self, item: ReadItem, mentions: list[Mention], events: list[Event]) -> None:
        self.add_rows(item.input, item.where, article_rows(item.article, mentions, events))

    def add_rows(self, input: str, where: str | None, rows: ArticleRows | StoreError) -> None:
        """An article of ``input`` (at ``where``) as the store writes it, or why it cannot be."""
        self.pending.append((input, where, rows))
        if len(self.pending) >= self.size or (
            self.seconds is not None and time.monotonic() - self.since >= self.seconds
        ):
            self.flush()

    def flush(self) -> None:
        self.since = time.monotonic()
        if not self.pending:
            return
        report = self.report
        self.size = min(2 * self.size, self.grow_to)
        results = self.store.add_rows([rows for _, _, rows in self.pending])
        fatal = next((r for r in results if isinstance(r, StoreUnavailableError)), None)
        if fatal is not None:  # every later batch would fail the same way: say it once
            raise StoreUnavailableError(
                f"{fatal}; {_articles_were(report.new)} stored before that, whole; run the "
                "same ingest again once it is fixed (what is stored is skipped)"
            ) from fatal
        for (input, where, _rows), result in zip(self.pending, results, strict=True):
            if isinstance(result, StoreError):
                report.rejected.append(Rejection(input, where, str(result)))
            elif result.status == "new":
                report.new += 1
            else:
                report.duplicate += 1
        self.pending.clear()
        self.progress()


def store_items(
    store: Store,
    items: Iterable[ReadItem | Rejection | Notice],
    tagger: Tagger,
    *,
    progress: Callable[[], None] = lambda: None,
    report: IngestReport | None = None,
) -> IngestReport:
    """Tag and store what a reader yielded; count it, with every rejection and notice.

    Duplicates are detected before tagging (tagging is the expensive step) and again by the
    store's UNIQUE content hash, so two concurrent ingests of the same file stay correct.
    Tagged articles reach the store in small batches, one commit each (``BATCH_ARTICLES``,
    ``BATCH_SECONDS``); every article is still stored whole or not at all.

    Raises
    ------
    StoreUnavailableError
        The store as a whole refused a commit (full disk, read-only, damaged): said once.
    """
    report = report if report is not None else IngestReport()
    batches = ArticleBatches(store, report, progress)
    with long_run_gc():  # the tagger's long-lived heap is not walked on every collection
        for item in items:
            if isinstance(item, Rejection):
                report.rejected.append(item)
            elif isinstance(item, Notice):
                report.notices.append(item)
            elif store.find_duplicate(item.article) is not None:
                report.duplicate += 1
                progress()
            else:
                try:
                    mentions, events = tagger(item.article)
                except Exception as exc:  # noqa: BLE001 - reported per article, the rest go on
                    why = f"tagging failed ({type(exc).__name__}: {exc})"
                    report.rejected.append(Rejection(item.input, item.where, why))
                    continue
                batches.add(item, list(mentions), list(events))
        batches.flush()
    return report


def ingest_paths(
    store: Store,
    inputs: list[str],
    tagger: Tagger,
    *,
    on_progress: Callable[[Progress], None] | None = None,
    today: date | None = None,
    fetch: Fetcher | None = None,
) -> IngestReport:
    """Read, tag and store every input (files, folders, URLs); return counts and the
    rejections (see `store_items`)."""
    report = IngestReport()
    state: dict[str, int | str] = {"done": 0, "total": 0, "current": ""}

    def progress() -> None:
        if on_progress:
            done, total = int(state["done"]), int(state["total"])
            on_progress(Progress(done, total, report.new + report.duplicate, str(state["current"])))

    def on_input(done: int, total: int, name: str) -> None:
        state.update(done=done, total=total, current=name)
        progress()

    items = read_inputs(inputs, today=today, fetch=fetch, on_input=on_input)
    return store_items(store, items, tagger, progress=progress, report=report)


def _articles_were(n: int) -> str:
    """``1 new article was`` / ``3 new articles were``: the count an interrupted run kept.

    >>> _articles_were(1), _articles_were(0)
    ('1 new article was', '0 new articles were')
    """
    return f"{n} new article was" if n == 1 else f"{n} new articles were"
