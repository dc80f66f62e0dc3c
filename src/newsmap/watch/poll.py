"""One poll of one source: a conditional request, new articles tagged and stored, and the
source's state (validators, next poll, failures) written back to the store.

The state is saved after the articles: a crash between the two polls that source again,
and what it brings again is skipped as duplicates. A failed poll keeps the old validators,
so the next one reads the whole feed again once it answers.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from urllib.parse import urlsplit, urlunsplit

from newsmap.engines.local import IngestReport, store_items
from newsmap.errors import IngestError
from newsmap.ingest import Notice, Rejection, Tagger, read_fetched
from newsmap.ingest.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_S, Fetched, fetch_url
from newsmap.store import Store
from newsmap.store.feeds import FeedState
from newsmap.watch.schedule import after, backoff, feed_ttl, interval_for, stamp
from newsmap.watch.sources import Source

Fetch = Callable[..., Fetched]


@dataclass(frozen=True)
class WatchSettings:
    """How every source is polled (the command line's options)."""

    interval: float | None = None
    timeout: float = DEFAULT_TIMEOUT_S
    max_bytes: int = DEFAULT_MAX_BYTES
    allow_private: bool = False


@dataclass(frozen=True)
class PollResult:
    """What one poll did, for its log line."""

    url: str
    outcome: str  # "read", "not modified", "failed"
    seconds: float
    next_in: float
    new: int = 0
    duplicate: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    failures: int = 0
    error: str | None = None

    def line(self) -> str:
        """The poll's log line (the caller adds the time and escapes it for printing)."""
        took = f"in {self.seconds:.1f} s; next poll in {duration(self.next_in)}"
        if self.outcome == "failed":
            again = "1 failure" if self.failures == 1 else f"{self.failures} failures in a row"
            return f"{shown(self.url)}: failed ({self.error}) {took} ({again})"
        if self.outcome == "not modified":
            return f"{shown(self.url)}: not modified {took}"
        counts = f"{self.new} new, {self.duplicate} duplicate, {len(self.rejected)} rejected"
        return f"{shown(self.url)}: {counts} {took}"


def shown(url: str) -> str:
    """A URL fit for a log: any password in it replaced by ``***``.

    >>> shown("https://reader:s3cret@feeds.example.org/rss")
    'https://reader:***@feeds.example.org/rss'
    """
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def duration(seconds: float) -> str:
    """``90`` -> ``1 min 30 s``: intervals as people read them.

    >>> [duration(s) for s in (5, 90, 3600, 5400)]
    ['5 s', '1 min 30 s', '1 h', '1 h 30 min']
    """
    s = round(seconds)
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min" + (f" {s % 60} s" if s % 60 else "")
    return f"{s // 3600} h" + (f" {s % 3600 // 60} min" if s % 3600 // 60 else "")


def _conditional(state: FeedState) -> dict[str, str]:
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def _failed(
    state: FeedState, source: Source, settings: WatchSettings, why: str, now: datetime, t0: float
) -> tuple[FeedState, PollResult]:
    failures = state.failures + 1
    interval = interval_for(settings.interval, source.interval, state.extra.get("ttl"))
    wait = backoff(interval, failures)
    new_state = replace(
        state,
        polled_at=stamp(now),
        next_poll_at=after(now, wait),
        failures=failures,
        last_error=why,
    )
    result = PollResult(
        source.url, "failed", time.monotonic() - t0, wait, failures=failures, error=why
    )
    return new_state, result


def poll_source(
    store: Store,
    source: Source,
    state: FeedState,
    tagger: Tagger,
    settings: WatchSettings,
    *,
    now: datetime,
    fetch: Fetch = fetch_url,
    today: date | None = None,
) -> tuple[FeedState, PollResult]:
    """Poll ``source`` once, store what is new, save its state; return the state and what
    happened.

    Raises
    ------
    StoreUnavailableError
        The store cannot take writes: no later poll could store anything either.
    """
    t0 = time.monotonic()
    try:
        fetched = fetch(
            source.url,
            timeout=settings.timeout,
            max_bytes=settings.max_bytes,
            allow_private=settings.allow_private,
            headers=_conditional(state),
        )
    except IngestError as exc:
        why = str(exc).removeprefix(f"{source.url}: ")
        new_state, result = _failed(state, source, settings, why, now, t0)
        store.save_feed(new_state)
        return new_state, result
    if fetched.status == 304:
        report = IngestReport()
        ttl = state.extra.get("ttl")
    else:
        report = store_items(store, read_fetched(source.url, fetched, today=today), tagger)
        ttl = feed_ttl(fetched.body)
        whole = next((r for r in report.rejected if r.where is None), None)
        if whole is not None:  # the body as a whole was unreadable: a failed poll
            new_state, result = _failed(state, source, settings, whole.reason, now, t0)
            store.save_feed(new_state)
            return new_state, result
    new_state, result = _succeeded(state, source, settings, fetched, report, ttl, now, t0)
    store.save_feed(new_state)
    return new_state, result


def _succeeded(
    state: FeedState,
    source: Source,
    settings: WatchSettings,
    fetched: Fetched,
    report: IngestReport,
    ttl: float | None,
    now: datetime,
    t0: float,
) -> tuple[FeedState, PollResult]:
    """The state after a poll that got an answer (read, or not modified), and its log line's
    facts: the validators to send next time, the next poll time, the failures forgotten."""
    interval = interval_for(settings.interval, source.interval, ttl)
    modified = fetched.status != 304
    new_state = replace(
        state,
        etag=fetched.etag if modified else state.etag,
        last_modified=fetched.last_modified if modified else state.last_modified,
        polled_at=stamp(now),
        next_poll_at=after(now, interval),
        failures=0,
        last_error=None,
        extra={**state.extra, "ttl": ttl, "title": source.title},
    )
    return new_state, PollResult(
        source.url,
        "read" if modified else "not modified",
        time.monotonic() - t0,
        interval,
        new=report.new,
        duplicate=report.duplicate,
        rejected=report.rejected,
        notices=report.notices,
    )
