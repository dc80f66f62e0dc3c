"""The article store: one SQLite file that an ingest writes and the dashboard reads at once.

This is the only module that speaks SQL to a database.  Its promises (DESIGN.md section 5):

- an article goes in with all its mentions and events in one transaction, or not at all, so
  a reader (the dashboard, another process) never sees half an article, and a killed ingest
  leaves nothing half-written;
- the same content stored twice is one row (``content_hash`` is UNIQUE), reported as a
  duplicate;
- re-tagging rewrites mentions and events from the stored text, one article per transaction;
- the roll-ups the dashboard aggregates from (``area_days``, ``event_areas``, ``place_info``)
  change in the same transaction as the rows they summarise, so they always equal what the
  plain SQL over ``mentions``/``events`` would answer.

Why roll-ups: with a million mentions, counting distinct articles per country or admin-1 unit
straight from ``mentions`` takes the better part of a second per view.  An article has one
publication date, so per-day counts of distinct articles per area add up exactly over any date
range, and a date range is the filter an analyst changes most.

SQLite runs in WAL mode so readers never block the writer, with ``synchronous=NORMAL`` (a
crash or SIGKILL can lose at most nothing committed; only a power cut may lose the last few
commits, never corrupt the file) and a busy timeout so two writers queue instead of failing.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from newsmap.errors import StoreError
from newsmap.model import Article, Event, Mention

#: Bumped whenever the tables below change shape; a store from a newer newsmap is refused, an
#: older one is upgraded on open (version 2 added the roll-ups, rebuilt from the stored rows).
SCHEMA_VERSION = 2
DEFAULT_DB = "newsmap.db"
#: How long a writer waits for another writer's transaction before giving up.
BUSY_TIMEOUT_S = 30.0

Tagger = Callable[[Article], tuple[list[Mention], list[Event]]]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id            INTEGER PRIMARY KEY,
    url           TEXT,
    source        TEXT,
    title         TEXT,
    published     TEXT,            -- ISO date YYYY-MM-DD, NULL when unknown
    language      TEXT,
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    ingested_at   TEXT NOT NULL     -- ISO timestamp, UTC
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,  -- str offsets into articles.text
    "end"       INTEGER NOT NULL,
    surface     TEXT NOT NULL,
    place_id    TEXT NOT NULL,
    name        TEXT,
    country     TEXT,
    admin1      TEXT,
    level       TEXT NOT NULL,
    lat         REAL,
    lon         REAL,
    score       REAL,
    metonymic   INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS events (
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    date            TEXT NOT NULL,  -- YYYY-MM-DD, YYYY-MM or YYYY, as precise as the text
    precision       TEXT NOT NULL,
    date_source     TEXT NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    sentence        TEXT,
    type            TEXT,
    countries       TEXT,           -- comma-separated ISO codes, most central first
    place_ids       TEXT,           -- comma-separated
    surface         TEXT,
    sentence_start  INTEGER,
    sentence_end    INTEGER
);
-- Roll-ups (schema 2).  kind is 'country' or 'admin1' (mentions at the levels that paint an
-- area, COUNTED_LEVELS) or 'place' (city and site mentions with coordinates: the markers).
-- One row per (kind, day, key): distinct articles, mentions and events of the articles
-- published that day ('' for undated articles).
CREATE TABLE IF NOT EXISTS area_days (
    kind      TEXT NOT NULL,
    day       TEXT NOT NULL,
    key       TEXT NOT NULL,
    articles  INTEGER NOT NULL,
    mentions  INTEGER NOT NULL,
    events    INTEGER NOT NULL,
    PRIMARY KEY (kind, day, key)
) WITHOUT ROWID;
-- Where each event's own sentence places it: one row per event and country (Event.countries)
-- or admin-1 unit (of the places in Event.place_ids).  An event counts for an area here, not
-- for every area its article happens to name.
CREATE TABLE IF NOT EXISTS event_areas (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL
);
-- What a marker shows of a place, as the latest tagging of it said.
CREATE TABLE IF NOT EXISTS place_info (
    place_id  TEXT PRIMARY KEY,
    name      TEXT,
    country   TEXT,
    admin1    TEXT,
    level     TEXT,
    lat       REAL,
    lon       REAL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_areas_article ON event_areas(article_id);
CREATE INDEX IF NOT EXISTS event_areas_kind ON event_areas(kind, key, article_id);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_country ON mentions(country, level, article_id);
CREATE INDEX IF NOT EXISTS mentions_admin1 ON mentions(admin1, article_id);
CREATE INDEX IF NOT EXISTS mentions_place ON mentions(place_id, article_id);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_type ON events(type, article_id);
"""

