"""Storing, re-tagging and deleting articles: the rows and every roll-up in one transaction.

Each function runs on a ``Db`` of either engine.  An article goes in with all its mentions
and events, and its share of every roll-up, or not at all; a batch of articles is one commit
in which each article is a savepoint of its own, so one refused article is reported in its
place and the others are stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from newsmap.dots import Cell, GroupKey, article_groups
from newsmap.errors import StoreError, StoreUnavailableError
from newsmap.model import Article, Event, Mention
from newsmap.store import cells, rollups
from newsmap.store.cells import Merged
from newsmap.store.db import Db
from newsmap.store.records import (
    ARTICLE_COLS,
    EVENT_COLS,
    MENTION_COLS,
    AddResult,
    article_row,
    check_mentions,
    event_row,
    mention_row,
)

Item = tuple[Article, Sequence[Mention], Sequence[Event]]

_INSERT_ARTICLE = (
    f"INSERT INTO articles({ARTICLE_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(content_hash) DO NOTHING RETURNING id"
)
_INSERT_MENTION = f"INSERT INTO mentions({MENTION_COLS}) VALUES ({','.join('?' * 13)})"
_INSERT_EVENT = f"INSERT INTO events({EVENT_COLS}) VALUES ({','.join('?' * 13)})"


def add_articles(db: Db, items: Sequence[Item]) -> list[AddResult | StoreError]:
    """Store several tagged articles in one commit; one result per item, in order (see
    ``Store.add_articles``)."""
    results: list[AddResult | StoreError | None] = []
    todo: list[int] = []
    for i, (article, mentions, _events) in enumerate(items):
        if not isinstance(article.text, str) or not article.text.strip():
            results.append(StoreError("refusing to store an article with no text"))
            continue
        try:
            check_mentions(article.text, mentions)
        except StoreError as exc:
            results.append(exc)
            continue
        results.append(None)
        todo.append(i)
    if not todo:
        return [r for r in results if r is not None]
    now = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        with db.write():
            merged: list[Merged] = []
            for i in todo:
                results[i], reports = _add_saved(db, items[i], now)
                if reports is not None:
                    merged.append(reports)
            # The commit's stored reports merge into their groups and dots at once: a
            # group or dot that several articles touch is read and written once.
            if merged:
                groups, before = cells.apply_reports(db, merged, 1)
                cells.fold_spots(db, groups, before)
    except db.errors as exc:  # the commit as a whole failed: disk full, damaged file, ...
        error = StoreUnavailableError(f"cannot store articles in {db.location!r}: {exc}")
        return [error if r is None or isinstance(r, AddResult) else r for r in results]
    except StoreError as exc:  # no write lock, or the commit refused
        error = StoreUnavailableError(str(exc))
        return [error if r is None or isinstance(r, AddResult) else r for r in results]
    return [r for r in results if r is not None]


class _Probed(Exception):
    """Ends the probe's transaction with a rollback."""


def probe_write(db: Db) -> None:
    """Take the write lock and insert (then roll back) one article row, so a store that
    cannot take writes (read-only, locked, damaged where articles go) says so before any
    work is done rather than after the first batch.

    Raises
    ------
    StoreUnavailableError
        The write failed, with the database's reason.
    """
    probe = Article(text="newsmap write probe", title="probe")
    row = article_row(probe, datetime.now(UTC).isoformat(timespec="seconds"))
    try:
        with db.write():
            db.execute(_INSERT_ARTICLE, row).fetchall()
            raise _Probed
    except _Probed:
        return
    except db.errors as exc:
        raise StoreUnavailableError(f"cannot write to store {db.location!r}: {exc}") from exc
    except StoreError as exc:
        raise StoreUnavailableError(str(exc)) from exc


def _add_saved(db: Db, item: Item, now: str) -> tuple[AddResult | StoreError, Merged | None]:
    """``_add_one`` inside a savepoint: a refused article leaves nothing behind."""
    article, mentions, events = item
    db.execute("SAVEPOINT article")
    try:
        result = _add_one(db, article, mentions, events, now)
    except db.errors as exc:
        try:
            db.execute("ROLLBACK TO article")
            db.execute("RELEASE article")
        except db.errors:
            raise exc from None  # the database ended the whole transaction (disk full)
        return StoreError(f"cannot store article {article.title!r}: {exc}"), None
    db.execute("RELEASE article")
    return result


