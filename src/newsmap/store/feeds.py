"""What a feed poller keeps per feed in the store, so a restart picks up where it left off.

``newsmap watch`` (or any scheduler) polls feeds and pages; between polls, and across
restarts and machines, it needs each feed's validators for conditional requests, when it
polled and when the feed is due again, and how many polls failed in a row (for back-off).
The store keeps them in the ``feeds`` table (schema 5), one row per feed URL, beside the
articles the polls brought, on SQLite and PostgreSQL alike:

    state = store.feed(url) or FeedState(url)
    ... poll with If-None-Match: state.etag, If-Modified-Since: state.last_modified ...
    store.add_articles(new_items)
    store.save_feed(replace(state, etag=..., polled_at=now, next_poll_at=..., failures=0))

Saving the state after the articles means a crash in between polls that feed again, and the
articles it brings again are duplicates the store skips: nothing is lost either way.
Anything else a poller wants to keep per feed goes into ``state.extra`` (stored as JSON).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from newsmap.store.db import Db

_COLUMNS = ("url", "etag", "last_modified", "polled_at", "next_poll_at", "failures", "last_error")


@dataclass(frozen=True)
class FeedState:
    """One feed's polling state.  Times are ISO 8601 strings in UTC, as the poller wrote them."""

    url: str
    #: The validators of the last successful response (ETag and Last-Modified headers).
    etag: str | None = None
    last_modified: str | None = None
    #: When the feed was last polled, and when it is due again.
    polled_at: str | None = None
    next_poll_at: str | None = None
    #: Polls that failed in a row (0 after a success): what back-off is computed from.
    failures: int = 0
    #: The last failure's one-line reason, for a status page or a log.
    last_error: str | None = None
    #: Anything else the poller keeps per feed (JSON-serialisable values).
    extra: Mapping[str, Any] = field(default_factory=dict)


def _state(row: Any) -> FeedState:
    url, etag, last_modified, polled_at, next_poll_at, failures, last_error, extra = row
    return FeedState(
        url,
        etag,
        last_modified,
        polled_at,
        next_poll_at,
        int(failures),
        last_error,
        json.loads(extra or "{}"),
    )


def load(db: Db, url: str | None = None) -> list[FeedState]:
    """Every feed's state (or the one of ``url``), ordered by URL."""
    sql = f"SELECT {', '.join(_COLUMNS)}, state FROM feeds"
    params: tuple[Any, ...] = ()
    if url is not None:
        sql += " WHERE url = ?"
        params = (url,)
    return [_state(row) for row in db.rows(sql + " ORDER BY url", params)]


def save(db: Db, state: FeedState) -> None:
    """Insert or replace one feed's state, inside the caller's write transaction."""
    columns = (*_COLUMNS, "state")
    db.execute(
        f"INSERT INTO feeds({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
        "ON CONFLICT(url) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in columns[1:]),
        (
            state.url,
            state.etag,
            state.last_modified,
            state.polled_at,
            state.next_poll_at,
            int(state.failures),
            state.last_error,
            json.dumps(dict(state.extra), sort_keys=True),
        ),
    )


def forget(db: Db, url: str) -> bool:
    """Delete one feed's state; False when there was none."""
    return db.execute("DELETE FROM feeds WHERE url = ?", (url,)).rowcount > 0
