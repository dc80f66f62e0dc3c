"""Reaching under a store in tests: plain SQL on its database, whichever backend it is, the
way an older newsmap (or a person with a SQL shell) would have left it."""

from __future__ import annotations

import sqlite3
from typing import Any

import pandas as pd
import psycopg

from newsmap.store import Store
from newsmap.store.postgres import is_postgres_url

#: Every table kept in step with the articles, with an order that makes two dumps comparable.
ROLLUPS = {
    "area_days": "kind, day, key",
    "area_months": "kind, month, key",
    "article_areas": "article_id, kind, key",
    "event_areas": "article_id, kind, key, lo, hi, type",
    "place_info": "place_id",
    "event_groups": "date, precision, type, place",
    "event_spots": "scope, date, precision, type",
}


def raw_sql(location: str, *statements: str) -> list[Any]:
    """Run statements straight on the store's database, committed; the last one's rows."""
    rows: list[Any] = []
    if is_postgres_url(location):
        with psycopg.connect(location, autocommit=True) as conn:
            for statement in statements:
                cur = conn.execute(statement)  # type: ignore[arg-type]
                rows = cur.fetchall() if cur.description else []
        return rows
    with sqlite3.connect(location) as conn:
        for statement in statements:
            cur = conn.execute(statement)
            rows = cur.fetchall()
    conn.close()
    return rows


def dump(store: Store) -> dict[str, pd.DataFrame]:
    return {
        t: store.query_frame(f"SELECT * FROM {t} ORDER BY {order}") for t, order in ROLLUPS.items()
    }


def check_rebuild(store: Store) -> None:
    """Roll-ups kept up write by write equal the same tables rebuilt from the stored rows."""
    kept = dump(store)
    store.rebuild_rollups()
    for table, frame in dump(store).items():
        pd.testing.assert_frame_equal(kept[table], frame, obj=table)