def _add_one(
    db: Db,
    article: Article,
    mentions: Sequence[Mention],
    events: Sequence[Event],
    now: str,
) -> tuple[AddResult, Merged | None]:
    """Insert one article and its tags inside the caller's transaction; also returns its
    merged event reports for the caller to add to their groups (None for a duplicate)."""
    row = article_row(article, now)
    stored = db.execute(_INSERT_ARTICLE, row).fetchall()  # ends the statement
    if not stored:
        found = db.execute(
            "SELECT id FROM articles WHERE content_hash = ?", (article.content_hash,)
        ).fetchone()
        return AddResult("duplicate", int(found[0])), None
    article_id = int(stored[0][0])
    reports = insert_tags(db, article_id, article.text, row[3] or "", mentions, events)
    return AddResult("new", article_id), reports


def insert_tags(
    db: Db,
    article_id: int,
    text: str,
    published: str,
    mentions: Sequence[Mention],
    events: Sequence[Event],
) -> Merged:
    """Store an article's tags and add them to every roll-up but the event groups; returns
    its merged reports with the scopes they count in, which the caller adds to the groups
    (``cells.apply_reports``) once per commit."""
    if mentions:
        db.executemany(_INSERT_MENTION, [mention_row(article_id, m) for m in mentions])
    event_rows = [event_row(article_id, text, e) for e in events]
    if event_rows:
        db.executemany(_INSERT_EVENT, event_rows)
    pairs = rollups.add_article(db, article_id, published, mentions, events)
    if not events:
        return article_id, [], {}
    merged = article_groups(article_id, ((r[4], r[1], r[2], r[7], r[8], r[9]) for r in event_rows))
    return article_id, cells.scopes_of(pairs), merged


def remove_tags(db: Db, article_id: int) -> tuple[set[GroupKey], set[Cell]]:
    """Take an article's mentions and events, and their share of the roll-ups, away.

    Returns the event groups it left (to settle) and the timeline cells it touched (to
    pick again), once the caller has made all its changes in this transaction."""
    rollups.take_away(db, article_id)
    scopes = cells.stored_scopes(db, article_id)
    merged = cells.stored_reports(db, article_id)
    cells.apply_reports(db, [(article_id, scopes, merged)], -1)
    db.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    db.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
    rollups.forget(db, article_id)
    return set(merged), {(scope, *key[:3]) for scope in scopes for key in merged}


def delete_article(db: Db, article_id: int) -> bool:
    """Remove an article with its mentions, events and roll-up share in one transaction;
    False when there was no such article."""
    try:
        with db.write():
            if not db.rows("SELECT 1 FROM articles WHERE id = ?", (article_id,)):
                return False
            touched, touched_cells = remove_tags(db, article_id)
            db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            cells.settle_groups(db, touched)
            cells.refresh_spots(db, touched_cells)
            return True
    except db.errors as exc:
        raise StoreError(f"cannot delete article {article_id}: {exc}") from exc


def retag_article(
    db: Db, article: Article, mentions: Sequence[Mention], events: Sequence[Event]
) -> None:
    """Replace one stored article's mentions and events (``article.id`` is its store id) in
    one transaction: a reader sees the old tags or the new, never a mix."""
    article_id = int(article.id or 0)
    check_mentions(article.text, mentions)
    try:
        with db.write():
            touched, touched_cells = remove_tags(db, article_id)
            published = article.published.isoformat() if article.published else ""
            reports = insert_tags(db, article_id, article.text, published, mentions, events)
            cells.apply_reports(db, [reports], 1)
            _, scopes, merged = reports
            touched_cells |= {(scope, *key[:3]) for scope in scopes for key in merged}
            cells.settle_groups(db, touched)
            cells.refresh_spots(db, touched_cells)
    except db.errors as exc:
        raise StoreError(f"cannot retag article {article_id}: {exc}") from exc
