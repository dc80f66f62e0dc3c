"""What the map paints: counts per country or admin-1 unit, and the place markers with the
newest articles for their popups.

These aggregates read the store's per-month and per-day roll-ups (``area_months``,
``area_days``, see ``newsmap.store.rollups`` and ``newsmap.query.periods``) whenever the
filters are dates alone, which makes them independent of how many mentions are stored; other
filters (sources, text, units) count over the selected articles' rows in ``article_areas``.
Events count over ``event_areas`` (``newsmap.query.events``).  Both paths give the same
answer: ``tests/unit/test_rollup.py`` compares them on random filters.
"""

from __future__ import annotations

import pandas as pd

from newsmap.errors import InvalidFilterError
from newsmap.query.event_counts import event_counts
from newsmap.query.filters import Filters
from newsmap.query.periods import rollup_rows
from newsmap.query.sql import Runner, article_where, dates_only, day_where, each_selected
from newsmap.store.dialect import Forms

METRICS = ("articles", "mentions", "events")
LEVELS = ("country", "admin1")


def counts(
    run: Runner, f: Filters, *, level: str = "country", metric: str = "articles"
) -> pd.Series:
    """Counts per country code (or admin-1 id) of the filtered articles, mentions or events.

    A metonymic capital counts for its country; region-level words count for nothing.  An
    event counts for the countries and admin-1 units its own sentence names (``Event.countries``
    and the units of ``Event.place_ids``), not for every area its article names; the events
    counted are the selection's (``query.events``: by their own date, of the selected
    articles).

    A country filter keeps the articles naming one of the countries; at country level only
    those countries are shown, and each one's count is the same with or without the filter
    (every article naming it is kept), which lets the roll-ups answer that view too.
    """
    if level not in LEVELS:
        raise InvalidFilterError(f"level {level!r} is not one of {', '.join(LEVELS)}")
    if metric not in METRICS:
        raise InvalidFilterError(f"metric {metric!r} is not one of {', '.join(METRICS)}")
    if metric == "events":
        # Events by their own date (``query.events``): the roll-ups count by the article's.
        frame = event_counts(run, f, level)
    elif dates_only(f, countries_ok=level == "country"):
        frame = rollup_counts(run, f, level, metric)
    else:
        frame = plain_counts(run, f, level, metric)
    if frame.empty:
        return pd.Series(dtype="int64", name=metric)
    series = frame.set_index("key")["n"].astype("int64")
    series.name = metric
    if f.countries and level == "country":
        series = series[series.index.isin(f.countries)]
    return series.sort_values(ascending=False, kind="stable")


def rollup_counts(run: Runner, f: Filters, level: str, metric: str) -> pd.DataFrame:
    """The counts of ``counts`` from the per-month and per-day roll-ups (filters of dates
    alone)."""
    rows, params = rollup_rows(f, level)
    sql = (
        f"SELECT r.key AS key, SUM(r.{metric}) AS n FROM ({rows}) r "
        f"GROUP BY r.key HAVING SUM(r.{metric}) > 0 ORDER BY r.key"
    )
    return run(sql, params)


def plain_counts(run: Runner, f: Filters, level: str, metric: str) -> pd.DataFrame:
    """The same counts over the selected articles' rows in ``article_areas`` (one per article
    and area), for filters the per-day roll-ups cannot answer (articles and mentions; events
    are counted by ``query.event_counts``)."""
    where, params = article_where(f)
    table, agg = {
        "articles": ("article_areas", "COUNT(*)"),
        "mentions": ("article_areas", "SUM(x.mentions)"),
    }[metric]
    sql = (
        f"SELECT x.key AS key, {agg} AS n FROM {each_selected(where, table)} "
        "AND x.kind = ? GROUP BY x.key ORDER BY x.key"
    )
    return run(sql, [*params, level])


def places(run: Runner, f: Filters) -> pd.DataFrame:
    """Cities and sites with their article counts and coordinates, for the marker layer."""
    if dates_only(f):
        rows, params = rollup_rows(f, "place")
        sql = (
            "SELECT p.place_id, p.name, p.country, p.admin1, p.level, p.lat, p.lon, t.count "
            f"FROM (SELECT r.key, SUM(r.articles) AS count FROM ({rows}) r "
            "GROUP BY r.key HAVING SUM(r.articles) > 0) t "
            "JOIN place_info p ON p.place_id = t.key ORDER BY t.count DESC, p.place_id"
        )
        return run(sql, params)
    where, params = article_where(f)
    sql = (
        "SELECT p.place_id, p.name, p.country, p.admin1, p.level, p.lat, p.lon, t.count "
        "FROM (SELECT x.key, COUNT(*) AS count FROM "
        f"{each_selected(where, 'article_areas')} AND x.kind = 'place' GROUP BY x.key) t "
        "JOIN place_info p ON p.place_id = t.key ORDER BY t.count DESC, p.place_id"
    )
    return run(sql, params)


def place_articles(run: Runner, f: Filters, *, per_place: int = 5) -> pd.DataFrame:
    """The newest `per_place` articles per marker place (a city or site with coordinates),
    for marker popups.

    Each place reads its own few rows off the ``article_areas`` index (place, day newest
    first, article id), stopping after `per_place` matches, instead of ranking every
    (place, article) pair of the selection: a popular place has thousands of articles.
    SQLite runs that as a correlated ``IN (... LIMIT n)`` once per place; PostgreSQL would
    run the same once per pair of rows, and takes it as a LATERAL join.
    """
    columns = ["place_id", "title", "url", "source", "published"]
    if per_place < 1:
        raise ValueError(f"per_place must be at least 1, not {per_place}")
    days, params = day_where(f, "y.day")
    if not dates_only(f):
        where, more = article_where(f)
        days += f" AND y.article_id IN (SELECT a.id FROM articles a WHERE {where})"
        params += more
    newest = (
        "SELECT y.article_id FROM article_areas y "
        f"WHERE y.kind = 'place' AND y.key = p.place_id AND {days} "
        "ORDER BY y.day DESC, y.article_id LIMIT ?"
    )
    head = "SELECT p.place_id, a.id, a.title, a.url, a.source, a.published FROM place_info p "
    frame = run(
        Forms(
            head + f"JOIN articles a ON a.id IN ({newest})",
            postgresql=head
            + f"CROSS JOIN LATERAL ({newest}) n JOIN articles a ON a.id = n.article_id",
        ),
        [*params, int(per_place)],
    )
    if frame.empty:
        return pd.DataFrame(columns=columns)
    newest_first = frame.sort_values(
        ["place_id", "published", "id"], ascending=[True, False, True], na_position="last"
    )
    return newest_first[columns].reset_index(drop=True)
