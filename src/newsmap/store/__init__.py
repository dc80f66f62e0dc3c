"""The article store: one SQLite file that an ingest writes and the dashboard reads at once.

This is the only module that speaks SQL to a database.  Its promises (DESIGN.md section 5):

- an article goes in with all its mentions and events in one transaction, or not at all, so
  a reader (the dashboard, another process) never sees half an article, and a killed ingest
  leaves nothing half-written;
- the same content stored twice is one row (``content_hash`` is UNIQUE), reported as a
  duplicate;
- re-tagging rewrites mentions and events from the stored text, one article per transaction;
- the roll-ups the dashboard aggregates from (``area_days``, ``article_areas``,
  ``event_areas``, ``place_info``, ``event_groups``, ``event_spots``) change in the same
  transaction as the rows they summarise, so they always equal what the plain SQL over
  ``mentions``/``events`` would answer.

Why roll-ups: with a million mentions, counting distinct articles per country or admin-1 unit
straight from ``mentions`` takes the better part of a second per view.  An article has one
publication date, so per-day counts of distinct articles per area add up exactly over any date
range, and a date range is the filter an analyst changes most.  Filters that pick articles
(a country, a source) count over ``article_areas``, one row per distinct (article, area) pair,
a fraction of the mentions.  The timeline draws merged event reports; ``event_groups`` keeps
them merged (per article set: every article, or those naming one country; see
``newsmap.dots``) and ``event_spots`` keeps the one group each dot of the chart shows,
so the chart reads thousands of rows instead of every event.

SQLite runs in WAL mode so readers never block the writer, with ``synchronous=NORMAL`` (a
crash or SIGKILL can lose at most nothing committed; only a power cut may lose the last few
commits, never corrupt the file) and a busy timeout so two writers queue instead of failing.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from newsmap.dots import (
    KEY_SPAN,
    Cell,
    Entry,
    GroupKey,
    Scopes,
    Spot,
    add_reports,
    fold,
    needs_lookup,
    pack,
    pick,
    take_reports,
    unpack,
)
from newsmap.errors import StoreError
from newsmap.model import NEIGHBOUR_COUNTRIES, REGION_COUNTRIES, Article, Event, Mention

#: Bumped whenever the tables below change shape; a store from a newer newsmap is refused, an
#: older one is upgraded on open (version 2 added the per-day roll-ups, version 3 the
#: article-area pairs and the merged event reports, version 4 packed a group's scopes into one
#: row; all are rebuilt from the stored rows).
SCHEMA_VERSION = 4
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
-- Schema 3.  One row per distinct (article, kind, key) of area_days, with the article's day
-- and its number of mentions there: what filters that pick articles count over, and the
-- newest articles per place for marker popups.
CREATE TABLE IF NOT EXISTS article_areas (
    article_id  INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL,
    day         TEXT NOT NULL,
    mentions    INTEGER NOT NULL,
    PRIMARY KEY (article_id, kind, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_areas_newest ON article_areas(kind, key, day DESC, article_id);
-- Event reports merged as the timeline merges them (same date, precision, type and first
-- place).  scopes holds the group's counts per scope ('' is every article, a country code the
-- articles naming that country) as JSON (newsmap.dots): one row per group, however
-- many countries its articles name.  Schema 3 kept a row per scope, and triggers on it.
DROP TRIGGER IF EXISTS event_groups_fold_new;
DROP TRIGGER IF EXISTS event_groups_fold_more;
DROP TABLE IF EXISTS event_groups;
CREATE TABLE IF NOT EXISTS event_groups (
    date         TEXT NOT NULL,
    precision    TEXT NOT NULL,
    type         TEXT NOT NULL,
    place        TEXT NOT NULL,
    scopes       TEXT NOT NULL,
    PRIMARY KEY (date, precision, type, place)
) WITHOUT ROWID;
-- Per scope, date, precision and type: how many groups, reports and sources, and the group a
-- timeline dot shows (most sources, then the first place), and day, lo and hi are where the date
-- sits on the axis and the first and last day it can mean.
CREATE TABLE IF NOT EXISTS event_spots (
    scope        TEXT NOT NULL,
    date         TEXT NOT NULL,
    precision    TEXT NOT NULL,
    type         TEXT NOT NULL,
    day          TEXT NOT NULL,
    lo           TEXT NOT NULL,
    hi           TEXT NOT NULL,
    groups       INTEGER NOT NULL,
    reports      INTEGER NOT NULL,
    sources      INTEGER NOT NULL,
    place        TEXT NOT NULL,
    top_sources  INTEGER NOT NULL,
    first_key    INTEGER,
    country      TEXT,
    PRIMARY KEY (scope, date, precision, type)
) WITHOUT ROWID;
-- event_spots leads with the scope: a timeline reads one scope's dots in key order.
CREATE INDEX IF NOT EXISTS event_areas_article ON event_areas(article_id);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
-- Country, unit and place filters and counts read article_areas and event_areas: these
-- indexes only slowed every insert down.
DROP INDEX IF EXISTS mentions_country;
DROP INDEX IF EXISTS event_areas_kind;
DROP INDEX IF EXISTS mentions_admin1;
DROP INDEX IF EXISTS mentions_place;
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

#: Countries with their own scope of merged event reports (the ones the sidebar offers), next
#: to '' for every article.  A single-country timeline reads that scope's rows.
EVENT_SCOPES = (*REGION_COUNTRIES, *NEIGHBOUR_COUNTRIES)

#: The distinct (article, kind, key) pairs of the articles matching ``{where}`` (alias ``a``),
#: with the article's day and how many of its mentions fall there.  Python computes the same
#: rows on insert (``area_pairs``); this statement rebuilds them for a whole store.
_AREA_PAIRS = f"""
SELECT m.article_id, 'country', m.country, COALESCE(a.published, ''), COUNT(*)
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE {{where}} AND m.level IN ({_LEVELS_SQL}) AND m.country IS NOT NULL
GROUP BY m.article_id, m.country
UNION ALL
SELECT m.article_id, 'admin1', m.admin1, COALESCE(a.published, ''), COUNT(*)
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE {{where}} AND m.level IN ({_LEVELS_SQL}) AND m.admin1 IS NOT NULL
GROUP BY m.article_id, m.admin1
UNION ALL
SELECT m.article_id, 'place', m.place_id, COALESCE(a.published, ''), COUNT(*)
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE {{where}} AND m.level IN ({_PLACE_LEVELS_SQL}) AND m.lat IS NOT NULL
GROUP BY m.article_id, m.place_id
"""

#: The per-day roll-up contributions of the articles whose ``article_areas`` rows match
#: ``{pairs}`` and whose ``event_areas`` rows match ``{events}``: one row per (kind, day, key)
#: with distinct articles, mentions and events.  Takes an article away before a retag or
#: delete (sign -1) and rebuilds a whole store.
_CONTRIBUTIONS = """
SELECT kind, day, key, SUM(arts) AS arts, SUM(ments) AS ments, SUM(evs) AS evs FROM (
    SELECT x.kind, x.day, x.key, 1 AS arts, x.mentions AS ments, 0 AS evs
    FROM article_areas x WHERE {pairs}
    UNION ALL
    SELECT ea.kind, COALESCE(a.published, ''), ea.key, 0, 0, COUNT(*)
    FROM event_areas ea JOIN articles a ON a.id = ea.article_id
    WHERE {events}
    GROUP BY ea.article_id, ea.kind, ea.key
) GROUP BY kind, day, key
"""
_UPSERT_DAYS = (
    "ON CONFLICT(kind, day, key) DO UPDATE SET "
    "articles = articles + excluded.articles, mentions = mentions + excluded.mentions, "
    "events = events + excluded.events"
)
_ADD_DAYS = (
    "INSERT INTO area_days(kind, day, key, articles, mentions, events) VALUES (?, ?, ?, ?, ?, ?) "
    + _UPSERT_DAYS
)
_ONE_ARTICLE = {"pairs": "x.article_id = :id", "events": "ea.article_id = :id"}
_UNAPPLY = (
    "INSERT INTO area_days(kind, day, key, articles, mentions, events) "
    "SELECT kind, day, key, -arts, -ments, -evs FROM ("
    + _CONTRIBUTIONS.format(**_ONE_ARTICLE)
    + ") WHERE true "
    + _UPSERT_DAYS
)
_PRUNE = (
    "DELETE FROM area_days WHERE articles = 0 AND mentions = 0 AND events = 0 "
    "AND (kind, day, key) IN (SELECT kind, day, key FROM ("
    + _CONTRIBUTIONS.format(**_ONE_ARTICLE)
    + "))"
)

#: Temporary key tables: the groups or dots a transaction reads and writes, joined to their
#: table in one statement (CROSS JOIN keeps the planner from scanning the table for a few keys).
_GROUP_KEYS = (
    "CREATE TEMP TABLE IF NOT EXISTS group_keys (date TEXT, precision TEXT, type TEXT, "
    "place TEXT, PRIMARY KEY (date, precision, type, place)) WITHOUT ROWID"
)
_CELL_KEYS = (
    "CREATE TEMP TABLE IF NOT EXISTS cell_keys (scope TEXT, date TEXT, precision TEXT, "
    "type TEXT, PRIMARY KEY (scope, date, precision, type)) WITHOUT ROWID"
)
#: One article's merged event reports: (article id, the scopes they count in, group key ->
#: [reports, first_key, country_key, country] as ``article_groups`` gives them).
Merged = tuple[int, Sequence[str], dict[GroupKey, list[Any]]]
_SPOT_COLS = (
    "scope, date, precision, type, day, lo, hi, groups, reports, sources, place, top_sources, "
    "first_key, country"
)


def first_code(joined: str | None) -> str:
    """The first code of a comma-separated list column ('' when there is none), read the way
    the timeline's report merging reads it."""
    for part in (joined or "").split(","):
        part = part.strip()
        if part:
            return part
    return ""