_MENTION_COLS = (
    'article_id, start, "end", surface, place_id, name, country, admin1, level, lat, lon, '
    "score, metonymic"
)
_EVENT_COLS = (
    'article_id, date, precision, date_source, start, "end", sentence, type, countries, '
    "place_ids, surface, sentence_start, sentence_end"
)


#: Mention levels that paint a country or admin-1 unit; "region" ("the Balkans") paints nothing.
#: query.COUNTED_LEVELS is this tuple.
COUNTED_LEVELS = ("country", "admin1", "city", "site", "demonym")
#: Mention levels drawn as markers.
PLACE_LEVELS = ("city", "site")

_LEVELS_SQL = ",".join(f"'{lv}'" for lv in COUNTED_LEVELS)
_PLACE_LEVELS_SQL = ",".join(f"'{lv}'" for lv in PLACE_LEVELS)

#: The roll-up contributions of the articles matching ``{where}`` (on alias ``a``): one row per
#: (kind, day, key) with distinct articles, mentions and events.  The same statement adds an
#: article (sign +1), takes it away before a retag or delete (sign -1) and rebuilds a whole
#: store, so the three can never disagree.
_CONTRIBUTIONS = f"""
SELECT kind, day, key, SUM(arts) AS arts, SUM(ments) AS ments, SUM(evs) AS evs FROM (
    SELECT 'country' AS kind, COALESCE(a.published, '') AS day, m.country AS key,
           1 AS arts, COUNT(*) AS ments, 0 AS evs
    FROM mentions m JOIN articles a ON a.id = m.article_id
    WHERE {{where}} AND m.level IN ({_LEVELS_SQL}) AND m.country IS NOT NULL
    GROUP BY m.article_id, m.country
    UNION ALL
    SELECT 'admin1', COALESCE(a.published, ''), m.admin1, 1, COUNT(*), 0
    FROM mentions m JOIN articles a ON a.id = m.article_id
    WHERE {{where}} AND m.level IN ({_LEVELS_SQL}) AND m.admin1 IS NOT NULL
    GROUP BY m.article_id, m.admin1
    UNION ALL
    SELECT 'place', COALESCE(a.published, ''), m.place_id, 1, COUNT(*), 0
    FROM mentions m JOIN articles a ON a.id = m.article_id
    WHERE {{where}} AND m.level IN ({_PLACE_LEVELS_SQL}) AND m.lat IS NOT NULL
    GROUP BY m.article_id, m.place_id
    UNION ALL
    SELECT ea.kind, COALESCE(a.published, ''), ea.key, 0, 0, COUNT(*)
    FROM event_areas ea JOIN articles a ON a.id = ea.article_id
    WHERE {{where}}
    GROUP BY ea.article_id, ea.kind, ea.key
) GROUP BY kind, day, key
"""

_APPLY = (
    "INSERT INTO area_days(kind, day, key, articles, mentions, events) "
    "SELECT kind, day, key, :sign * arts, :sign * ments, :sign * evs FROM ("
    + _CONTRIBUTIONS.format(where="a.id = :id")
    + ") WHERE true ON CONFLICT(kind, day, key) DO UPDATE SET "
    "articles = articles + excluded.articles, mentions = mentions + excluded.mentions, "
    "events = events + excluded.events"
)
_PRUNE = (
    "DELETE FROM area_days WHERE articles = 0 AND mentions = 0 AND events = 0 "
    "AND (kind, day, key) IN (SELECT kind, day, key FROM ("
    + _CONTRIBUTIONS.format(where="a.id = :id")
    + "))"
)


