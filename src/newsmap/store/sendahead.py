"""Bulk writes sent ahead: a thread of their own runs them in order while the caller goes on.

A store write to PostgreSQL is the client building rows (Python) and the server storing them
(another process, on another core).  Run one after the other, each waits for the other; sent
ahead, the server stores an article's mentions while the client builds its roll-up rows.  The
writes still run one at a time, in the order they were sent, on the one connection: anything
else the caller does with the connection waits for them first (``wait``), and the first
error of a write is raised there, inside the caller's transaction, which then rolls back
whole.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any


class SendAhead:
    """Writes on their way, in order, on one thread."""

    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None
        self._pending: list[Future[Any]] = []

    def send(self, write: Callable[..., Any], *args: Any) -> None:
        """Run ``write(*args)`` after the writes already sent; return at once."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsmap-send")
        self._pending.append(self._pool.submit(write, *args))

    def wait(self) -> None:
        """Wait until every write sent has run; raise the first one's error."""
        pending, self._pending = self._pending, []
        first: BaseException | None = None
        for future in pending:
            error = future.exception()
            if error is not None and first is None:
                first = error
        if first is not None:
            raise first

    def settle(self) -> None:
        """Wait until every write sent has run, whatever became of it (before a rollback:
        its errors are the rollback's reason already, or follow from it)."""
        try:
            self.wait()
        except Exception:  # noqa: BLE001, S110 - the transaction is being ended anyway
            pass

    def close(self) -> None:
        """Settle, and end the thread."""
        self.settle()
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