def report_group(
    date_: str | None, precision: str | None, type_: str | None, countries: str, place_ids: str
) -> GroupKey:
    """The key under which reports of one event merge: date, precision, type and the first
    place (else the first country), as ``newsmap.events.merge_reports`` keys them."""
    place = first_code(place_ids) or first_code(countries)
    return (str(date_ or ""), str(precision or "day"), str(type_ or "other"), place)


def event_span(value: str, precision: str) -> tuple[date, date]:
    """First and last day an event date of some precision can mean ("2023-05" is all of May)."""
    year = int(value[:4])
    if precision == "day":
        d = date.fromisoformat(value[:10])
        return d, d
    if precision == "month":
        month = int(value[5:7])
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return date(year, month, 1), date.fromordinal(nxt.toordinal() - 1)
    if precision == "decade":
        return date(year, 1, 1), date(year + 9, 12, 31)
    return date(year, 1, 1), date(year, 12, 31)


def axis_place(value: str, precision: str) -> tuple[str, str, str] | None:
    """Where an event date sits on the timeline (its first day) and the first and last day it
    can mean, as ISO strings; None for a date the timeline cannot place."""
    if len(value) < 4:
        return None
    day = value + "-01-01" if len(value) == 4 else value + "-01" if len(value) == 7 else value
    try:
        lo, hi = event_span(value, precision)
        date.fromisoformat(day[:10])
    except ValueError:
        return None
    return day[:10], lo.isoformat(), hi.isoformat()


