"""The area roll-ups: per-day counts per country, admin-1 unit and place, kept write by write.

Why roll-ups: with a million mentions, counting distinct articles per country or admin-1 unit
straight from ``mentions`` takes the better part of a second per view.  An article has one
publication date, so per-day counts of distinct articles per area (``area_days``) add up
exactly over any date range, and a date range is the filter an analyst changes most.
Filters that pick articles (a country, a source) count over ``article_areas``, one row per
distinct (article, area) pair, a fraction of the mentions; ``event_areas`` says where each
event's own sentence places it, and ``place_info`` what a marker shows of a place.

Each function here runs inside the caller's write transaction, so the roll-ups change with
the rows they summarise; ``rebuild`` recomputes them all from the rows (an upgrade, a
repair) and gives the same tables as the writes kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsmap.dots import event_bounds
from newsmap.store import cells
from newsmap.store.db import Db
from newsmap.store.records import split_codes

#: Mention levels that paint a country or admin-1 unit; "region" ("the Balkans") paints nothing.
COUNTED_LEVELS = ("country", "admin1", "city", "site", "demonym")
#: Mention levels drawn as markers.
PLACE_LEVELS = ("city", "site")

_LEVELS_SQL = ",".join(f"'{lv}'" for lv in COUNTED_LEVELS)
_PLACE_LEVELS_SQL = ",".join(f"'{lv}'" for lv in PLACE_LEVELS)

#: The distinct (article, kind, key) pairs of every stored article, with the article's day
#: and how many of its mentions fall there; ``area_pairs`` computes the same on insert.
_AREA_PAIRS = f"""
SELECT m.article_id, 'country', m.country, COALESCE(a.published, ''), COUNT(*)
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE m.level IN ({_LEVELS_SQL}) AND m.country IS NOT NULL
GROUP BY m.article_id, m.country, a.published
UNION ALL
SELECT m.article_id, 'admin1', m.admin1, COALESCE(a.published, ''), COUNT(*)
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE m.level IN ({_LEVELS_SQL}) AND m.admin1 IS NOT NULL
GROUP BY m.article_id, m.admin1, a.published
UNION ALL
SELECT m.article_id, 'place', m.place_id, COALESCE(a.published, ''), COUNT(*)
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE m.level IN ({_PLACE_LEVELS_SQL}) AND m.lat IS NOT NULL
GROUP BY m.article_id, m.place_id, a.published
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
    SELECT ea.kind, ea.day, ea.key, 0, 0, 1 FROM event_areas ea WHERE {events}
) parts GROUP BY kind, day, key
"""


def _upsert(table: str, period: str) -> str:
    """What follows the rows of an INSERT into ``area_days`` or ``area_months``: counts add
    up where the (kind, period, key) row exists."""
    return (
        f"ON CONFLICT(kind, {period}, key) DO UPDATE SET "
        f"articles = {table}.articles + excluded.articles, "
        f"mentions = {table}.mentions + excluded.mentions, "
        f"events = {table}.events + excluded.events"
    )


#: (table, its period column, the period of a day in SQL) of each per-period roll-up.
_PERIODS = (("area_days", "day", "day"), ("area_months", "month", "substr(day, 1, 7)"))
_ADD = {
    table: f"INSERT INTO {table}(kind, {col}, key, articles, mentions, events) "
    f"VALUES (?, ?, ?, ?, ?, ?) " + _upsert(table, col)
    for table, col, _of_day in _PERIODS
}
_ONE_ARTICLE = _CONTRIBUTIONS.format(pairs="x.article_id = ?", events="ea.article_id = ?")
_UNAPPLY = [
    f"INSERT INTO {table}(kind, {col}, key, articles, mentions, events) "
    f"SELECT kind, {of_day}, key, -SUM(arts), -SUM(ments), -SUM(evs) FROM ({_ONE_ARTICLE}) one "
    f"WHERE true GROUP BY kind, {of_day}, key " + _upsert(table, col)
    for table, col, of_day in _PERIODS
]
_PRUNE = [
    f"DELETE FROM {table} WHERE articles = 0 AND mentions = 0 AND events = 0 "
    f"AND (kind, {col}, key) IN (SELECT kind, {of_day}, key FROM ({_ONE_ARTICLE}) one)"
    for table, col, of_day in _PERIODS
]
_ADD_PLACES = (
    "INSERT INTO place_info(place_id, name, country, admin1, level, lat, lon) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(place_id) DO UPDATE SET "
    "name = excluded.name, country = excluded.country, admin1 = excluded.admin1, "
    "level = excluded.level, lat = excluded.lat, lon = excluded.lon"
)
#: The columns of an ``event_areas`` row.
EVENT_AREA_COLUMNS = ("article_id", "kind", "key", "day", "type", "lo", "hi")


def _null(value: object) -> bool:
    """What the database stores as NULL: None, and a float NaN."""
    return value is None or (isinstance(value, float) and value != value)


def area_pairs(mentions: Sequence[tuple[Any, ...]]) -> dict[tuple[str, str], int]:
    """(kind, key) -> mentions of one article, as ``_AREA_PAIRS`` counts them in SQL, from its
    mention rows (``records.mention_rows``: no article id)."""
    out: dict[tuple[str, str], int] = {}
    for m in mentions:
        place_id, country, admin1, level, lat = m[3], m[5], m[6], m[7], m[8]
        if level in COUNTED_LEVELS:
            if country is not None and not _null(country):
                out[("country", country)] = out.get(("country", country), 0) + 1
            if admin1 is not None and not _null(admin1):
                out[("admin1", admin1)] = out.get(("admin1", admin1), 0) + 1
        if level in PLACE_LEVELS and not _null(lat):
            out[("place", place_id)] = out.get(("place", place_id), 0) + 1
    return out


def event_area_keys(
    countries: str | None, place_ids: str | None, admin1_of: dict[str, str]
) -> list[tuple[str, str]]:
    """The (kind, key) areas one event counts for, from its stored ``countries`` and
    ``place_ids`` columns: each of its countries, and the admin-1 unit of each of its places
    (``admin1_of`` maps place ids to units), without repeats."""
    keys = dict.fromkeys(("country", c) for c in split_codes(countries))
    for place_id in split_codes(place_ids):
        unit = admin1_of.get(place_id)
        if unit:
            keys.setdefault(("admin1", unit))
    return list(keys)


#: One stored article as the roll-ups take it: id, ISO publication date ('' when undated),
#: and its mention and event rows without the id (``records.ArticleRows``).
Stored = tuple[int, str, Sequence[tuple[Any, ...]], Sequence[tuple[Any, ...]]]


def add_articles(db: Db, stored: Sequence[Stored]) -> list[dict[tuple[str, str], int]]:
    """Add stored articles' mentions and events to the area roll-ups, in one bulk load per
    table; returns each article's (kind, key) -> mentions pairs, in order."""
    out: list[dict[tuple[str, str], int]] = []
    pair_rows: list[tuple[Any, ...]] = []
    area_rows: list[tuple[Any, ...]] = []
    days: dict[tuple[str, str, str], list[int]] = {}
    places: dict[str, tuple[Any, ...]] = {}
    for article_id, published, mentions, events in stored:
        pairs = area_pairs(mentions)
        out.append(pairs)
        for (kind, key), n in pairs.items():
            pair_rows.append((article_id, kind, key, published, n))
            day = days.setdefault((kind, published, key), [0, 0, 0])
            day[0] += 1
            day[1] += n
        admin1_of = {m[3]: m[6] for m in mentions if m[6]}
        for e in events:  # date, precision, ..., type, countries, place_ids at 0, 1, 6, 7, 8
            lo, hi = event_bounds(e[0], e[1]) or (None, None)
            for kind, key in event_area_keys(e[7], e[8], admin1_of):
                area_rows.append((article_id, kind, key, published, e[6], lo, hi))
                days.setdefault((kind, published, key), [0, 0, 0])[2] += 1
        for m in mentions:  # the last mention of a place wins
            places[m[3]] = m[3:10]
    if pair_rows:
        db.insert_rows("article_areas", ("article_id", "kind", "key", "day", "mentions"), pair_rows)
    if area_rows:
        db.insert_rows("event_areas", EVENT_AREA_COLUMNS, area_rows)
    if days:
        db.executemany(_ADD["area_days"], [(*area, *counts) for area, counts in days.items()])
        db.executemany(_ADD["area_months"], _by_month(days))
    if places:
        db.executemany(_ADD_PLACES, list(places.values()))
    return out


