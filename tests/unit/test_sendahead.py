"""Writes sent ahead run in the order sent, off the caller's thread, and their first error is
raised where the caller waits (newsmap.store.sendahead)."""

from __future__ import annotations

import threading

import pytest

from newsmap.store.sendahead import SendAhead


def test_writes_run_in_order_on_another_thread_and_wait_returns_after_the_last() -> None:
    ahead = SendAhead()
    done: list[tuple[int, str]] = []
    release = threading.Event()

    def write(n: int) -> None:
        if n == 0:
            release.wait(5)  # the caller goes on while the first write still runs
        done.append((n, threading.current_thread().name))

    for n in range(3):
        ahead.send(write, n)
    assert done == []
    release.set()
    ahead.wait()
    assert [n for n, _ in done] == [0, 1, 2]
    assert all(name.startswith("newsmap-send") for _, name in done)
    ahead.close()


def test_the_first_error_is_raised_by_wait_and_settle_swallows_it() -> None:
    ahead = SendAhead()
    ran: list[int] = []

    def write(n: int) -> None:
        ran.append(n)
        if n in (1, 2):
            raise ValueError(f"refused {n}")

    for n in range(4):
        ahead.send(write, n)
    with pytest.raises(ValueError, match="refused 1"):
        ahead.wait()
    assert ran == [0, 1, 2, 3]
    ahead.wait()  # nothing left on its way
    ahead.send(write, 2)
    ahead.settle()
    ahead.close()
