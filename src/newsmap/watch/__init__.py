"""`newsmap watch`: poll feeds and pages on a schedule, storing new articles as they come.

Each source has its own interval and its own state in the store (``newsmap.store.feeds``):
the validators of its last response, when it is due next and how many polls failed in a
row. The loop polls every source that is due, one after the other, then sleeps until the
next one is; a restart (or a cron job running ``--once``) reads the state back and goes on
where the last run stopped. A source that is down, slow, malformed or huge fails its own
poll (one log line, with the reason) and is backed off; the others are not held up beyond
its deadline. Only a store that cannot take writes ends the watch.

The dashboards read the same store, so they show what a poll stored on their next rerun.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from newsmap.ingest import Tagger
from newsmap.ingest.fetch import fetch_url
from newsmap.store import Store
from newsmap.store.feeds import FeedState
from newsmap.watch.poll import Fetch, PollResult, WatchSettings, duration, poll_source, shown
from newsmap.watch.schedule import is_due, parse_stamp
from newsmap.watch.sources import Source, read_sources

__all__ = ["Source", "WatchSettings", "WatchSummary", "read_sources", "watch"]

#: The longest the loop sleeps at a time, so a changed clock or a stop is noticed.
MAX_SLEEP_S = 60.0


@dataclass
class WatchSummary:
    """What a watch did in all: polls, articles stored, polls that failed."""

    polls: int = 0
    new: int = 0
    failed: int = 0
    rejected: int = 0
    results: list[PollResult] = field(default_factory=list)


def _now() -> datetime:
    return datetime.now(UTC)


def _skip_line(source: Source, state: FeedState) -> str:
    return (
        f"{shown(source.url)}: skipped, backing off after {state.failures} failed polls "
        f"until {state.next_poll_at} (last: {state.last_error})"
    )


def _seconds_to_next(states: dict[str, FeedState], now: datetime) -> float:
    due = [parse_stamp(s.next_poll_at) for s in states.values()]
    soonest = min((d for d in due if d is not None), default=now)
    return min(max((soonest - now).total_seconds(), 0.0), MAX_SLEEP_S)


def watch(
    store: Store,
    sources: list[Source],
    tagger: Tagger,
    settings: WatchSettings,
    *,
    once: bool = False,
    log: Callable[[str], None] = print,
    stop: threading.Event | None = None,
    clock: Callable[[], datetime] = _now,
    fetch: Fetch = fetch_url,
) -> WatchSummary:
    """Poll ``sources`` until ``stop`` is set, or each once with ``once``.

    With ``once`` every source is polled, except one backing off after failures whose
    retry time has not come (a cron job every few minutes must not hammer a dead feed).

    Raises
    ------
    StoreUnavailableError
        The store cannot take writes.
    """
    stop = stop or threading.Event()
    summary = WatchSummary()
    states = {s.url: store.feed(s.url) or FeedState(s.url) for s in sources}
    while not stop.is_set():
        for source in sources:
            if stop.is_set():
                break
            state = states[source.url]
            now = clock()
            if not is_due(state.next_poll_at, now) and (not once or state.failures):
                if once:
                    log(_skip_line(source, state))
                continue
            states[source.url], result = poll_source(
                store, source, state, tagger, settings, now=now, fetch=fetch
            )
            _count(summary, result)
            log(result.line())
            for notice in result.notices:
                log(f"warning: {shown(str(notice))}")
            for rejection in result.rejected:
                log(f"rejected: {shown(str(rejection))}")
        if once:
            break
        stop.wait(_seconds_to_next(states, clock()))
    return summary


def _count(summary: WatchSummary, result: PollResult) -> None:
    summary.polls += 1
    summary.new += result.new
    summary.rejected += len(result.rejected)
    summary.failed += result.outcome == "failed"
    summary.results.append(result)


def describe(sources: list[Source], settings: WatchSettings) -> str:
    """The line a watch starts with: how many sources, how often, which addresses."""
    every = (
        f"every {duration(settings.interval)}"
        if settings.interval
        else "at each source's own interval"
    )
    private = "allowed" if settings.allow_private else "refused"
    return (
        f"watching {len(sources)} source{'s' if len(sources) != 1 else ''} {every}; "
        f"private and loopback addresses {private}"
    )