def _by_month(days: dict[tuple[str, str, str], list[int]]) -> list[tuple[Any, ...]]:
    """Per-day counts (kind, day, key) -> [articles, mentions, events] summed per month."""
    months: dict[tuple[str, str, str], list[int]] = {}
    for (kind, day, key), (arts, ments, evs) in days.items():
        month = months.setdefault((kind, day[:7], key), [0, 0, 0])
        month[0] += arts
        month[1] += ments
        month[2] += evs
    return [(*area, *counts) for area, counts in months.items()]


def take_away(db: Db, article_id: int) -> None:
    """Take one article's share out of ``area_days`` and ``area_months`` (its own area rows
    stay, for the event cells to read, until ``forget``)."""
    for unapply, prune in zip(_UNAPPLY, _PRUNE, strict=True):
        db.execute(unapply, (article_id, article_id))
        db.execute(prune, (article_id, article_id))


def forget(db: Db, article_id: int) -> None:
    """Delete one article's own area rows (after ``take_away``)."""
    db.execute("DELETE FROM event_areas WHERE article_id = ?", (article_id,))
    db.execute("DELETE FROM article_areas WHERE article_id = ?", (article_id,))


def rebuild(db: Db) -> None:
    """Recompute every roll-up, the timeline cells included, from the stored mentions and
    events; the caller holds the write transaction."""
    rebuild_areas(db)
    cells.rebuild(db)


