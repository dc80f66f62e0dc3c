"""When each source is polled next: its interval, and exponential back-off after errors.

Pure functions of the source, the feed's own hints and the clock, so the schedule can be
tested without waiting. The interval of a source is, first found: ``--interval`` (one for
all), the list's ``interval`` attribute, the feed's ``<ttl>`` (RSS: minutes the publisher
asks readers to wait; kept within `MIN_TTL_S` and `MAX_TTL_S`), else `DEFAULT_INTERVAL_S`.
After ``n`` failed polls in a row the next one waits ``interval * 2**n``, at most
`MAX_BACKOFF_S`: a feed that is down is asked less and less often, and never given up.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

DEFAULT_INTERVAL_S = 900.0
MIN_TTL_S = 300.0
MAX_TTL_S = 86_400.0
MAX_BACKOFF_S = 6 * 3600.0

_TTL = re.compile(rb"<ttl>\s*(\d{1,6})\s*</ttl>", re.IGNORECASE)


def feed_ttl(body: bytes) -> float | None:
    """The feed's ``<ttl>`` in seconds (within the bounds), or None.

    >>> feed_ttl(b"<rss><channel><ttl>30</ttl></channel></rss>")
    1800.0
    """
    match = _TTL.search(body[:65536])
    if match is None:
        return None
    return min(max(int(match.group(1)) * 60.0, MIN_TTL_S), MAX_TTL_S)


def interval_for(override: float | None, listed: float | None, ttl: float | None) -> float:
    """The polling interval of one source, in seconds (see the module docstring)."""
    for value in (override, listed, ttl):
        if value is not None:
            return value
    return DEFAULT_INTERVAL_S


def backoff(interval: float, failures: int) -> float:
    """Seconds to wait after ``failures`` failed polls in a row.

    >>> [backoff(900, n) for n in range(6)]
    [900, 1800, 3600, 7200, 14400, 21600.0]
    """
    if failures <= 0:
        return interval
    return min(interval * 2 ** min(failures, 32), max(MAX_BACKOFF_S, interval))


def stamp(moment: datetime) -> str:
    """A moment as the store keeps it: ISO 8601 in UTC, to the second."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_stamp(value: str | None) -> datetime | None:
    """A stored moment back, or None when missing or unreadable (then: due now)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def is_due(next_poll_at: str | None, now: datetime) -> bool:
    """Whether a source whose next poll was set for ``next_poll_at`` is due at ``now``."""
    due = parse_stamp(next_poll_at)
    return due is None or due <= now


def after(now: datetime, seconds: float) -> str:
    """The stamp ``seconds`` after ``now``."""
    return stamp(now + timedelta(seconds=seconds))
