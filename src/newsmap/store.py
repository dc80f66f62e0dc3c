"""The article store: one SQLite file that an ingest writes and the dashboard reads at once.

This is the only module that speaks SQL to a database.  Its promises (DESIGN.md section 5):

- an article goes in with all its mentions and events in one transaction, or not at all, so
  a reader (the dashboard, another process) never sees half an article, and a killed ingest
  leaves nothing half-written;
- the same content stored twice is one row (``content_hash`` is UNIQUE), reported as a
  duplicate;
- re-tagging rewrites mentions and events from the stored text, one article per transaction.

SQLite runs in WAL mode so readers never block the writer, with ``synchronous=NORMAL`` (a
crash or SIGKILL can lose at most nothing committed; only a power cut may lose the last few
commits, never corrupt the file) and a busy timeout so two writers queue instead of failing.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from newsmap.errors import StoreError
from newsmap.model import Article, Event, Mention

#: Bumped whenever the tables below change shape; a store from a newer newsmap is refused.
SCHEMA_VERSION = 1
DEFAULT_DB = "newsmap.db"
#: How long a writer waits for another writer's transaction before giving up.
BUSY_TIMEOUT_S = 30.0

Tagger = Callable[[Article], tuple[list[Mention], list[Event]]]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id            INTEGER PRIMARY KEY,
    url           TEXT,
    source        TEXT,
    title         TEXT,
    published     TEXT,            -- ISO date YYYY-MM-DD, NULL when unknown
    language      TEXT,
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    ingested_at   TEXT NOT NULL     -- ISO timestamp, UTC
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,  -- str offsets into articles.text
    "end"       INTEGER NOT NULL,
    surface     TEXT NOT NULL,
    place_id    TEXT NOT NULL,
    name        TEXT,
    country     TEXT,
    admin1      TEXT,
    level       TEXT NOT NULL,
    lat         REAL,
    lon         REAL,
    score       REAL,
    metonymic   INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS events (
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    date            TEXT NOT NULL,  -- YYYY-MM-DD, YYYY-MM or YYYY, as precise as the text
    precision       TEXT NOT NULL,
    date_source     TEXT NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    sentence        TEXT,
    type            TEXT,
    countries       TEXT,           -- comma-separated ISO codes, most central first
    place_ids       TEXT,           -- comma-separated
    surface         TEXT,
    sentence_start  INTEGER,
    sentence_end    INTEGER
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_country ON mentions(country, level, article_id);
CREATE INDEX IF NOT EXISTS mentions_admin1 ON mentions(admin1, article_id);
CREATE INDEX IF NOT EXISTS mentions_place ON mentions(place_id, article_id);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_type ON events(type, article_id);
"""

_MENTION_COLS = (
    'article_id, start, "end", surface, place_id, name, country, admin1, level, lat, lon, '
    "score, metonymic"
)
_EVENT_COLS = (
    'article_id, date, precision, date_source, start, "end", sentence, type, countries, '
    "place_ids, surface, sentence_start, sentence_end"
)


@dataclass(frozen=True)
class AddResult:
    """What happened to one article: stored anew, or already there under ``article_id``."""

    status: Literal["new", "duplicate"]
    article_id: int


@dataclass(frozen=True)
class RetagReport:
    """How many articles were re-tagged, and how many mentions/events they now carry."""

    articles: int
    mentions: int
    events: int


def resolve_location(path_or_url: str | None) -> str:
    """Where the store lives: the argument, else ``$NEWSMAP_DB``, else ``./newsmap.db``.

    ``sqlite:///path`` URLs are accepted so one variable can name either backend.
    """
    loc = path_or_url or os.environ.get("NEWSMAP_DB") or DEFAULT_DB
    if loc.startswith("sqlite:///"):
        loc = loc[len("sqlite:///") :]
    return loc


def _check_mentions(text: str, mentions: Sequence[Mention]) -> None:
    """Refuse offsets that do not point at their surface: the map would highlight garbage."""
    for i, m in enumerate(mentions):
        if not (0 <= m.start <= m.end <= len(text)) or text[m.start : m.end] != m.surface:
            raise StoreError(
                f"mention {i} {m.surface!r} at {m.start}:{m.end} does not match the article "
                f"text there ({text[max(m.start, 0) : max(m.end, 0)]!r}); the tagger must give "
                "offsets into Article.text"
            )