def rebuild_areas(db: Db) -> None:
    """Recompute the area roll-ups (all but the timeline cells) from the stored rows."""
    for table in ("area_days", "area_months", "article_areas", "event_areas", "place_info"):
        db.execute(f"DELETE FROM {table}")
    order = db.dialect.write_order
    db.execute(
        "INSERT INTO place_info(place_id, name, country, admin1, level, lat, lon) "
        "SELECT place_id, name, country, admin1, level, lat, lon FROM mentions "
        f"WHERE {order} IN (SELECT MAX({order}) FROM mentions GROUP BY place_id)"
    )
    db.execute("INSERT INTO article_areas(article_id, kind, key, day, mentions) " + _AREA_PAIRS)
    db.insert_rows("event_areas", EVENT_AREA_COLUMNS, _event_area_rows(db))
    db.execute(
        "INSERT INTO area_days(kind, day, key, articles, mentions, events) "
        + _CONTRIBUTIONS.format(pairs="1 = 1", events="1 = 1")
    )
    db.execute(
        "INSERT INTO area_months(kind, month, key, articles, mentions, events) "
        "SELECT kind, substr(day, 1, 7), key, SUM(articles), SUM(mentions), SUM(events) "
        "FROM area_days GROUP BY kind, substr(day, 1, 7), key"
    )


def _event_area_rows(db: Db) -> list[tuple[Any, ...]]:
    """Every stored event's ``event_areas`` rows, as ``add_articles`` writes them."""
    # Each article's own mentions say which unit its event places lie in, as at insert.
    admin1_of: dict[int, dict[str, str]] = {}
    for article_id, place_id, admin1 in db.rows(
        "SELECT article_id, place_id, admin1 FROM mentions WHERE admin1 IS NOT NULL AND "
        "article_id IN (SELECT article_id FROM events WHERE place_ids != '')"
    ):
        admin1_of.setdefault(article_id, {})[place_id] = admin1
    rows: list[tuple[Any, ...]] = []
    for article_id, day, date_, precision, type_, countries, place_ids in db.rows(
        "SELECT e.article_id, COALESCE(a.published, ''), e.date, e.precision, e.type, "
        "e.countries, e.place_ids FROM events e JOIN articles a ON a.id = e.article_id"
    ):
        keys = event_area_keys(countries, place_ids, admin1_of.get(article_id, {}))
        lo, hi = event_bounds(date_, precision) or (None, None)
        rows.extend((article_id, kind, key, day, type_, lo, hi) for kind, key in keys)
    return rows