def event_area_keys(event: Event, admin1_of: dict[str, str]) -> list[tuple[str, str]]:
    """The (kind, key) areas one event counts for: each of its countries, and the admin-1
    unit of each of its places (``admin1_of`` maps place ids to units), without repeats."""
    keys = dict.fromkeys(("country", c) for c in event.countries if c)
    for place_id in event.place_ids:
        unit = admin1_of.get(place_id)
        if unit:
            keys.setdefault(("admin1", unit))
    return list(keys)


@dataclass(frozen=True)
class AddResult:
    """What happened to one article: stored anew, or already there under ``article_id``."""

    status: Literal["new", "duplicate"]
    article_id: int


@dataclass(frozen=True)
class RetagReport:
    """How many articles were re-tagged, and how many mentions/events they now carry."""

    articles: int
    mentions: int
    events: int


def resolve_location(path_or_url: str | None) -> str:
    """Where the store lives: the argument, else ``$NEWSMAP_DB``, else ``./newsmap.db``.

    ``sqlite:///path`` URLs are accepted so one variable can name either backend.
    """
    loc = path_or_url or os.environ.get("NEWSMAP_DB") or DEFAULT_DB
    if loc.startswith("sqlite:///"):
        loc = loc[len("sqlite:///") :]
    return loc


def _check_mentions(text: str, mentions: Sequence[Mention]) -> None:
    """Refuse offsets that do not point at their surface: the map would highlight garbage."""
    for i, m in enumerate(mentions):
        if not (0 <= m.start <= m.end <= len(text)) or text[m.start : m.end] != m.surface:
            raise StoreError(
                f"mention {i} {m.surface!r} at {m.start}:{m.end} does not match the article "
                f"text there ({text[max(m.start, 0) : max(m.end, 0)]!r}); the tagger must give "
                "offsets into Article.text"
            )


def _mention_row(article_id: int, m: Mention) -> tuple[Any, ...]:
    return (
        article_id, m.start, m.end, m.surface, m.place_id, m.name, m.country, m.admin1,
        m.level, m.lat, m.lon, m.score, int(bool(m.metonymic)),
    )  # fmt: skip


def _event_row(article_id: int, text: str, e: Event) -> tuple[Any, ...]:
    sentence = text[e.sentence_start : e.sentence_end] if e.sentence_end > e.sentence_start else ""
    return (
        article_id, e.date, e.precision, e.date_source, e.start, e.end, sentence, e.type,
        ",".join(e.countries), ",".join(e.place_ids), e.surface, e.sentence_start,
        e.sentence_end,
    )  # fmt: skip


def _split(joined: str | None) -> list[str]:
    """A comma-separated column back into its codes."""
    return [part for part in (joined or "").split(",") if part]