def _mention_row(article_id: int, m: Mention) -> tuple[Any, ...]:
    return (
        article_id, m.start, m.end, m.surface, m.place_id, m.name, m.country, m.admin1,
        m.level, m.lat, m.lon, m.score, int(bool(m.metonymic)),
    )  # fmt: skip


def _event_row(article_id: int, text: str, e: Event) -> tuple[Any, ...]:
    sentence = text[e.sentence_start : e.sentence_end] if e.sentence_end > e.sentence_start else ""
    return (
        article_id, e.date, e.precision, e.date_source, e.start, e.end, sentence, e.type,
        ",".join(e.countries), ",".join(e.place_ids), e.surface, e.sentence_start,
        e.sentence_end,
    )  # fmt: skip


class Store:
    """A connection to the article store.  Open with :meth:`Store.open`; close when done.

    One ``Store`` may be shared between threads (the dashboard's script runs move between
    threads); a lock serialises its use of the single connection.
    """

    def __init__(self, conn: sqlite3.Connection, location: str) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.location = location

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path_or_url: str | None = None) -> Store:
        """Open (creating if needed) the store at a path, ``sqlite:///`` URL or ``:memory:``.

        Parameters
        ----------
        path_or_url : str or None
            None reads ``$NEWSMAP_DB``, falling back to ``./newsmap.db``.

        Raises
        ------
        StoreError
            The location is a PostgreSQL URL (not supported yet), its folder is missing, the
            file is not a SQLite database, or it was written by a newer newsmap.
        """
        loc = resolve_location(path_or_url)
        if loc.startswith(("postgresql://", "postgres://", "postgresql+")):
            raise StoreError(
                "PostgreSQL stores are not supported yet; set NEWSMAP_DB to a file path "
                "(for example ./newsmap.db) to use the embedded SQLite store"
            )
        if "://" in loc:
            raise StoreError(f"unknown store URL {loc!r}; use a file path or sqlite:///path")
        if loc != ":memory:":
            parent = Path(loc).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot create store {loc!r}: folder {str(parent)!r} is missing")
            loc = str(Path(loc).expanduser())
        try:
            conn = sqlite3.connect(
                loc, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {loc!r}: {exc}") from exc
        store = cls(conn, loc)
        try:
            store._setup()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(
                f"cannot use {loc!r} as a newsmap store ({exc}); is it a SQLite database?"
            ) from exc
        except StoreError:
            conn.close()
            raise
        return store

    def _setup(self) -> None:
        c = self._conn
        c.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if self.location != ":memory:":
            mode = c.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"cannot switch store {self.location!r} to WAL mode ({mode})")
        c.execute("PRAGMA synchronous = NORMAL")
        c.execute("PRAGMA foreign_keys = ON")
        has_version = c.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'"
        ).fetchone()
        if has_version:
            row = c.execute("SELECT MAX(version) FROM schema_version").fetchone()
            found = row[0] if row else None
            if found is not None and found > SCHEMA_VERSION:
                raise StoreError(
                    f"store {self.location!r} has schema version {found}, newer than this "
                    f"newsmap understands ({SCHEMA_VERSION}); upgrade newsmap"
                )
            if found == SCHEMA_VERSION:
                return
        with self._write():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    c.execute(statement)
            c.execute("DELETE FROM schema_version")
            c.execute("INSERT INTO schema_version(version) VALUES (?)", (SCHEMA_VERSION,))

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: BEGIN IMMEDIATE takes the write lock up front, so two
        writers queue on the busy timeout rather than deadlocking on a lock upgrade."""
        with self._lock:
            c = self._conn
            try:
                c.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write to store {self.location!r}: {exc}") from exc
            try:
                yield c
            except BaseException:
                c.execute("ROLLBACK")
                raise
            else:
                try:
                    c.execute("COMMIT")
                except sqlite3.Error as exc:
                    c.execute("ROLLBACK")
                    raise StoreError(f"cannot commit to store {self.location!r}: {exc}") from exc

    @contextmanager
    def snapshot(self) -> Iterator[Store]:
        """Read several frames from one consistent state of the store.

        Without this, two reads in a row may straddle another process's commit; inside it,
        every read sees the same committed articles with all their mentions and events.
        """
        with self._lock:
            if self._conn.in_transaction:  # nested: the outer snapshot already holds one
                yield self
                return
            self._conn.execute("BEGIN")
            try:
                yield self
            finally:
                self._conn.execute("COMMIT")

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
        if not isinstance(article.text, str) or not article.text.strip():
            raise StoreError("refusing to store an article with no text")
        _check_mentions(article.text, mentions)
        digest = article.content_hash
        published = article.published.isoformat() if article.published else None
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            with self._write() as c:
                cur = c.execute(
                    "INSERT INTO articles(url, source, title, published, language, text, "
                    "content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(content_hash) DO NOTHING",
                    (
                        article.url, article.source, article.title, published,
                        article.language, article.text, digest, now,
                    ),
                )  # fmt: skip
                if cur.rowcount == 0:
                    row = c.execute(
                        "SELECT id FROM articles WHERE content_hash = ?", (digest,)
                    ).fetchone()
                    return AddResult("duplicate", int(row[0]))
                article_id = int(cur.lastrowid or 0)
                self._insert_tags(c, article_id, article.text, mentions, events)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot store article {article.title!r}: {exc}") from exc
        return AddResult("new", article_id)

    @staticmethod
    def _insert_tags(
        c: sqlite3.Connection,
        article_id: int,
        text: str,
        mentions: Sequence[Mention],
        events: Sequence[Event],
    ) -> None:
        if mentions:
            c.executemany(
                f"INSERT INTO mentions({_MENTION_COLS}) VALUES ({','.join('?' * 13)})",
                [_mention_row(article_id, m) for m in mentions],
            )
        if events:
            c.executemany(
                f"INSERT INTO events({_EVENT_COLS}) VALUES ({','.join('?' * 13)})",
                [_event_row(article_id, text, e) for e in events],
            )

    def find_duplicate(self, article: Article) -> int | None:
        """The id of a stored article with the same content, so ingest can skip tagging it."""
        with self._lock:
            row = self._conn.execute(
                "SELECT id FROM articles WHERE content_hash = ?", (article.content_hash,)
            ).fetchone()
        return int(row[0]) if row else None

    def retag(
        self, tagger: Tagger, progress: Callable[[int, int], None] | None = None
    ) -> RetagReport:
        """Recompute every article's mentions and events from its stored text.

        Each article is its own transaction, so a reader sees either the old or the new tags
        of an article, never a mix, and an interrupted retag can simply be run again.
        ``progress(done, total)`` is called after each article.
        """
        with self._lock:
            ids = [r[0] for r in self._conn.execute("SELECT id FROM articles ORDER BY id")]
        total = len(ids)
        n_mentions = n_events = 0
        for done, article_id in enumerate(ids, start=1):
            article = self.get_article(article_id)
            if article is None:  # deleted meanwhile by another process
                continue
            mentions, events = tagger(article)
            _check_mentions(article.text, mentions)
            try:
                with self._write() as c:
                    c.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
                    c.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
                    self._insert_tags(c, article_id, article.text, mentions, events)
            except sqlite3.Error as exc:
                raise StoreError(f"cannot retag article {article_id}: {exc}") from exc
            n_mentions += len(mentions)
            n_events += len(events)
            if progress:
                progress(done, total)
        return RetagReport(total, n_mentions, n_events)

    # ------------------------------------------------------------------ reading
    def get_article(self, article_id: int) -> Article | None:
        """One stored article as the model sees it (``id`` is the store id as a string)."""
        with self._lock:
            row = self._conn.execute(
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

        Values always travel as parameters (``?``), never formatted into ``sql``.
        """
        with self._lock:
            try:
                cur = self._conn.execute(sql, tuple(params))
                rows = cur.fetchall()
            except sqlite3.Error as exc:
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
            f'SELECT {_MENTION_COLS} FROM mentions ORDER BY article_id, start, "end"'
        )
        frame["metonymic"] = frame["metonymic"].astype(bool)
        return frame

    def events_frame(self) -> pd.DataFrame:
        """All events; ``countries`` and ``place_ids`` as comma-separated strings."""
        return self.query_frame(
            f'SELECT {_EVENT_COLS} FROM events ORDER BY article_id, start, "end"'
        )

    def counts(self) -> dict[str, int]:
        """Row counts per table, for summaries and health checks."""
        with self.snapshot():
            return {
                t: int(self.query_frame(f"SELECT COUNT(*) AS n FROM {t}")["n"].iloc[0])
                for t in ("articles", "mentions", "events")
            }

    def integrity_check(self) -> str:
        """SQLite's own verdict on the file: ``"ok"`` or the first problems found."""
        with self._lock:
            rows = self._conn.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(r[0]) for r in rows)
