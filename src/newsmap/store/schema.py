"""The store's tables, written once for both engines, and the upgrades between their versions.

The tables (DESIGN.md section 5): ``articles``, ``mentions`` and ``events`` hold what was
ingested; the roll-ups beside them (``area_days``, ``article_areas``, ``event_areas``,
``place_info``, ``event_groups``, ``event_spots``) summarise those rows for the dashboard and
always change in the same transaction as the rows they summarise (``newsmap.store.rollups``,
``newsmap.store.cells``), so a roll-up can always be rebuilt from the rows and equal what it
was.  ``schema_version`` holds one number, ``SCHEMA_VERSION`` when the store is current.
"""

from __future__ import annotations

from newsmap.errors import StoreError
from newsmap.store import rollups
from newsmap.store.db import Db
from newsmap.store.dialect import Dialect
from newsmap.store.search import searchable

#: Bumped whenever the tables below change shape, with an upgrade step in ``_STEPS``.  A store
#: from a newer newsmap is refused; an older one is upgraded by ``newsmap db migrate``
#: (``prepare(db, migrate=True)``) and refused, with that advice, everywhere else.
SCHEMA_VERSION = 7

_TABLES = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id            INTEGER PRIMARY KEY,  -- the next after the highest (newsmap.store.writes)
    url           TEXT,
    source        TEXT,
    title         TEXT,
    published     TEXT,            -- ISO date YYYY-MM-DD, NULL when unknown
    language      TEXT,
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    ingested_at   TEXT NOT NULL,    -- ISO timestamp, UTC
    -- Schema 6: the title and text folded for search (newsmap.store.search).
    search        TEXT
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
    lat         {real},
    lon         {real},
    score       {real},
    metonymic   INTEGER NOT NULL DEFAULT 0{write_order_column}
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
){keyed_table};
-- Schema 7.  The same counts per whole month ('' for undated articles): a date range reads
-- its whole months here and only the days at either end from area_days, a few thousand rows
-- where the days of six years are hundreds of thousands.
CREATE TABLE IF NOT EXISTS area_months (
    kind      TEXT NOT NULL,
    month     TEXT NOT NULL,
    key       TEXT NOT NULL,
    articles  INTEGER NOT NULL,
    mentions  INTEGER NOT NULL,
    events    INTEGER NOT NULL,
    PRIMARY KEY (kind, month, key)
){keyed_table};
-- Where each event's own sentence places it: one row per event and country (Event.countries)
-- or admin-1 unit (of the places in Event.place_ids).  An event counts for an area here, not
-- for every area its article happens to name.  Schema 7: with the article's day ('' when
-- undated), the event's type and the first and last day its date can mean (NULL for a date
-- that means none), so the map's event counts are one indexed scan.
CREATE TABLE IF NOT EXISTS event_areas (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL,
    day         TEXT NOT NULL DEFAULT '',
    type        TEXT,
    lo          TEXT,
    hi          TEXT
);
-- What a marker shows of a place, as the latest tagging of it said.
CREATE TABLE IF NOT EXISTS place_info (
    place_id  TEXT PRIMARY KEY,
    name      TEXT,
    country   TEXT,
    admin1    TEXT,
    level     TEXT,
    lat       {real},
    lon       {real}
){keyed_table};
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
){keyed_table};
CREATE INDEX IF NOT EXISTS article_areas_newest ON article_areas(kind, key, day DESC, article_id);
-- Event reports merged as the timeline merges them (same date, precision, type and first
-- place).  scopes holds the group's counts per scope ('' is every article, a country code the
-- articles naming that country) as JSON (newsmap.dots): one row per group, however
-- many countries its articles name.
CREATE TABLE IF NOT EXISTS event_groups (
    date         TEXT NOT NULL,
    precision    TEXT NOT NULL,
    type         TEXT NOT NULL,
    place        TEXT NOT NULL,
    scopes       TEXT NOT NULL,
    PRIMARY KEY (date, precision, type, place)
){keyed_table};
-- Per scope, date, precision and type: how many groups, reports and sources, and the group a
-- timeline dot shows (most sources, then the first place), and day, lo and hi are where the date
-- sits on the axis and the first and last day it can mean.  Keyed by scope first: a timeline
-- reads one scope's dots in key order.
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
    first_key    {bigint},
    country      TEXT,
    PRIMARY KEY (scope, date, precision, type)
){keyed_table};
-- Country, unit and place filters and counts read article_areas and event_areas: indexes
-- on the mentions' areas only slowed every insert down.
-- The map's event counts (newsmap.query.event_counts): of the selected articles (and an
-- article's rows for a retag or delete), or of whole date ranges by the events' spans.
CREATE INDEX IF NOT EXISTS event_areas_article ON event_areas(article_id, kind, key, lo, hi, type);
CREATE INDEX IF NOT EXISTS event_areas_span ON event_areas(kind, hi, lo, day, key);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_type ON events(type, article_id)
"""

#: Schema 5.  What a feed poller (newsmap watch) keeps per feed between polls and restarts:
#: see ``newsmap.store.feeds``.
_FEEDS = """
CREATE TABLE IF NOT EXISTS feeds (
    url            TEXT PRIMARY KEY,
    etag           TEXT,
    last_modified  TEXT,
    polled_at      TEXT,
    next_poll_at   TEXT,
    failures       INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT,
    state          TEXT NOT NULL DEFAULT '{{}}'
){keyed_table}
"""

#: What stores of schema 3 and earlier hold that schema 4 no longer has: schema 3 kept a row
#: per group and scope in event_groups, folded into the dots by triggers (dropped with their
#: table), and indexed the mentions' areas.  The groups are rebuilt from the events, and
#: event_areas (of an older shape than today's) from the events and mentions.
_LEGACY = """
DROP TABLE IF EXISTS event_groups;
DROP TABLE IF EXISTS event_areas;
DROP INDEX IF EXISTS mentions_country;
DROP INDEX IF EXISTS event_areas_kind;
DROP INDEX IF EXISTS mentions_admin1;
DROP INDEX IF EXISTS mentions_place
"""


def table_statements(dialect: Dialect, ddl: str = _TABLES + ";" + _FEEDS) -> list[str]:
    """The statements that create every table and index of the current schema (or of
    ``ddl``, one part of it)."""
    ddl = ddl.format(
        real=dialect.real,
        bigint=dialect.bigint,
        keyed_table=dialect.keyed_table,
        write_order_column=dialect.write_order_column,
    )
    return [s for s in ddl.split(";") if s.strip()]


def stored_version(db: Db) -> int | None:
    """The schema version a store says it has; None for a database with no store in it (a
    store older than version numbers counts as version 1)."""
    if not db.has_table("schema_version"):
        return 1 if db.has_table("articles") else None
    row = db.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return 1 if row is None or row[0] is None else int(row[0])


def _to_4(db: Db) -> None:
    """Versions 2 to 4 added the roll-ups and reshaped them: every table of today's shape
    that is missing is created, and the roll-ups are rebuilt from the stored rows."""
    for statement in [*_LEGACY.split(";"), *table_statements(db.dialect)]:
        db.execute(statement)
    rollups.rebuild(db)


def _to_5(db: Db) -> None:
    """Version 5 added the feed poller's state (``feeds``)."""
    for statement in table_statements(db.dialect, _FEEDS):
        db.execute(statement)


