"""One open database as the rest of the store sees it, whichever engine is underneath.

Statements are written once with ``?`` parameters (``newsmap.store.dialect`` holds what
differs); a backend runs them, opens write transactions that queue behind each other instead
of failing, and read snapshots that see one committed state.  The store's other modules only
ever talk to a ``Db``.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import cache
from typing import Any, Protocol

from newsmap.errors import StoreError
from newsmap.store.dialect import Dialect


class Cursor(Protocol):
    """What the store reads off an executed statement (sqlite3's and psycopg's cursors)."""

    @property
    def rowcount(self) -> int: ...

    @property
    def description(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Db(ABC):
    """An open connection to one store.

    One ``Db`` may be shared between threads (the dashboard's script runs move between
    threads); ``lock`` serialises the use of its single connection.
    """

    dialect: Dialect
    #: The database's own error class(es): what a failed statement raises.
    errors: tuple[type[Exception], ...]

    def __init__(self, location: str, reopen: str | None = None) -> None:
        #: Where the store is, fit for a message (a password is never part of it).
        self.location = location
        #: What another process opens the same store with: ``location`` with the password
        #: the URL carried, if any.  Never for a message.
        self.reopen = reopen or location
        self.lock = threading.RLock()

    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        """Run one statement with ``?`` parameters."""

    @abstractmethod
    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement once per row of parameters."""

    @abstractmethod
    def insert_rows(
        self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> None:
        """Append many rows to a table the fastest way the engine has (a bulk load)."""

    @abstractmethod
    def write(self) -> AbstractContextManager[Db]:
        """One write transaction, committed at the end of the block and rolled back on an
        exception; writers queue behind each other (one writer at a time per store)."""

    def sending(self) -> AbstractContextManager[None]:
        """Inside a write transaction: bulk writes (``insert_rows``, ``executemany`` of an
        INSERT) may still be on their way to the database when they return, where the engine
        is another process; every other use of the database, and the end of the block, waits
        for them and raises the first one's error.  Where writes run in-process, nothing."""
        return nullcontext()

    @abstractmethod
    def snapshot(self) -> AbstractContextManager[Db]:
        """Reads that all see one committed state (nested snapshots share the outer one)."""

    @abstractmethod
    def columns(self, table: str) -> set[str]:
        """The names of a table's columns (an upgrade adds what is missing)."""

    @abstractmethod
    def has_table(self, name: str) -> bool:
        """Whether the store has a table of that name (an empty database has none)."""

    @abstractmethod
    def analyze(self) -> None:
        """Refresh the planner's statistics after a bulk load (where the engine keeps any
        the store relies on)."""

    @abstractmethod
    def integrity_check(self) -> str:
        """The engine's own verdict on the stored data: ``"ok"`` or the problems found."""

    @abstractmethod
    def fatal(self, exc: Exception) -> bool:
        """Whether a database error is the store's (gone, full, locked, read-only) rather
        than one statement's: then no later write can succeed either."""

    @abstractmethod
    def failure(self, exc: Exception, doing: str) -> StoreError:
        """One line naming the store (never its password), what failed, and why."""

    @abstractmethod
    def not_a_store(self, exc: Exception) -> StoreError:
        """The message for a database that refused the store's own tables."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection (idempotent)."""

    def rows_by_keys(
        self, table: str, key: Sequence[str], keys: Iterable[tuple[Any, ...]]
    ) -> list[Any]:
        """Every column of the rows of ``table`` whose ``key`` columns (text) equal one of
        ``keys``, in one statement: the keys go into a temporary table joined first (CROSS
        JOIN keeps SQLite's planner from scanning ``table`` for a few keys)."""
        create, insert, select, clear = _keyed_sql(table, tuple(key), self.dialect.keyed_table)
        self.execute(create)
        self.executemany(insert, keys)
        rows = self.rows(select)
        self.execute(clear)
        return rows

    def stream(self, sql: str, batch: int) -> Iterator[list[Any]]:
        """The rows of one SELECT in lists of up to ``batch``, without holding them all
        (a whole table, for a copy)."""
        cur = self.execute(sql)
        while rows := cur.fetchmany(batch):
            yield rows

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Every row of one statement."""
        return self.execute(sql, params).fetchall()


@cache
def _keyed_sql(table: str, key: tuple[str, ...], keyed_table: str) -> tuple[str, str, str, str]:
    temp = f"{table}_by_{len(key)}"
    return (
        f"CREATE TEMP TABLE IF NOT EXISTS {temp} ({', '.join(c + ' TEXT' for c in key)}, "
        f"PRIMARY KEY ({', '.join(key)})){keyed_table}",
        f"INSERT INTO {temp} VALUES ({', '.join('?' * len(key))}) ON CONFLICT DO NOTHING",
        f"SELECT t.* FROM {temp} k CROSS JOIN {table} t WHERE "
        + " AND ".join(f"t.{c} = k.{c}" for c in key),
        f"DELETE FROM {temp}",
    )
