"""Ctrl-C during a cluster run, taken where stopping is safe.

Python raises ``KeyboardInterrupt`` wherever the main thread happens to be when SIGINT
arrives. A Dask client spends much of its time in finalizers (futures released, tasks
garbage-collected), and an exception raised inside a finalizer is printed as "Exception
ignored in ..." and dropped: the interrupt is lost and the run goes on to the end. So the
first Ctrl-C only asks to stop, and the engine stops at its next safe point (between two
partitions, between two articles of a retag); a second Ctrl-C stops at once, for a run whose
next safe point never comes (a cluster that stopped answering).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class StopRequest:
    """Whether Ctrl-C was pressed; ``check`` turns a request into ``KeyboardInterrupt``."""

    def __init__(self) -> None:
        self.requested = False

    def check(self) -> None:
        """Raise ``KeyboardInterrupt`` here, at a safe point, when a stop was asked for."""
        if self.requested:
            raise KeyboardInterrupt

    def _on_sigint(self, signum: int, frame: FrameType | None) -> None:
        if self.requested:  # the second Ctrl-C: the user will not wait for a safe point
            raise KeyboardInterrupt
        self.requested = True


@contextmanager
def stop_at_safe_points() -> Iterator[StopRequest]:
    """Defer Ctrl-C to ``StopRequest.check`` for the block; the previous handler comes back
    after it. Outside the main thread (where no handler can be set) Ctrl-C acts as usual."""
    request = StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield request
        return
    previous = signal.signal(signal.SIGINT, request._on_sigint)
    try:
        yield request
    finally:
        signal.signal(signal.SIGINT, previous)
