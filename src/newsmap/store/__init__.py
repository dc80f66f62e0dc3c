"""The article store: what an ingest writes and the dashboards read, at the same time.

Its promises (DESIGN.md section 5), on every backend:

- an article goes in with all its mentions and events in one transaction, or not at all, so
  a reader (the dashboard, another process) never sees half an article, and a killed ingest
  leaves nothing half-written;
- the same content stored twice is one row (``content_hash`` is UNIQUE), reported as a
  duplicate;
- re-tagging rewrites mentions and events from the stored text, one article per transaction;
- the roll-ups the dashboard aggregates from change in the same transaction as the rows they
  summarise, so they always equal what the plain SQL over ``mentions``/``events`` would answer.

The package, from the bottom: ``dialect`` (the only SQL that differs between engines),
``db`` (an open database), ``sqlite`` and ``postgres`` (the backends), ``schema`` (tables and
versioned upgrades), ``rollups`` (per-day area counts), ``cells`` (the timeline's merged
reports and dots), ``records`` and ``writes`` (articles in and out), ``feeds`` (a feed
poller's state), ``transfer`` (a whole store into another), and here a thin ``Store`` over them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

import pandas as pd

from newsmap.errors import StoreError
from newsmap.model import Article, Event, Mention
from newsmap.store import feeds, rollups, schema, transfer, writes
from newsmap.store.cells import EVENT_SCOPES
from newsmap.store.db import Db
from newsmap.store.dialect import form_for
from newsmap.store.feeds import FeedState
from newsmap.store.postgres import connect_postgres, is_postgres_url, masked_url
from newsmap.store.records import (
    EVENT_COLS,
    MENTION_COLS,
    AddResult,
    ArticleRows,
    RetagReport,
    Tagger,
)
from newsmap.store.rollups import COUNTED_LEVELS, PLACE_LEVELS
from newsmap.store.schema import SCHEMA_VERSION
from newsmap.store.sqlite import BUSY_TIMEOUT_S, connect_sqlite

__all__ = [
    "BUSY_TIMEOUT_S",
    "COUNTED_LEVELS",
    "DEFAULT_DB",
    "EVENT_SCOPES",
    "FeedState",
    "PLACE_LEVELS",
    "SCHEMA_VERSION",
    "AddResult",
    "RetagReport",
    "Store",
    "Tagger",
    "resolve_location",
]

DEFAULT_DB = "newsmap.db"


def resolve_location(path_or_url: str | None) -> str:
    """Where the store lives: the argument, else ``$NEWSMAP_DB``, else ``./newsmap.db``.

    ``sqlite:///path`` URLs are accepted so one variable can name either backend.
    """
    loc = path_or_url or os.environ.get("NEWSMAP_DB") or DEFAULT_DB
    if loc.startswith("sqlite:///"):
        loc = loc[len("sqlite:///") :]
    return loc


def _connect(loc: str) -> Db:
    """The backend a location names, connected."""
    if is_postgres_url(loc):
        return connect_postgres(loc)
    if "://" in loc:
        raise StoreError(
            f"unknown store URL {masked_url(loc)!r}; use a file path, sqlite:///PATH or "
            "postgresql://USER@HOST:PORT/DATABASE"
        )
    return connect_sqlite(loc)


class Store:
    """A connection to the article store.  Open with :meth:`Store.open`; close when done.

    One ``Store`` may be shared between threads (the dashboard's script runs move between
    threads); a lock serialises its use of the single connection.
    """

    def __init__(self, db: Db) -> None:
        self._db = db

    @property
    def location(self) -> str:
        """Where the store is, as messages name it."""
        return self._db.location

    @property
    def reopen_location(self) -> str:
        """What another process (a Dask worker) opens this same store with: the location with
        the password its URL carried.  Never for a message: ``location`` is for those."""
        return self._db.reopen

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path_or_url: str | None = None) -> Store:
        """Open the store at a path, ``sqlite:///`` URL, ``postgresql://`` URL or ``:memory:``,
        creating its tables when the file or database holds none yet.

        Parameters
        ----------
        path_or_url : str or None
            None reads ``$NEWSMAP_DB``, falling back to ``./newsmap.db``.

        Raises
        ------
        StoreError
            The file's folder is missing, the file is not a SQLite database, the server
            cannot be reached or refuses the login, or the store's schema is newer than this
            newsmap or older (then ``newsmap db migrate`` upgrades it).
        """
        return cls(cls._prepared(path_or_url, migrate=False)[0])

    @classmethod
    def migrate(cls, path_or_url: str | None = None) -> tuple[int | None, int]:
        """Create the store, or upgrade it to the current schema in one transaction (what
        ``newsmap db migrate`` runs); returns the version found (None: a new store) and
        the version now."""
        db, versions = cls._prepared(path_or_url, migrate=True)
        db.close()
        return versions

    @classmethod
    def _prepared(
        cls, path_or_url: str | None, *, migrate: bool
    ) -> tuple[Db, tuple[int | None, int]]:
        db = _connect(resolve_location(path_or_url))
        try:
            return db, schema.prepare(db, migrate=migrate)
        except StoreError:
            db.close()
            raise
        except db.errors as exc:
            db.close()
            raise db.not_a_store(exc) from exc

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def snapshot(self) -> Iterator[Store]:
        """Read several frames from one consistent state of the store.

        Without this, two reads in a row may straddle another process's commit; inside it,
        every read sees the same committed articles with all their mentions and events.
        """
        with self._db.snapshot():
            yield self

    # ------------------------------------------------------------------ writing
    def add_article(
        self, article: Article, mentions: Sequence[Mention], events: Sequence[Event]
    ) -> AddResult:
        """Store an article with its mentions and events in one transaction.

        Returns ``AddResult("duplicate", id)`` and changes nothing when an article with the
        same content hash is already stored.

        Raises
        ------
        StoreError
            A mention's offsets do not match the text, or the database refused the write
            (in which case nothing of the article was stored).
        """
        result = self.add_articles([(article, mentions, events)])[0]
        if isinstance(result, StoreError):
            raise result
        return result

    def add_articles(
        self, items: Sequence[tuple[Article, Sequence[Mention], Sequence[Event]]]
    ) -> list[AddResult | StoreError]:
        """Store several tagged articles in one commit; one result per item, in order.

        Each article still goes in whole or not at all (a savepoint of its own inside the
        commit): one refused article is reported as a ``StoreError`` in its place and the
        others are stored.  A reader, or a crash, sees all of the commit or none of it.  One
        commit per article costs more than the writing itself once the roll-up tables grow,
        which is why ingestion hands over its articles in small batches.
        """
        return writes.add_articles(self._db, items)

    def add_rows(
        self, prepared: Sequence[ArticleRows | StoreError]
    ) -> list[AddResult | StoreError]:
        """``add_articles`` for articles already turned into rows (``records.article_rows``),
        where they were tagged; a refusal given in place of rows comes back in its place."""
        return writes.add_rows(self._db, prepared)

    def check_writable(self) -> None:
        """Make sure a write can go in now (see `writes.probe_write`); nothing is changed.

        Raises
        ------
        StoreUnavailableError
            The store is read-only, locked past the busy timeout, or damaged where articles
            are written.
        """
        writes.probe_write(self._db)

    def delete_article(self, article_id: int) -> bool:
        """Remove an article with its mentions, events and roll-up share in one transaction;
        False when there was no such article."""
        return writes.delete_article(self._db, article_id)

    def find_duplicate(self, article: Article) -> int | None:
        """The id of a stored article with the same content, so ingest can skip tagging it."""
        with self._guard("cannot read"):
            row = self._db.execute(
                "SELECT id FROM articles WHERE content_hash = ?", (article.content_hash,)
            ).fetchone()
        return int(row[0]) if row else None

    @contextmanager
    def _guard(self, doing: str) -> Iterator[None]:
        """The database's own errors as one StoreError line naming the store."""
        with self._db.lock:
            try:
                yield
            except self._db.errors as exc:
                raise self._db.failure(exc, doing) from exc

    def copy_to(
        self, other: Store, progress: Callable[[str, int], None] | None = None
    ) -> dict[str, int]:
        """Copy this whole store into ``other``, an empty store, as it is at this moment
        (``newsmap db copy``); returns the rows copied per table."""
        with self._guard("cannot copy"), other._guard("cannot copy into"):
            return transfer.copy_store(self._db, other._db, progress)

    # ------------------------------------------------------------------ feed state
    def feed(self, url: str) -> FeedState | None:
        """What a feed poller kept about one feed (see ``newsmap.store.feeds``)."""
        with self._guard("cannot read"):
            found = feeds.load(self._db, url)
        return found[0] if found else None

    def feeds(self) -> list[FeedState]:
        """Every feed's polling state, ordered by URL."""
        with self._guard("cannot read"):
            return feeds.load(self._db)

    def save_feed(self, state: FeedState) -> None:
        """Insert or replace one feed's polling state, in a transaction of its own."""
        with self._guard("cannot write to"), self._db.write():
            feeds.save(self._db, state)

    def forget_feed(self, url: str) -> bool:
        """Drop one feed's polling state; False when there was none."""
        with self._guard("cannot write to"), self._db.write():
            return feeds.forget(self._db, url)

    def retag(
        self, tagger: Tagger, progress: Callable[[int, int], None] | None = None
    ) -> RetagReport:
        """Recompute every article's mentions and events from its stored text.

        Each article is its own transaction, so a reader sees either the old or the new tags
        of an article, never a mix, and an interrupted retag can simply be run again.
        ``progress(done, total)`` is called after each article.
        """
        with self._guard("cannot read"):
            ids = [r[0] for r in self._db.rows("SELECT id FROM articles ORDER BY id")]
        total = len(ids)
        n_mentions = n_events = 0
        for done, article_id in enumerate(ids, start=1):
            article = self.get_article(article_id)
            if article is None:  # deleted meanwhile by another process
                continue
            mentions, events = tagger(article)
            writes.retag_article(self._db, article, mentions, events)
            n_mentions += len(mentions)
            n_events += len(events)
            if progress:
                progress(done, total)
        return RetagReport(total, n_mentions, n_events)

    def rebuild_rollups(self) -> None:
        """Recompute the roll-ups from the stored rows in one transaction.  Never needed
        after writes through this class; a repair after rows were changed by hand."""
        with self._guard("cannot rebuild"), self._db.write():
            rollups.rebuild(self._db)

    # ------------------------------------------------------------------ reading
    def get_article(self, article_id: int) -> Article | None:
        """One stored article as the model sees it (``id`` is the store id as a string)."""
        with self._guard("cannot read"):
            row = self._db.execute(
                "SELECT id, url, source, title, published, language, text FROM articles "
                "WHERE id = ?",
                (article_id,),
            ).fetchone()
        if row is None:
            return None
        return Article(
            text=row[6],
            title=row[3],
            published=date.fromisoformat(row[4]) if row[4] else None,
            source=row[2],
            url=row[1],
            language=row[5],
            id=str(row[0]),
        )

    def query_frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        """Run one parameterised SELECT and return its rows as a DataFrame.

        Values always travel as parameters (``?``), never formatted into ``sql``.  A
        ``newsmap.store.dialect.Forms`` runs in the form of this store's engine.
        """
        with self._db.lock:
            try:
                cur = self._db.execute(form_for(sql, self._db.dialect), tuple(params))
                rows = cur.fetchall()
            except self._db.errors as exc:
                raise StoreError(f"query failed: {exc}") from exc
            columns = [d[0] for d in cur.description or ()]
        return pd.DataFrame.from_records(rows, columns=columns)

    def articles_frame(self) -> pd.DataFrame:
        """All articles (without their text's tags): id, url, source, title, published, ..."""
        return self.query_frame(
            "SELECT id, url, source, title, published, language, text, content_hash, "
            "ingested_at FROM articles ORDER BY id"
        )

    def mentions_frame(self) -> pd.DataFrame:
        """All mentions; ``metonymic`` as bool, offsets into the article's ``text``."""
        frame = self.query_frame(
            f'SELECT {MENTION_COLS} FROM mentions ORDER BY article_id, start, "end"'
        )
        frame["metonymic"] = frame["metonymic"].astype(bool)
        return frame

    def events_frame(self) -> pd.DataFrame:
        """All events; ``countries`` and ``place_ids`` as comma-separated strings."""
        return self.query_frame(
            f'SELECT {EVENT_COLS} FROM events ORDER BY article_id, start, "end"'
        )

    def counts(self) -> dict[str, int]:
        """Row counts per table, for summaries and health checks."""
        with self.snapshot():
            return {
                t: int(self.query_frame(f"SELECT COUNT(*) AS n FROM {t}")["n"].iloc[0])
                for t in ("articles", "mentions", "events")
            }

    def integrity_check(self) -> str:
        """The database's own verdict on the stored data: ``"ok"`` or the first problems."""
        return self._db.integrity_check()
