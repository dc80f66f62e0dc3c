"""A whole store into another, either way between SQLite and PostgreSQL (``newsmap db copy``).

Every table is read from one snapshot of the source and written into the destination in one
transaction, so the copy is the source as it was at one moment, or nothing.  The roll-ups are
copied as they are: they equal what the copied rows would rebuild, and rebuilding a million
mentions' worth would cost minutes.  Mentions keep the order they were written in (the last
tagging of a place is what its marker shows).
"""

from __future__ import annotations

from collections.abc import Callable

from newsmap.errors import StoreError
from newsmap.store.cells import SPOT_COLUMNS
from newsmap.store.db import Db
from newsmap.store.records import ARTICLE_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS
from newsmap.store.rollups import EVENT_AREA_COLUMNS

#: Rows read and written at a time.
BATCH = 5000

#: (table, columns, order) in the order they are copied; articles first, for the foreign keys.
TABLES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("articles", ("id", *ARTICLE_COLUMNS), "id"),
    ("mentions", MENTION_COLUMNS, "{write_order}"),
    ("events", EVENT_COLUMNS, 'article_id, start, "end"'),
    ("area_days", ("kind", "day", "key", "articles", "mentions", "events"), "kind, day, key"),
    (
        "area_months",
        ("kind", "month", "key", "articles", "mentions", "events"),
        "kind, month, key",
    ),
    ("article_areas", ("article_id", "kind", "key", "day", "mentions"), "article_id, kind, key"),
    ("event_areas", EVENT_AREA_COLUMNS, "article_id"),
    ("place_info", ("place_id", "name", "country", "admin1", "level", "lat", "lon"), "place_id"),
    ("event_groups", ("date", "precision", "type", "place", "scopes"), "date, precision, type"),
    (
        "event_spots",
        SPOT_COLUMNS,
        "scope, date, precision, type",
    ),
    (
        "feeds",
        (
            "url",
            "etag",
            "last_modified",
            "polled_at",
            "next_poll_at",
            "failures",
            "last_error",
            "state",
        ),
        "url",
    ),
)


def copy_store(
    src: Db, dst: Db, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Copy every row of ``src`` into ``dst``, an empty store of the same schema version;
    returns the rows copied per table.  ``progress(table, rows)`` is called as rows land.

    Raises
    ------
    StoreError
        ``dst`` already holds articles (a copy never merges two stores).
    """
    held = int(dst.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    if held:
        raise StoreError(
            f"store {dst.location!r} already holds {held} articles; `newsmap db copy` fills "
            "an empty store (a new file, or a database with no newsmap tables)"
        )
    copied: dict[str, int] = {}
    with src.snapshot(), dst.write():
        for table, columns, order in TABLES:
            order_by = order.format(write_order=src.dialect.write_order)
            sql = f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order_by}"
            copied[table] = 0
            for rows in src.stream(sql, BATCH):
                dst.insert_rows(table, columns, rows)
                copied[table] += len(rows)
                if progress:
                    progress(table, copied[table])
    dst.analyze()
    return copied
