"""How far a cluster run is: articles done, the rate, and when it should end.

A backfill runs for hours, so the line an analyst watches says how fast it goes and when it
will be done, not only a count. The rate is taken over the last minute or so (a long run's
speed changes as workers join or leave); the estimate divides what is left by it, where
"left" is measured in what the run knows up front: bytes of input for an ingest (the number
of articles in a file is only known once it is read), articles for a retag.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field


@dataclass
class Meter:
    """Counts work as it completes and describes the run in one line."""

    #: Units of work (input bytes, or articles for a retag) the run has in all.
    total: int
    verb: str = "ingesting"
    #: Seconds of history the rate is taken over.
    window: float = 60.0
    articles: int = 0
    done: int = 0
    started: float = field(default_factory=time.monotonic)
    _history: deque[tuple[float, int, int]] = field(default_factory=deque)

    def __post_init__(self) -> None:
        self._history.append((self.started, 0, 0))

    def add(self, articles: int, work: int, now: float | None = None) -> None:
        """Record ``articles`` more dealt with, covering ``work`` more units of the total."""
        now = time.monotonic() if now is None else now
        self.articles += articles
        self.done += work
        self._history.append((now, self.articles, self.done))
        while len(self._history) > 2 and now - self._history[1][0] > self.window:
            self._history.popleft()

    def rates(self, now: float | None = None) -> tuple[float, float]:
        """Articles and work units per second over the recent window."""
        now = time.monotonic() if now is None else now
        since, articles, done = self._history[0]
        elapsed = max(now - since, 1e-9)
        return (self.articles - articles) / elapsed, (self.done - done) / elapsed

    def line(self, now: float | None = None) -> str:
        """``ingesting: 12,345 articles, 640/s, 37%, 2:14 left``."""
        per_s, work_per_s = self.rates(now)
        parts = [f"{self.verb}: {self.articles:,} articles", f"{per_s:,.0f}/s"]
        if self.total > 0:
            parts.append(f"{min(100, 100 * self.done // self.total)}%")
            left = self.total - self.done
            if left > 0 and work_per_s > 0:
                parts.append(f"{clock(left / work_per_s)} left")
        return ", ".join(parts)


def clock(seconds: float) -> str:
    """``h:mm:ss`` or ``m:ss``.

    >>> clock(75), clock(3725)
    ('1:15', '1:02:05')
    """
    s = int(round(seconds))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