def _null(value: object) -> bool:
    """What SQLite stores as NULL: None, and a float NaN."""
    return value is None or (isinstance(value, float) and value != value)


def area_pairs(mentions: Sequence[Mention]) -> dict[tuple[str, str], int]:
    """(kind, key) -> mentions of one article, as ``_AREA_PAIRS`` counts them in SQL."""
    out: dict[tuple[str, str], int] = {}
    for m in mentions:
        if m.level in COUNTED_LEVELS:
            if m.country is not None and not _null(m.country):
                out[("country", m.country)] = out.get(("country", m.country), 0) + 1
            if m.admin1 is not None and not _null(m.admin1):
                out[("admin1", m.admin1)] = out.get(("admin1", m.admin1), 0) + 1
        if m.level in PLACE_LEVELS and not _null(m.lat):
            out[("place", m.place_id)] = out.get(("place", m.place_id), 0) + 1
    return out


def article_groups(
    article_id: int, reports: Iterable[tuple[int, str, str, str | None, str, str]]
) -> dict[GroupKey, list[Any]]:
    """One article's reports merged: group -> [reports, first_key, country_key, country] from
    (start, date, precision, type, countries, place_ids) rows as the events table holds them."""
    out: dict[GroupKey, list[Any]] = {}
    for start, date_, precision, type_, countries, place_ids in reports:
        key = report_group(date_, precision, type_, countries, place_ids)
        order = article_id * KEY_SPAN + int(start)
        group = out.get(key)
        if group is None:
            group = out[key] = [0, order, None, None]
        group[0] += 1
        group[1] = min(group[1], order)
        country = first_code(countries)
        if country and (group[2] is None or order < group[2]):
            group[2], group[3] = order, country
    return out


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
        article_id,
        m.start,
        m.end,
        m.surface,
        m.place_id,
        m.name,
        m.country,
        m.admin1,
        m.level,
        m.lat,
        m.lon,
        m.score,
        int(bool(m.metonymic)),
    )


