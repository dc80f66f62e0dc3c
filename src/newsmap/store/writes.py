"""Storing, re-tagging and deleting articles: the rows and every roll-up in one transaction.

Each function runs on a ``Db`` of either engine.  An article goes in with all its mentions
and events, and its share of every roll-up, or not at all; a batch of articles is one commit
in which each article is a savepoint of its own, so one refused article is reported in its
place and the others are stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from newsmap.dots import Cell, GroupKey, article_groups
from newsmap.errors import StoreError, StoreUnavailableError
from newsmap.model import Article, Event, Mention
from newsmap.store import cells, rollups
from newsmap.store.cells import Merged
from newsmap.store.db import Db
from newsmap.store.records import (
    EVENT_COLUMNS,
    INSERT_ARTICLE,
    MENTION_COLUMNS,
    AddResult,
    ArticleRows,
    article_rows,
    article_values,
    check_mentions,
    event_rows,
    mention_rows,
)

Item = tuple[Article, Sequence[Mention], Sequence[Event]]

#: Hashes looked up, or articles inserted, per statement: well under SQLite's 32,766
#: parameters per statement.
_PER_STATEMENT = 500


def add_articles(db: Db, items: Sequence[Item]) -> list[AddResult | StoreError]:
    """Store several tagged articles in one commit; one result per item, in order (see
    ``Store.add_articles``)."""
    return add_rows(db, [article_rows(*item) for item in items])


def add_rows(db: Db, prepared: Sequence[ArticleRows | StoreError]) -> list[AddResult | StoreError]:
    """Store several articles, given as their rows (``records.article_rows``), in one
    commit; one result per item, in order, a refusal given in place of rows passed back.

    The commit is first tried as bulk loads, one per table; when the database refuses one
    row, the same commit is made again article by article, each in a savepoint of its own,
    so that only the refused article is reported.

    Raises
    ------
    StoreError
        The store itself failed (gone, full, locked, read-only): no article of the batch
        was stored, and none of a later batch would be.
    """
    results: list[AddResult | StoreError | None] = [
        p if isinstance(p, StoreError) else None for p in prepared
    ]
    todo = [i for i, r in enumerate(results) if r is None]
    if not todo:
        return [r for r in results if r is not None]
    ready = [p if not isinstance(p, StoreError) else None for p in prepared]
    now = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        try:
            with db.write(), db.sending():
                stored = _store_batch(db, ready, todo, now)
        except db.errors as exc:
            if db.fatal(exc):
                raise
            with db.write():
                stored = _store_each(db, ready, todo, now)
    except db.errors as exc:  # the commit as a whole failed: disk full, server gone, ...
        unavailable = StoreUnavailableError(str(db.failure(exc, "cannot store articles in")))
        stored = dict.fromkeys(todo, unavailable)
    except StoreError as exc:  # no write lock, or the commit refused
        stored = dict.fromkeys(todo, StoreUnavailableError(str(exc)))
    for i, result in stored.items():
        results[i] = result
    return [r for r in results if r is not None]


#: Articles' rows by position, None where a refusal stands.
Ready = Sequence[ArticleRows | None]


def _store_batch(
    db: Db, items: Ready, todo: Sequence[int], now: str
) -> dict[int, AddResult | StoreError]:
    """Store the ``todo`` items in bulk inside the caller's transaction.

    Ids are given here, the next after the highest stored, as SQLite gives them: the write
    transaction holds the store's one write lock, so no other writer takes the same, and
    both backends number the same articles alike (a PostgreSQL sequence would skip the
    numbers of duplicates and of refused articles)."""
    rows = [_ready(items[i])[0] for i in todo]
    known = _stored_ids(db, sorted({row[6] for row in rows}))
    next_id = _last_id(db) + 1
    results: dict[int, AddResult | StoreError] = {}
    new: list[tuple[int, ArticleRows]] = []
    new_rows: list[tuple[Any, ...]] = []
    for i, row in zip(todo, rows, strict=True):
        found = known.get(row[6])
        if found is not None:
            results[i] = AddResult("duplicate", found)
            continue
        known[row[6]] = next_id
        results[i] = AddResult("new", next_id)
        new.append((next_id, _ready(items[i])))
        new_rows.append((next_id, now, *row))
        next_id += 1
    if new_rows:
        db.insert_rows("articles", INSERT_ARTICLE, new_rows)
    _merge(db, _insert_tags(db, [(article_id, p[0][3] or "", p[1], p[2]) for article_id, p in new]))
    return results


def _ready(item: ArticleRows | None) -> ArticleRows:
    """An item the caller picked as one with rows."""
    assert item is not None  # the callers pass the positions of rows only
    return item


def _stored_ids(db: Db, hashes: Sequence[str]) -> dict[str, int]:
    """content_hash -> id of the stored articles among ``hashes``."""
    out: dict[str, int] = {}
    for start in range(0, len(hashes), _PER_STATEMENT):
        chunk = hashes[start : start + _PER_STATEMENT]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT content_hash, id FROM articles WHERE content_hash IN ({marks})"
        out.update((h, int(i)) for h, i in db.rows(sql, chunk))
    return out


def _last_id(db: Db) -> int:
    """The highest stored article id (0 for none)."""
    return int(db.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0])


def _store_each(
    db: Db, items: Ready, todo: Sequence[int], now: str
) -> dict[int, AddResult | StoreError]:
    """Store the ``todo`` items one by one inside the caller's transaction, each in a
    savepoint: an article the database refuses leaves nothing behind."""
    results: dict[int, AddResult | StoreError] = {}
    merged: list[Merged] = []
    for i in todo:
        item = _ready(items[i])
        db.execute("SAVEPOINT article")
        try:
            results[i], reports = _add_one(db, item, now)
        except db.errors as exc:
            if db.fatal(exc):
                raise
            try:
                db.execute("ROLLBACK TO article")
            except db.errors:
                raise exc from None  # the database ended the whole transaction (disk full)
            results[i] = StoreError(f"cannot store article {item[0][2]!r}: {exc}")
        else:
            merged.extend(reports)
        db.execute("RELEASE article")
    _merge(db, merged)
    return results


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
    row = (datetime.now(UTC).isoformat(timespec="seconds"), *article_values(probe))
    try:
        with db.write():
            db.insert_rows("articles", INSERT_ARTICLE, [(_last_id(db) + 1, *row)])
            raise _Probed
    except _Probed:
        return
    except db.errors as exc:
        raise StoreUnavailableError(str(db.failure(exc, "cannot write to"))) from exc
    except StoreError as exc:
        raise StoreUnavailableError(str(exc)) from exc


def _merge(db: Db, merged: Sequence[Merged]) -> None:
    """Merge a commit's stored reports into their groups and dots at once: a group or dot
    that several articles touch is read and written once."""
    if merged:
        groups, before = cells.apply_reports(db, merged, 1)
        cells.fold_spots(db, groups, before)


def _add_one(db: Db, item: ArticleRows, now: str) -> tuple[AddResult, list[Merged]]:
    """Insert one article and its tags inside the caller's transaction; also returns its
    merged event reports for the caller to add to their groups (none for a duplicate)."""
    values, mentions, events = item
    found = _stored_ids(db, [values[6]])
    if found:
        return AddResult("duplicate", found[values[6]]), []
    article_id = _last_id(db) + 1
    db.insert_rows("articles", INSERT_ARTICLE, [(article_id, now, *values)])
    return AddResult("new", article_id), _insert_tags(
        db, [(article_id, values[3] or "", mentions, events)]
    )


def _insert_tags(db: Db, stored: Sequence[rollups.Stored]) -> list[Merged]:
    """Store articles' tags (id, publication day or '', mention and event rows without the
    id) and add them to every roll-up but the event groups; returns the merged reports of
    those with events, with the scopes they count in, which the caller adds to the groups
    (``cells.apply_reports``) once per commit."""
    all_mentions: list[tuple[Any, ...]] = []
    all_events: list[list[tuple[Any, ...]]] = []
    for article_id, _published, mentions, events in stored:
        all_mentions.extend([(article_id, *m) for m in mentions])
        all_events.append([(article_id, *e) for e in events])
    if all_mentions:
        db.insert_rows("mentions", MENTION_COLUMNS, all_mentions)
    if any(all_events):
        db.insert_rows("events", EVENT_COLUMNS, [row for rows in all_events for row in rows])
    merged: list[Merged] = []
    all_pairs = rollups.add_articles(db, stored)
    for (article_id, *_), rows, pairs in zip(stored, all_events, all_pairs, strict=True):
        if rows:
            reports = article_groups(
                article_id, ((r[4], r[1], r[2], r[7], r[8], r[9]) for r in rows)
            )
            merged.append((article_id, cells.scopes_of(pairs), reports))
    return merged


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
            rows = mention_rows(mentions), event_rows(article.text, events)
            reports = _insert_tags(db, [(article_id, published, *rows)])
            cells.apply_reports(db, reports, 1)
            for _, scopes, merged in reports:
                touched_cells |= {(scope, *key[:3]) for scope in scopes for key in merged}
            cells.settle_groups(db, touched)
            cells.refresh_spots(db, touched_cells)
    except db.errors as exc:
        raise StoreError(f"cannot retag article {article_id}: {exc}") from exc