def _to_6(db: Db) -> None:
    """Version 6 keeps each article's title and text folded for search (``articles.search``),
    filled here from the stored articles."""
    if "search" not in db.columns("articles"):
        db.execute("ALTER TABLE articles ADD COLUMN search TEXT")
    last = 0
    while True:
        rows = db.rows(
            "SELECT id, title, text FROM articles WHERE id > ? ORDER BY id LIMIT 2000", (last,)
        )
        if not rows:
            return
        db.executemany(
            "UPDATE articles SET search = ? WHERE id = ?",
            [(searchable(title, text), article_id) for article_id, title, text in rows],
        )
        last = rows[-1][0]


def _to_7(db: Db) -> None:
    """Version 7 counts areas per month as well (``area_months``) and keeps each event's
    article day, type and span beside its areas (``event_areas``): both rebuilt from the
    stored rows."""
    db.execute("DROP TABLE IF EXISTS event_areas")
    for statement in table_statements(db.dialect):
        db.execute(statement)
    rollups.rebuild_areas(db)


#: (version, what it brought, the step from the version before), oldest first.
_STEPS = (
    (4, "the dashboard's roll-ups, rebuilt from the stored rows", _to_4),
    (5, "the feed poller's state", _to_5),
    (6, "search that folds case and diacritics", _to_6),
    (7, "monthly area counts and event counts by the events' own dates", _to_7),
)


def prepare(db: Db, *, migrate: bool = False) -> tuple[int | None, int]:
    """Create the store's tables in an empty database; with ``migrate``, also bring an
    older store up to ``SCHEMA_VERSION``, in one transaction (an interrupted upgrade leaves
    the old store as it was).  Returns the version found (None: empty) and the version now.

    Raises
    ------
    StoreError
        The store was written by a newer newsmap, or is older and ``migrate`` is False.
    """
    found = stored_version(db)
    if found is not None and found > SCHEMA_VERSION:
        raise StoreError(
            f"store {db.location!r} has schema version {found}, newer than this "
            f"newsmap understands ({SCHEMA_VERSION}); upgrade newsmap"
        )
    if found == SCHEMA_VERSION:
        return found, found
    if found is not None and not migrate:
        raise StoreError(
            f"store {db.location!r} has schema version {found}, older than this newsmap's "
            f"({SCHEMA_VERSION}); run `newsmap db migrate` on it (same --db or $NEWSMAP_DB) "
            "to upgrade it"
        )
    with db.write():
        # Another process may have created or upgraded the store while this one waited.
        found = stored_version(db)
        if found == SCHEMA_VERSION:
            return found, found
        if found is None:
            for statement in table_statements(db.dialect):
                db.execute(statement)
        else:
            for version, _what, step in _STEPS:
                if version > found:
                    step(db)
        db.execute("DELETE FROM schema_version")
        db.execute("INSERT INTO schema_version(version) VALUES (?)", (SCHEMA_VERSION,))
    return found, SCHEMA_VERSION
