"""The embedded backend: one SQLite file that an ingest writes and dashboards read at once.

SQLite runs in WAL mode so readers never block the writer, with ``synchronous=NORMAL`` (a
crash or SIGKILL can lose at most nothing committed; only a power cut may lose the last few
commits, never corrupt the file) and a busy timeout so two writers queue instead of failing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsmap.errors import StoreError
from newsmap.store.db import Cursor, Db
from newsmap.store.dialect import SQLITE

#: How long a writer waits for another writer's transaction before giving up.
BUSY_TIMEOUT_S = 30.0


class SqliteDb(Db):
    """A SQLite file (or ``:memory:``) opened for the store."""

    dialect = SQLITE
    errors = (sqlite3.Error,)

    def __init__(self, conn: sqlite3.Connection, location: str) -> None:
        super().__init__(location)
        self.conn = conn
        # The connection's own methods, unwrapped: a store write runs a dozen statements
        # per article, and a Python frame around each one showed in the write benchmark.
        self.execute = conn.execute  # type: ignore[method-assign,assignment]  # same calls
        self.executemany = conn.executemany  # type: ignore[method-assign,assignment]  # same calls

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def insert_rows(
        self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> None:
        marks = ", ".join("?" * len(columns))
        self.conn.executemany(f"INSERT INTO {table}({', '.join(columns)}) VALUES ({marks})", rows)

    @contextmanager
    def write(self) -> Iterator[Db]:
        # BEGIN IMMEDIATE takes the write lock up front, so two writers queue on the busy
        # timeout rather than deadlocking on a lock upgrade.
        with self.lock:
            c = self.conn
            try:
                c.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write to store {self.location!r}: {exc}") from exc
            try:
                yield self
            except BaseException:
                if c.in_transaction:  # SQLite ends it by itself on a full disk or I/O error
                    c.execute("ROLLBACK")
                raise
            else:
                try:
                    c.execute("COMMIT")
                except sqlite3.Error as exc:
                    if c.in_transaction:
                        c.execute("ROLLBACK")
                    raise StoreError(f"cannot commit to store {self.location!r}: {exc}") from exc

    @contextmanager
    def snapshot(self) -> Iterator[Db]:
        with self.lock:
            if self.conn.in_transaction:  # nested: the outer snapshot already holds one
                yield self
                return
            self.conn.execute("BEGIN")
            try:
                yield self
            finally:
                self.conn.execute("COMMIT")

    def columns(self, table: str) -> set[str]:
        return {row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")}

    def has_table(self, name: str) -> bool:
        found = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        return found is not None

    def analyze(self) -> None:
        pass  # the store's SQLite plans are chosen without statistics, the same everywhere

    def integrity_check(self) -> str:
        with self.lock:
            rows = self.conn.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(r[0]) for r in rows)

    def fatal(self, exc: Exception) -> bool:
        return isinstance(exc, sqlite3.OperationalError)

    def failure(self, exc: Exception, doing: str) -> StoreError:
        return StoreError(f"{doing} store {self.location!r}: {exc}")

    def not_a_store(self, exc: Exception) -> StoreError:
        return not_sqlite(self.location, exc)

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def tune(self) -> None:
        """The connection settings the store's promises rest on (see the module docstring)."""
        c = self.conn
        c.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if self.location != ":memory:":
            mode = c.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"cannot switch store {self.location!r} to WAL mode ({mode})")
        c.execute("PRAGMA synchronous = NORMAL")
        c.execute("PRAGMA cache_size = -65536")
        # An ingest commit touches pages all over the roll-ups' b-trees.  Checkpointing every
        # 1,000 pages (the default) copied most of them back after every commit; every 16,000
        # (64 MB of log) copies a page once for several commits that changed it.
        c.execute("PRAGMA wal_autocheckpoint = 16000")
        c.execute("PRAGMA foreign_keys = ON")


def connect_sqlite(location: str) -> SqliteDb:
    """Open (creating if needed) a SQLite store file or ``:memory:``, tuned for the store.

    Raises
    ------
    StoreError
        The file's folder is missing, or it cannot be opened or is not a SQLite database.
    """
    loc = location
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
    db = SqliteDb(conn, loc)
    try:
        db.tune()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise not_sqlite(loc, exc) from exc
    except StoreError:
        conn.close()
        raise
    return db


def not_sqlite(location: str, exc: Exception) -> StoreError:
    """What a file that SQLite cannot read as a database gets."""
    if "malformed" in str(exc):
        return StoreError(
            f"the store {location!r} is damaged ({exc}); restore it from a back-up, or move it "
            "away and ingest again"
        )
    return StoreError(
        f"cannot use {location!r} as a newsmap store ({exc}); is it a SQLite database?"
    )