def _event_row(article_id: int, text: str, e: Event) -> tuple[Any, ...]:
    sentence = text[e.sentence_start : e.sentence_end] if e.sentence_end > e.sentence_start else ""
    return (
        article_id,
        e.date,
        e.precision,
        e.date_source,
        e.start,
        e.end,
        sentence,
        e.type,
        ",".join(e.countries),
        ",".join(e.place_ids),
        e.surface,
        e.sentence_start,
        e.sentence_end,
    )


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
        c.execute("PRAGMA cache_size = -65536")
        # An ingest commit touches pages all over the roll-ups' b-trees.  Checkpointing every
        # 1,000 pages (the default) copied most of them back after every commit; every 16,000
        # (64 MB of log) copies a page once for several commits that changed it.
        c.execute("PRAGMA wal_autocheckpoint = 16000")
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
        """Recompute every roll-up from the stored mentions and events (an upgrade from an
        older schema, or a repair); the caller holds the write transaction."""
        for table in (
            "area_days",
            "article_areas",
            "event_areas",
            "place_info",
            "event_groups",
            "event_spots",
        ):
            c.execute(f"DELETE FROM {table}")
        c.execute(
            "INSERT INTO place_info(place_id, name, country, admin1, level, lat, lon) "
            "SELECT place_id, name, country, admin1, level, lat, lon FROM mentions "
            "WHERE rowid IN (SELECT MAX(rowid) FROM mentions GROUP BY place_id)"
        )
        c.execute(
            "INSERT INTO article_areas(article_id, kind, key, day, mentions) "
            + _AREA_PAIRS.format(where="1 = 1")
        )
        # Each article's own mentions say which unit its event places lie in, as at insert.
        admin1_of: dict[int, dict[str, str]] = {}
        for article_id, place_id, admin1 in c.execute(
            "SELECT article_id, place_id, admin1 FROM mentions WHERE admin1 IS NOT NULL AND "
            "article_id IN (SELECT article_id FROM events WHERE place_ids != '')"
        ):
            admin1_of.setdefault(article_id, {})[place_id] = admin1
        rows: list[tuple[Any, ...]] = []
        for article_id, countries, place_ids in c.execute(
            "SELECT article_id, countries, place_ids FROM events"
        ).fetchall():
            probe = Event(
                "", "", "", "", 0, 0, 0, 0, "", tuple(_split(countries)), tuple(_split(place_ids))
            )
            keys = event_area_keys(probe, admin1_of.get(article_id, {}))
            rows.extend((article_id, kind, key) for kind, key in keys)
        c.executemany("INSERT INTO event_areas(article_id, kind, key) VALUES (?, ?, ?)", rows)
        c.execute(
            "INSERT INTO area_days(kind, day, key, articles, mentions, events) "
            + _CONTRIBUTIONS.format(pairs="1 = 1", events="1 = 1")
        )
        Store._rebuild_event_groups(c)

    @staticmethod
    def _rebuild_event_groups(c: sqlite3.Connection) -> None:
        """Merge every stored report into ``event_groups`` and pick every cell's dot."""
        scopes: dict[int, list[str]] = {}
        marks = ",".join("?" * len(EVENT_SCOPES))
        for scoped_id, code in c.execute(
            "SELECT article_id, key FROM article_areas WHERE kind = 'country' "
            f"AND key IN ({marks})",
            EVENT_SCOPES,
        ):
            scopes.setdefault(scoped_id, []).append(code)
        groups: dict[GroupKey, Scopes] = {}
        reports = c.execute(
            "SELECT article_id, start, date, precision, type, countries, place_ids FROM events "
            "ORDER BY article_id, start"
        )
        article_id: int | None = None
        batch: list[tuple[Any, ...]] = []
        for row in [*reports, (None, 0, "", "", "", "", "")]:
            if row[0] != article_id:
                if article_id is not None:
                    article_scopes = ["", *scopes.get(article_id, ())]
                    for key, vals in article_groups(article_id, batch).items():
                        group = groups.setdefault(key, {})
                        for scope in article_scopes:
                            add_reports(group, scope, *vals)
                article_id, batch = row[0], []
            batch.append(row[1:])
        c.execute("DELETE FROM event_groups")
        Store._save_groups(c, groups)
        c.execute("DELETE FROM event_spots")
        cells = {(scope, *key[:3]) for key, group in groups.items() for scope in group}
        Store._refresh_spots(c, cells)

    # The groups and dots are read and written here, and computed in newsmap.dots.
    @staticmethod
    def _load_groups(c: sqlite3.Connection, keys: Iterable[GroupKey]) -> dict[GroupKey, Scopes]:
        """The stored groups among ``keys`` (absent ones are left out)."""
        c.execute(_GROUP_KEYS)
        c.executemany("INSERT OR IGNORE INTO temp.group_keys VALUES (?, ?, ?, ?)", keys)
        rows = c.execute(
            "SELECT g.date, g.precision, g.type, g.place, g.scopes FROM temp.group_keys k "
            "CROSS JOIN event_groups g ON g.date = k.date AND g.precision = k.precision "
            "AND g.type = k.type AND g.place = k.place"
        ).fetchall()
        c.execute("DELETE FROM temp.group_keys")
        return {tuple(r[:4]): unpack(r[4]) for r in rows}

    @staticmethod
    def _save_groups(c: sqlite3.Connection, groups: dict[GroupKey, Scopes]) -> None:
        """Write groups back; a group left in no scope is deleted."""
        gone = [key for key, scopes in groups.items() if not scopes]
        if gone:
            c.executemany(
                "DELETE FROM event_groups WHERE date = ? AND precision = ? AND type = ? "
                "AND place = ?",
                gone,
            )
        c.executemany(
            "INSERT OR REPLACE INTO event_groups(date, precision, type, place, scopes) "
            "VALUES (?, ?, ?, ?, ?)",
            [(*key, pack(scopes)) for key, scopes in groups.items() if scopes],
        )

    @staticmethod
    def _load_spots(c: sqlite3.Connection, cells: Iterable[Cell]) -> dict[Cell, Spot]:
        """The stored dots of ``cells`` (cells without one are left out)."""
        c.execute(_CELL_KEYS)
        c.executemany("INSERT OR IGNORE INTO temp.cell_keys VALUES (?, ?, ?, ?)", cells)
        rows = c.execute(
            f"SELECT {', '.join('s.' + col.strip() for col in _SPOT_COLS.split(','))} "
            "FROM temp.cell_keys k CROSS JOIN event_spots s ON s.scope = k.scope "
            "AND s.date = k.date AND s.precision = k.precision AND s.type = k.type"
        ).fetchall()
        c.execute("DELETE FROM temp.cell_keys")
        return {tuple(r[:4]): list(r[4:]) for r in rows}

    @staticmethod
    def _save_spots(c: sqlite3.Connection, spots: dict[Cell, Spot | None]) -> None:
        """Write dots back; a cell whose dot is None has none any more."""
        gone = [cell for cell, spot in spots.items() if spot is None]
        if gone:
            c.executemany(
                "DELETE FROM event_spots WHERE scope = ? AND date = ? AND precision = ? "
                "AND type = ?",
                gone,
            )
        c.executemany(
            f"INSERT OR REPLACE INTO event_spots({_SPOT_COLS}) VALUES ({','.join('?' * 14)})",
            [(*cell, *spot) for cell, spot in spots.items() if spot is not None],
        )

    @staticmethod
    def _apply_reports(
        c: sqlite3.Connection,
        merged: Sequence[Merged],
        sign: int,
    ) -> tuple[dict[GroupKey, Scopes], dict[GroupKey, dict[str, Entry | None]]]:
        """Add (sign 1) or take away (sign -1) articles' merged reports (``Merged``) in their
        groups, and save the groups.  Returns the groups after, and per group the entries of
        the scopes that changed as they were before (None: new in that scope)."""
        groups = Store._load_groups(c, {key for _, _, by_key in merged for key in by_key})
        olds: dict[GroupKey, dict[str, Entry | None]] = {}
        for article_id, scopes, by_key in merged:
            for key, (reports, first, country_key, country) in by_key.items():
                group = groups.get(key)
                if group is None:
                    group = groups[key] = {}
                old = olds.get(key)
                if old is None:
                    old = olds[key] = {}
                for scope in scopes:
                    if scope not in old:
                        entry = group.get(scope)
                        old[scope] = None if entry is None else entry.copy()
                    if sign > 0:
                        add_reports(group, scope, reports, first, country_key, country)
                    else:
                        take_reports(group, scope, reports, article_id)
        Store._save_groups(c, groups)
        return groups, olds

    @staticmethod
    def _fold_spots(
        c: sqlite3.Connection,
        groups: dict[GroupKey, Scopes],
        olds: dict[GroupKey, dict[str, Entry | None]],
    ) -> None:
        """Fold groups whose counts only grew into their cells' dots, reading no other group."""
        axes: dict[tuple[str, str], tuple[str, str, str] | None] = {}
        changes: list[tuple[Cell, tuple[str, str, str], str, Entry | None, Entry]] = []
        for key, old in olds.items():
            date_, precision, type_, place = key
            if (date_, precision) not in axes:
                axes[date_, precision] = axis_place(date_, precision)
            axis = axes[date_, precision]
            if axis is None:  # a date the axis cannot show has no dot
                continue
            group = groups[key]
            for scope, before in old.items():
                changes.append(
                    ((scope, date_, precision, type_), axis, place, before, group[scope])
                )
        spots: dict[Cell, Spot | None] = dict(Store._load_spots(c, {ch[0] for ch in changes}))
        for cell, axis, place, before, entry in changes:
            spots[cell] = fold(spots.get(cell), axis, place, before, entry)
        Store._save_spots(c, spots)

    @staticmethod
    def _refresh_spots(c: sqlite3.Connection, cells: Iterable[Cell]) -> None:
        """Pick the dot of each given (scope, date, precision, type) cell again from all of its
        groups: after counts went down (a retag or delete), or for a rebuild."""
        wanted = set(cells)
        if not wanted:
            return
        c.execute(_CELL_KEYS)
        c.executemany(
            "INSERT OR IGNORE INTO temp.cell_keys VALUES ('', ?, ?, ?)",
            {cell[1:] for cell in wanted},
        )
        rows = c.execute(
            "SELECT g.date, g.precision, g.type, g.place, g.scopes FROM temp.cell_keys k "
            "CROSS JOIN event_groups g ON g.date = k.date AND g.precision = k.precision "
            "AND g.type = k.type"
        ).fetchall()
        c.execute("DELETE FROM temp.cell_keys")
        members: dict[Cell, list[tuple[str, list[Any]]]] = {}
        for date_, precision, type_, place, packed in rows:
            for scope, entry in unpack(packed).items():
                cell = (scope, date_, precision, type_)
                if cell in wanted:
                    members.setdefault(cell, []).append((place, entry))
        spots: dict[Cell, Spot | None] = {}
        for cell in wanted:
            axis = axis_place(cell[1], cell[2])
            spots[cell] = pick(axis, members.get(cell, ())) if axis is not None else None
        Store._save_spots(c, spots)

    @staticmethod
    def _settle_groups(c: sqlite3.Connection, keys: Iterable[GroupKey]) -> None:
        """Look up the first report and first country again where an article that held them
        left its group (a delete, or a retag that moved its reports elsewhere)."""
        groups = Store._load_groups(c, set(keys))
        changed: dict[GroupKey, Scopes] = {}
        for key, group in groups.items():
            for scope, entry in group.items():
                if not needs_lookup(entry):
                    continue
                date_, precision, type_, place = key
                sql = (
                    "SELECT e.article_id, e.start, e.date, e.precision, e.type, e.countries, "
                    "e.place_ids FROM events e WHERE e.date = ?"
                )
                params: list[Any] = [date_]
                if scope:
                    sql += (
                        " AND EXISTS (SELECT 1 FROM article_areas x WHERE x.article_id = "
                        "e.article_id AND x.kind = 'country' AND x.key = ?)"
                    )
                    params.append(scope)
                first = ckey = country = None
                for aid, start, *rest in c.execute(sql, params):
                    if report_group(*rest) != key:
                        continue
                    order = aid * KEY_SPAN + int(start)
                    first = order if first is None else min(first, order)
                    code = first_code(rest[3])
                    if code and (ckey is None or order < ckey):
                        ckey, country = order, code
                entry[2], entry[3], entry[4] = first, ckey, country
                changed[key] = group
        if changed:
            Store._save_groups(c, changed)

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
        result = self.add_articles([(article, mentions, events)])[0]
        if isinstance(result, StoreError):
            raise result
        return result

    def add_articles(
        self, items: Sequence[tuple[Article, Sequence[Mention], Sequence[Event]]]
    ) -> list[AddResult | StoreError]:
        """Store several tagged articles in one commit; one result per item, in order.

        Each article still goes in whole or not at all (a savepoint of its own inside the
        commit): one refused article is reported as a ``StoreError`` in its place and the
        others are stored.  A reader, or a crash, sees all of the commit or none of it.  One
        commit per article costs more than the writing itself once the roll-up tables grow,
        which is why ingestion hands over its articles in small batches.
        """
        results: list[AddResult | StoreError | None] = []
        todo: list[int] = []
        for i, (article, mentions, _events) in enumerate(items):
            if not isinstance(article.text, str) or not article.text.strip():
                results.append(StoreError("refusing to store an article with no text"))
                continue
            try:
                _check_mentions(article.text, mentions)
            except StoreError as exc:
                results.append(exc)
                continue
            results.append(None)
            todo.append(i)
        if not todo:
            return [r for r in results if r is not None]
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            with self._write() as c:
                merged: list[Merged] = []
                for i in todo:
                    article, mentions, events = items[i]
                    c.execute("SAVEPOINT article")
                    try:
                        results[i], reports = self._add_one(c, article, mentions, events, now)
                    except sqlite3.Error as exc:
                        c.execute("ROLLBACK TO article")
                        results[i] = StoreError(f"cannot store article {article.title!r}: {exc}")
                    else:
                        if reports is not None:
                            merged.append(reports)
                    c.execute("RELEASE article")
                # The commit's stored reports merge into their groups and dots at once: a
                # group or dot that several articles touch is read and written once.
                if merged:
                    groups, before = self._apply_reports(c, merged, 1)
                    self._fold_spots(c, groups, before)
        except sqlite3.Error as exc:
            error = StoreError(f"cannot store articles: {exc}")
            return [error if r is None or isinstance(r, AddResult) else r for r in results]
        except StoreError as exc:
            return [exc if r is None or isinstance(r, AddResult) else r for r in results]
        return [r for r in results if r is not None]

    def _add_one(
        self,
        c: sqlite3.Connection,
        article: Article,
        mentions: Sequence[Mention],
        events: Sequence[Event],
        now: str,
    ) -> tuple[AddResult, Merged | None]:
        """Insert one article and its tags inside the caller's transaction; also returns its
        merged event reports for the caller to add to their groups (None for a duplicate)."""
        digest = article.content_hash
        published = article.published.isoformat() if article.published else None
        cur = c.execute(
            "INSERT INTO articles(url, source, title, published, language, text, "
            "content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(content_hash) DO NOTHING",
            (
                article.url,
                article.source,
                article.title,
                published,
                article.language,
                article.text,
                digest,
                now,
            ),
        )
        if cur.rowcount == 0:
            row = c.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
            return AddResult("duplicate", int(row[0])), None
        article_id = int(cur.lastrowid or 0)
        reports = self._insert_tags(c, article_id, article.text, published or "", mentions, events)
        return AddResult("new", article_id), reports

    @staticmethod
    def _insert_tags(
        c: sqlite3.Connection,
        article_id: int,
        text: str,
        published: str,
        mentions: Sequence[Mention],
        events: Sequence[Event],
    ) -> Merged:
        """Store an article's tags and add them to every roll-up but the event groups; returns
        its merged reports with the scopes they count in, which the caller adds to the groups
        (``_apply_reports``) once per commit."""
        if mentions:
            c.executemany(
                f"INSERT INTO mentions({_MENTION_COLS}) VALUES ({','.join('?' * 13)})",
                [_mention_row(article_id, m) for m in mentions],
            )
        days: dict[tuple[str, str], list[int]] = {}
        pairs = area_pairs(mentions)
        if pairs:
            c.executemany(
                "INSERT INTO article_areas(article_id, kind, key, day, mentions) "
                "VALUES (?, ?, ?, ?, ?)",
                [(article_id, kind, key, published, n) for (kind, key), n in pairs.items()],
            )
            for area, n in pairs.items():
                days[area] = [1, n, 0]
        merged: dict[GroupKey, list[Any]] = {}
        scopes: list[str] = []
        if events:
            event_rows = [_event_row(article_id, text, e) for e in events]
            c.executemany(
                f"INSERT INTO events({_EVENT_COLS}) VALUES ({','.join('?' * 13)})", event_rows
            )
            admin1_of = {m.place_id: m.admin1 for m in mentions if m.admin1}
            areas = [(article_id, k, v) for e in events for k, v in event_area_keys(e, admin1_of)]
            c.executemany("INSERT INTO event_areas(article_id, kind, key) VALUES (?, ?, ?)", areas)
            for _, kind, key in areas:
                days.setdefault((kind, key), [0, 0, 0])[2] += 1
            merged = article_groups(
                article_id, ((r[4], r[1], r[2], r[7], r[8], r[9]) for r in event_rows)
            )
            scopes = ["", *(code for code in EVENT_SCOPES if ("country", code) in pairs)]
        if days:
            c.executemany(
                _ADD_DAYS,
                [(kind, published, key, *vals) for (kind, key), vals in days.items()],
            )
        places = {m.place_id: m for m in mentions}  # the last mention of a place wins
        if places:
            c.executemany(
                "INSERT INTO place_info(place_id, name, country, admin1, level, lat, lon) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(place_id) DO UPDATE SET "
                "name = excluded.name, country = excluded.country, admin1 = excluded.admin1, "
                "level = excluded.level, lat = excluded.lat, lon = excluded.lon",
                [
                    (p, m.name, m.country, m.admin1, m.level, m.lat, m.lon)
                    for p, m in places.items()
                ],
            )
        return article_id, scopes, merged

    @staticmethod
    def _remove_tags(c: sqlite3.Connection, article_id: int) -> tuple[set[GroupKey], set[Cell]]:
        """Take an article's mentions and events, and their share of the roll-ups, away.

        Returns the event groups it left (to settle) and the timeline cells it touched (to
        pick again), once the caller has made all its changes in this transaction."""
        c.execute(_UNAPPLY, {"id": article_id})
        c.execute(_PRUNE, {"id": article_id})
        marks = ",".join("?" * len(EVENT_SCOPES))
        scopes = [
            "",
            *(
                r[0]
                for r in c.execute(
                    f"SELECT key FROM article_areas WHERE article_id = ? AND kind = 'country' "
                    f"AND key IN ({marks})",
                    (article_id, *EVENT_SCOPES),
                )
            ),
        ]
        merged = article_groups(
            article_id,
            c.execute(
                "SELECT start, date, precision, type, countries, place_ids FROM events "
                "WHERE article_id = ?",
                (article_id,),
            ).fetchall(),
        )
        Store._apply_reports(c, [(article_id, scopes, merged)], -1)
        c.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        c.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
        c.execute("DELETE FROM event_areas WHERE article_id = ?", (article_id,))
        c.execute("DELETE FROM article_areas WHERE article_id = ?", (article_id,))
        return set(merged), {(scope, *key[:3]) for scope in scopes for key in merged}

    def delete_article(self, article_id: int) -> bool:
        """Remove an article with its mentions, events and roll-up share in one transaction;
        False when there was no such article."""
        try:
            with self._write() as c:
                if c.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                    touched, cells = self._remove_tags(c, article_id)
                    c.execute("DELETE FROM articles WHERE id = ?", (article_id,))
                    self._settle_groups(c, touched)
                    self._refresh_spots(c, cells)
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
                    touched, cells = self._remove_tags(c, article_id)
                    published = article.published.isoformat() if article.published else ""
                    reports = self._insert_tags(
                        c, article_id, article.text, published, mentions, events
                    )
                    self._apply_reports(c, [reports], 1)
                    _, scopes, merged = reports
                    cells |= {(scope, *key[:3]) for scope in scopes for key in merged}
                    self._settle_groups(c, touched)
                    self._refresh_spots(c, cells)
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