class Store:
    """A connection to the article store.  Open with :meth:`Store.open`; close when done.

    One ``Store`` may be shared between threads (the dashboard's script runs move between
    threads); a lock serialises its use of the single connection.
    """

    def __init__(self, conn: sqlite3.Connection, location: str) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.location = location

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path_or_url: str | None = None) -> Store:
        """Open (creating if needed) the store at a path, ``sqlite:///`` URL or ``:memory:``.

        Parameters
        ----------
        path_or_url : str or None
            None reads ``$NEWSMAP_DB``, falling back to ``./newsmap.db``.

        Raises
        ------
        StoreError
            The location is a PostgreSQL URL (not supported yet), its folder is missing, the
            file is not a SQLite database, or it was written by a newer newsmap.
        """
        loc = resolve_location(path_or_url)
        if loc.startswith(("postgresql://", "postgres://", "postgresql+")):
            raise StoreError(
                "PostgreSQL stores are not supported yet; set NEWSMAP_DB to a file path "
                "(for example ./newsmap.db) to use the embedded SQLite store"
            )
        if "://" in loc:
            raise StoreError(f"unknown store URL {loc!r}; use a file path or sqlite:///path")
        if loc != ":memory:":
            parent = Path(loc).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot create store {loc!r}: folder {str(parent)!r} is missing")
            loc = str(Path(loc).expanduser())
        try:
            conn = sqlite3.connect(
                loc, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {loc!r}: {exc}") from exc
        store = cls(conn, loc)
        try:
            store._setup()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(
                f"cannot use {loc!r} as a newsmap store ({exc}); is it a SQLite database?"
            ) from exc
        except StoreError:
            conn.close()
            raise
        return store

    def _setup(self) -> None:
        c = self._conn
        c.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if self.location != ":memory:":
            mode = c.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"cannot switch store {self.location!r} to WAL mode ({mode})")
        c.execute("PRAGMA synchronous = NORMAL")
        c.execute("PRAGMA foreign_keys = ON")
        has_version = c.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'"
        ).fetchone()
        if has_version:
            row = c.execute("SELECT MAX(version) FROM schema_version").fetchone()
            found = row[0] if row else None
            if found is not None and found > SCHEMA_VERSION:
                raise StoreError(
                    f"store {self.location!r} has schema version {found}, newer than this "
                    f"newsmap understands ({SCHEMA_VERSION}); upgrade newsmap"
                )
            if found == SCHEMA_VERSION:
                return
        with self._write():
            # Another process may have upgraded the store while this one waited for the lock.
            if has_version:
                row = c.execute("SELECT MAX(version) FROM schema_version").fetchone()
                if row and row[0] == SCHEMA_VERSION:
                    return
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    c.execute(statement)
            self._rebuild_rollups(c)
            c.execute("DELETE FROM schema_version")
            c.execute("INSERT INTO schema_version(version) VALUES (?)", (SCHEMA_VERSION,))

    @staticmethod
    def _rebuild_rollups(c: sqlite3.Connection) -> None:
        """Recompute every roll-up from the stored mentions and events (an upgrade from
        schema 1, or a repair); the caller holds the write transaction."""
        c.execute("DELETE FROM area_days")
        c.execute("DELETE FROM event_areas")
        c.execute("DELETE FROM place_info")
        c.execute(
            "INSERT INTO place_info(place_id, name, country, admin1, level, lat, lon) "
            "SELECT place_id, name, country, admin1, level, lat, lon FROM mentions "
            "WHERE rowid IN (SELECT MAX(rowid) FROM mentions GROUP BY place_id)"
        )
        # Each article's own mentions say which unit its event places lie in, as at insert.
        admin1_of: dict[int, dict[str, str]] = {}
        for article_id, place_id, admin1 in c.execute(
            "SELECT article_id, place_id, admin1 FROM mentions WHERE admin1 IS NOT NULL AND "
            "article_id IN (SELECT article_id FROM events WHERE place_ids != '')"
        ):
            admin1_of.setdefault(article_id, {})[place_id] = admin1
        rows = []
        for article_id, countries, place_ids in c.execute(
            "SELECT article_id, countries, place_ids FROM events"
        ).fetchall():
            probe = Event("", "", "", "", 0, 0, 0, 0, "",
                          tuple(_split(countries)), tuple(_split(place_ids)))  # fmt: skip
            keys = event_area_keys(probe, admin1_of.get(article_id, {}))
            rows.extend((article_id, kind, key) for kind, key in keys)
        c.executemany("INSERT INTO event_areas(article_id, kind, key) VALUES (?, ?, ?)", rows)
        c.execute(
            "INSERT INTO area_days(kind, day, key, articles, mentions, events) "
            + _CONTRIBUTIONS.format(where="1 = 1")
        )

    def rebuild_rollups(self) -> None:
        """Recompute the roll-ups from the stored rows in one transaction.  Never needed
        after writes through this class; a repair after rows were changed by hand."""
        with self._write() as c:
            self._rebuild_rollups(c)

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: BEGIN IMMEDIATE takes the write lock up front, so two
        writers queue on the busy timeout rather than deadlocking on a lock upgrade."""
        with self._lock:
            c = self._conn
            try:
                c.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write to store {self.location!r}: {exc}") from exc
            try:
                yield c
            except BaseException:
                c.execute("ROLLBACK")
                raise
            else:
                try:
                    c.execute("COMMIT")
                except sqlite3.Error as exc:
                    c.execute("ROLLBACK")
                    raise StoreError(f"cannot commit to store {self.location!r}: {exc}") from exc

    @contextmanager
    def snapshot(self) -> Iterator[Store]:
        """Read several frames from one consistent state of the store.

        Without this, two reads in a row may straddle another process's commit; inside it,
        every read sees the same committed articles with all their mentions and events.
        """
        with self._lock:
            if self._conn.in_transaction:  # nested: the outer snapshot already holds one
                yield self
                return
            self._conn.execute("BEGIN")
            try:
                yield self
            finally:
                self._conn.execute("COMMIT")

    # ------------------------------------------------------------------ writing
    def add_article(
        self, article: Article, mentions: Sequence[Mention], events: Sequence[Event]
    ) -> AddResult:
        """Store an article with its mentions and events in one transaction.

        Returns ``AddResult("duplicate", id)`` and changes nothing when an article with the
        same content hash is already stored.

        Raises
        ------
        StoreError
            A mention's offsets do not match the text, or the database refused the write
            (in which case nothing of the article was stored).
        """
        if not isinstance(article.text, str) or not article.text.strip():
            raise StoreError("refusing to store an article with no text")
        _check_mentions(article.text, mentions)
        digest = article.content_hash
        published = article.published.isoformat() if article.published else None
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            with self._write() as c:
                cur = c.execute(
                    "INSERT INTO articles(url, source, title, published, language, text, "
                    "content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(content_hash) DO NOTHING",
                    (
                        article.url, article.source, article.title, published,
                        article.language, article.text, digest, now,
                    ),
                )  # fmt: skip
                if cur.rowcount == 0:
                    row = c.execute(
                        "SELECT id FROM articles WHERE content_hash = ?", (digest,)
                    ).fetchone()
                    return AddResult("duplicate", int(row[0]))
                article_id = int(cur.lastrowid or 0)
                self._insert_tags(c, article_id, article.text, mentions, events)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot store article {article.title!r}: {exc}") from exc
        return AddResult("new", article_id)

    @staticmethod
    def _insert_tags(
        c: sqlite3.Connection,
        article_id: int,
        text: str,
        mentions: Sequence[Mention],
        events: Sequence[Event],
    ) -> None:
        if mentions:
            c.executemany(
                f"INSERT INTO mentions({_MENTION_COLS}) VALUES ({','.join('?' * 13)})",
                [_mention_row(article_id, m) for m in mentions],
            )
        if events:
            c.executemany(
                f"INSERT INTO events({_EVENT_COLS}) VALUES ({','.join('?' * 13)})",
                [_event_row(article_id, text, e) for e in events],
            )
            admin1_of = {m.place_id: m.admin1 for m in mentions if m.admin1}
            c.executemany(
                "INSERT INTO event_areas(article_id, kind, key) VALUES (?, ?, ?)",
                [(article_id, k, v) for e in events for k, v in event_area_keys(e, admin1_of)],
            )
        places = {m.place_id: m for m in mentions}  # the last mention of a place wins
        if places:
            c.executemany(
                "INSERT INTO place_info(place_id, name, country, admin1, level, lat, lon) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(place_id) DO UPDATE SET "
                "name = excluded.name, country = excluded.country, admin1 = excluded.admin1, "
                "level = excluded.level, lat = excluded.lat, lon = excluded.lon",
                [(p, m.name, m.country, m.admin1, m.level, m.lat, m.lon)
                 for p, m in places.items()],
            )  # fmt: skip
        c.execute(_APPLY, {"sign": 1, "id": article_id})

    @staticmethod
    def _remove_tags(c: sqlite3.Connection, article_id: int) -> None:
        """Take an article's mentions and events, and their share of the roll-ups, away."""
        c.execute(_APPLY, {"sign": -1, "id": article_id})
        c.execute(_PRUNE, {"id": article_id})
        c.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        c.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
        c.execute("DELETE FROM event_areas WHERE article_id = ?", (article_id,))

    def delete_article(self, article_id: int) -> bool:
        """Remove an article with its mentions, events and roll-up share in one transaction;
        False when there was no such article."""
        try:
            with self._write() as c:
                if c.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                    self._remove_tags(c, article_id)
                    c.execute("DELETE FROM articles WHERE id = ?", (article_id,))
                    return True
                return False
        except sqlite3.Error as exc:
            raise StoreError(f"cannot delete article {article_id}: {exc}") from exc

    def find_duplicate(self, article: Article) -> int | None:
        """The id of a stored article with the same content, so ingest can skip tagging it."""
        with self._lock:
            row = self._conn.execute(
                "SELECT id FROM articles WHERE content_hash = ?", (article.content_hash,)
            ).fetchone()
        return int(row[0]) if row else None

    def retag(
        self, tagger: Tagger, progress: Callable[[int, int], None] | None = None
    ) -> RetagReport:
        """Recompute every article's mentions and events from its stored text.

        Each article is its own transaction, so a reader sees either the old or the new tags
        of an article, never a mix, and an interrupted retag can simply be run again.
        ``progress(done, total)`` is called after each article.
        """
        with self._lock:
            ids = [r[0] for r in self._conn.execute("SELECT id FROM articles ORDER BY id")]
        total = len(ids)
        n_mentions = n_events = 0
        for done, article_id in enumerate(ids, start=1):
            article = self.get_article(article_id)
            if article is None:  # deleted meanwhile by another process
                continue
            mentions, events = tagger(article)
            _check_mentions(article.text, mentions)
            try:
                with self._write() as c:
                    self._remove_tags(c, article_id)
                    self._insert_tags(c, article_id, article.text, mentions, events)
            except sqlite3.Error as exc:
                raise StoreError(f"cannot retag article {article_id}: {exc}") from exc
            n_mentions += len(mentions)
            n_events += len(events)
            if progress:
                progress(done, total)
        return RetagReport(total, n_mentions, n_events)

    # ------------------------------------------------------------------ reading
    def get_article(self, article_id: int) -> Article | None:
        """One stored article as the model sees it (``id`` is the store id as a string)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT id, url, source, title, published, language, text FROM articles "
                "WHERE id = ?",
                (article_id,),
            ).fetchone()
        if row is None:
            return None
        return Article(
            text=row[6],
            title=row[3],
            published=date.fromisoformat(row[4]) if row[4] else None,
            source=row[2],
            url=row[1],
            language=row[5],
            id=str(row[0]),
        )

    def query_frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        """Run one parameterised SELECT and return its rows as a DataFrame.

        Values always travel as parameters (``?``), never formatted into ``sql``.
        """
        with self._lock:
            try:
                cur = self._conn.execute(sql, tuple(params))
                rows = cur.fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"query failed: {exc}") from exc
            columns = [d[0] for d in cur.description or ()]
        return pd.DataFrame.from_records(rows, columns=columns)

    def articles_frame(self) -> pd.DataFrame:
        """All articles (without their text's tags): id, url, source, title, published, ..."""
        return self.query_frame(
            "SELECT id, url, source, title, published, language, text, content_hash, "
            "ingested_at FROM articles ORDER BY id"
        )

    def mentions_frame(self) -> pd.DataFrame:
        """All mentions; ``metonymic`` as bool, offsets into the article's ``text``."""
        frame = self.query_frame(
            f'SELECT {_MENTION_COLS} FROM mentions ORDER BY article_id, start, "end"'
        )
        frame["metonymic"] = frame["metonymic"].astype(bool)
        return frame

    def events_frame(self) -> pd.DataFrame:
        """All events; ``countries`` and ``place_ids`` as comma-separated strings."""
        return self.query_frame(
            f'SELECT {_EVENT_COLS} FROM events ORDER BY article_id, start, "end"'
        )

    def counts(self) -> dict[str, int]:
        """Row counts per table, for summaries and health checks."""
        with self.snapshot():
            return {
                t: int(self.query_frame(f"SELECT COUNT(*) AS n FROM {t}")["n"].iloc[0])
                for t in ("articles", "mentions", "events")
            }

    def integrity_check(self) -> str:
        """SQLite's own verdict on the file: ``"ok"`` or the first problems found."""
        with self._lock:
            rows = self._conn.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(r[0]) for r in rows)
