"""Filters in, pandas frames out: what the dashboard, the exports and the CLI ask of the store.

The SQL is built here as text plus parameters (never string-formatted values), and run by
whatever ``run(sql, params) -> DataFrame`` callable the caller passes, normally
``Store.query_frame``.  Keeping the SQL apart from the connection lets the same filters
drive the dashboard, ``newsmap export`` and the tests.

The map's aggregates (counts per area, marker counts) read the store's per-day roll-ups
(``area_days``, see ``newsmap.store``) whenever the filters are dates alone, which makes them
independent of how many mentions are stored; other filters (sources, text, units, event
types) need the article rows and fall back to plain SQL over ``mentions``.  Both paths give
the same answer: ``tests/unit/test_rollup.py`` compares them on random filters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import pandas as pd

from newsmap.errors import InvalidFilterError
from newsmap.model import EVENT_TYPES
from newsmap.store import COUNTED_LEVELS  # noqa: F401  (re-exported: levels that paint an area)

Runner = Callable[[str, Sequence[Any]], pd.DataFrame]

METRICS = ("articles", "mentions", "events")
LEVELS = ("country", "admin1")
_CODE = re.compile(r"^[A-Z]{2}$")
#: Ids bound per statement when reading articles by id (SQLite allows 32,766 since 3.32).
_CHUNK = 900


@dataclass(frozen=True)
class Filters:
    """What an analyst selected. Empty tuples mean "no restriction"."""

    date_from: date | None = None
    date_to: date | None = None
    include_undated: bool = True
    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    text: str = ""
    place_ids: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InvalidFilterError(
                f"date range is reversed: from {self.date_from} is after to {self.date_to}"
            )
        for code in self.countries:
            if not _CODE.match(code):
                raise InvalidFilterError(
                    f"country {code!r} is not an ISO alpha-2 code (Kosovo is XK)"
                )
        for kind in self.event_types:
            if kind not in EVENT_TYPES:
                raise InvalidFilterError(
                    f"event type {kind!r} is not one of {', '.join(EVENT_TYPES)}"
                )

    def with_(self, **changes: Any) -> Filters:
        """A copy with some fields changed (the dashboard's click-to-filter)."""
        return replace(self, **changes)

    def summary(self) -> str:
        """One human line for map titles and export captions."""
        parts = []
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or '…'} to {self.date_to or '…'}")
        else:
            parts.append("all dates")
        parts.append(", ".join(self.countries) if self.countries else "all countries")
        if self.admin1:
            parts.append("units: " + ", ".join(self.admin1))
        if self.event_types:
            parts.append("events: " + ", ".join(self.event_types))
        if self.sources:
            parts.append("sources: " + ", ".join(self.sources))
        if self.text:
            parts.append(f"text: “{self.text}”")
        return "; ".join(parts)


def article_where(f: Filters, alias: str = "a") -> tuple[str, list[Any]]:
    """The WHERE clause selecting the articles a filter keeps."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.date_from or f.date_to:
        span = []
        if f.date_from:
            span.append(f"{alias}.published >= ?")
            params.append(f.date_from.isoformat())
        if f.date_to:
            span.append(f"{alias}.published <= ?")
            params.append(f.date_to.isoformat())
        dated = " AND ".join(span)
        if f.include_undated:
            clauses.append(f"(({dated}) OR {alias}.published IS NULL)")
        else:
            clauses.append(f"({dated})")
    elif not f.include_undated:
        clauses.append(f"{alias}.published IS NOT NULL")
    if f.countries:
        marks = ",".join("?" * len(f.countries))
        levels = ",".join("?" * len(COUNTED_LEVELS))
        clauses.append(
            f"{alias}.id IN (SELECT article_id FROM mentions WHERE country IN ({marks})"
            f" AND level IN ({levels}))"
        )
        params.extend(f.countries)
        params.extend(COUNTED_LEVELS)
    if f.admin1:
        marks = ",".join("?" * len(f.admin1))
        clauses.append(
            f"{alias}.id IN (SELECT article_id FROM mentions WHERE admin1 IN ({marks}))"
        )
        params.extend(f.admin1)
    if f.place_ids:
        marks = ",".join("?" * len(f.place_ids))
        clauses.append(
            f"{alias}.id IN (SELECT article_id FROM mentions WHERE place_id IN ({marks}))"
        )
        params.extend(f.place_ids)
    if f.event_types:
        marks = ",".join("?" * len(f.event_types))
        clauses.append(f"{alias}.id IN (SELECT article_id FROM events WHERE type IN ({marks}))")
        params.extend(f.event_types)
    if f.sources:
        marks = ",".join("?" * len(f.sources))
        clauses.append(f"{alias}.source IN ({marks})")
        params.extend(f.sources)
    if f.text.strip():
        needle = "%" + _escape_like(f.text.strip().lower()) + "%"
        clauses.append(
            f"(lower({alias}.title) LIKE ? ESCAPE '\\' OR lower({alias}.text) LIKE ? ESCAPE '\\')"
        )
        params.extend([needle, needle])
    return (" AND ".join(clauses) or "1=1"), params


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def day_where(f: Filters, column: str = "day") -> tuple[str, list[Any]]:
    """The date part of a filter on a roll-up's day column ('' is an undated article)."""
    span: list[str] = []
    params: list[Any] = []
    if f.date_from:
        span.append(f"{column} >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to:
        span.append(f"{column} <= ?")
        params.append(f.date_to.isoformat())
    if span:
        dated = f"{column} != '' AND " + " AND ".join(span)
        if f.include_undated:
            return f"({column} = '' OR ({dated}))", params
        return f"({dated})", params
    return ("1=1" if f.include_undated else f"{column} != ''"), params


def _dates_only(f: Filters, *, countries_ok: bool = False) -> bool:
    """True when the roll-ups can answer: no filter but dates (and, where the caller says
    so, countries)."""
    return not (
        (f.countries and not countries_ok)
        or f.admin1
        or f.place_ids
        or f.event_types
        or f.sources
        or f.text.strip()
    )


def counts(
    run: Runner, f: Filters, *, level: str = "country", metric: str = "articles"
) -> pd.Series:
    """Counts per country code (or admin-1 id) of the filtered articles, mentions or events.

    A metonymic capital counts for its country; region-level words count for nothing.  An
    event counts for the countries and admin-1 units its own sentence names (``Event.countries``
    and the units of ``Event.place_ids``), not for every area its article names.

    A country filter keeps the articles naming one of the countries; at country level only
    those countries are shown, and each one's count is the same with or without the filter
    (every article naming it is kept), which lets the roll-ups answer that view too.
    """
    if level not in LEVELS:
        raise InvalidFilterError(f"level {level!r} is not one of {', '.join(LEVELS)}")
    if metric not in METRICS:
        raise InvalidFilterError(f"metric {metric!r} is not one of {', '.join(METRICS)}")
    if _dates_only(f, countries_ok=level == "country" and metric != "events"):
        frame = _rollup_counts(run, f, level, metric)
    else:
        frame = _plain_counts(run, f, level, metric)
    if frame.empty:
        return pd.Series(dtype="int64", name=metric)
    series = frame.set_index("key")["n"].astype("int64")
    series.name = metric
    if f.countries and level == "country":
        series = series[series.index.isin(f.countries)]
    return series.sort_values(ascending=False, kind="stable")


def _rollup_counts(run: Runner, f: Filters, level: str, metric: str) -> pd.DataFrame:
    days, params = day_where(f)
    sql = (
        f"SELECT key, SUM({metric}) AS n FROM area_days WHERE kind = ? AND {days} "
        "GROUP BY key HAVING n > 0 ORDER BY key"
    )
    return run(sql, [level, *params])


def _plain_counts(run: Runner, f: Filters, level: str, metric: str) -> pd.DataFrame:
    """The same counts from the article rows, for filters the roll-ups cannot answer."""
    where, params = article_where(f)
    if metric == "events":
        sql = (
            "SELECT ea.key AS key, COUNT(*) AS n FROM event_areas ea "
            f"JOIN articles a ON a.id = ea.article_id WHERE ea.kind = ? AND {where} "
            "GROUP BY ea.key ORDER BY ea.key"
        )
        return run(sql, [level, *params])
    key = "m.country" if level == "country" else "m.admin1"
    levels = ",".join("?" * len(COUNTED_LEVELS))
    agg = "COUNT(DISTINCT m.article_id)" if metric == "articles" else "COUNT(*)"
    sql = (
        f"SELECT {key} AS key, {agg} AS n FROM mentions m "
        f"JOIN articles a ON a.id = m.article_id "
        f"WHERE m.level IN ({levels}) AND {key} IS NOT NULL AND {where} GROUP BY {key} "
        f"ORDER BY {key}"
    )
    return run(sql, [*COUNTED_LEVELS, *params])


def articles(run: Runner, f: Filters, *, limit: int | None = None) -> pd.DataFrame:
    """The filtered articles, newest first, with their mentioned region countries."""
    where, params = article_where(f)
    sql = (
        "SELECT a.id, a.title, a.source, a.url, a.published, a.language, a.text, "
        "(SELECT group_concat(DISTINCT m.country) FROM mentions m WHERE m.article_id = a.id "
        " AND m.level != 'region' AND m.country IS NOT NULL) AS countries "
        f"FROM articles a WHERE {where} ORDER BY a.published IS NULL, a.published DESC, a.id"
    )
    if limit:
        sql += " LIMIT ?"
        params = [*params, int(limit)]
    return run(sql, params)


def mentions(run: Runner, f: Filters) -> pd.DataFrame:
    """Every place mention in the filtered articles."""
    where, params = article_where(f)
    sql = (
        "SELECT m.* FROM mentions m JOIN articles a ON a.id = m.article_id "
        f"WHERE {where} ORDER BY m.article_id, m.start"
    )
    return run(sql, params)


def events(run: Runner, f: Filters) -> pd.DataFrame:
    """Dated events of the filtered articles, whose own date overlaps the date filter."""
    where, params = article_where(f.with_(date_from=None, date_to=None))
    sql = (
        "SELECT e.*, a.title, a.source, a.url, a.published FROM events e "
        f"JOIN articles a ON a.id = e.article_id WHERE {where} ORDER BY e.date"
    )
    frame = run(sql, params)
    if frame.empty or not (f.date_from or f.date_to):
        return frame
    # One pass over plain lists: a row-wise DataFrame.apply costs seconds on 70,000 events.
    spans = [event_span(d, p) for d, p in zip(frame["date"], frame["precision"], strict=True)]
    keep = [
        (f.date_from is None or hi >= f.date_from) and (f.date_to is None or lo <= f.date_to)
        for lo, hi in spans
    ]
    return frame[keep].reset_index(drop=True)


def places(run: Runner, f: Filters) -> pd.DataFrame:
    """Cities and sites with their article counts and coordinates, for the marker layer."""
    if _dates_only(f):
        days, params = day_where(f, "r.day")
        sql = (
            "SELECT p.place_id, p.name, p.country, p.admin1, p.level, p.lat, p.lon, t.count "
            "FROM (SELECT r.key, SUM(r.articles) AS count FROM area_days r "
            f"WHERE r.kind = 'place' AND {days} GROUP BY r.key HAVING count > 0) t "
            "JOIN place_info p ON p.place_id = t.key ORDER BY t.count DESC, p.place_id"
        )
        return run(sql, params)
    where, params = article_where(f)
    sql = (
        "SELECT m.place_id, p.name, p.country, p.admin1, p.level, p.lat, p.lon, "
        "COUNT(DISTINCT m.article_id) AS count FROM mentions m "
        "JOIN articles a ON a.id = m.article_id JOIN place_info p ON p.place_id = m.place_id "
        f"WHERE m.level IN ('city', 'site') AND m.lat IS NOT NULL AND {where} "
        "GROUP BY m.place_id ORDER BY count DESC, m.place_id"
    )
    return run(sql, params)


def place_articles(run: Runner, f: Filters, *, per_place: int = 5) -> pd.DataFrame:
    """The newest `per_place` articles per place, for marker popups.

    Two steps instead of one window function over every (place, article) pair with its title
    and URL: rank the slim pairs first, then read the text columns of the few winners only.
    On 10,000 articles this is several times faster.
    """
    columns = ["place_id", "title", "url", "source", "published"]
    if per_place < 1:
        raise ValueError(f"per_place must be at least 1, not {per_place}")
    where, params = article_where(f)
    pairs = run(
        "SELECT DISTINCT m.place_id, a.id, a.published FROM mentions m "
        "JOIN articles a ON a.id = m.article_id "
        f"WHERE m.level IN ('city', 'site') AND {where}",
        params,
    )
    if pairs.empty:
        return pd.DataFrame(columns=columns)
    newest = pairs.sort_values(
        ["place_id", "published", "id"], ascending=[True, False, True], na_position="last"
    )
    top = newest.groupby("place_id", sort=False).head(per_place)
    meta = _articles_by_id(run, sorted({int(i) for i in top["id"]}), ["title", "url", "source"])
    out = top.merge(meta, on="id", how="left")
    return out[columns].reset_index(drop=True)


def _articles_by_id(run: Runner, ids: Sequence[int], columns: Sequence[str]) -> pd.DataFrame:
    """Some columns of the given articles, read in chunks that stay under SQLite's limit of
    bound parameters per statement."""
    cols = ", ".join(f"a.{c}" for c in columns)
    frames = []
    for i in range(0, len(ids), _CHUNK):
        chunk = list(ids[i : i + _CHUNK])
        marks = ",".join("?" * len(chunk))
        frames.append(run(f"SELECT a.id, {cols} FROM articles a WHERE a.id IN ({marks})", chunk))
    if not frames:
        return pd.DataFrame(columns=["id", *columns])
    return pd.concat(frames, ignore_index=True)


def published_dates(run: Runner, f: Filters) -> pd.Series:
    """The publication date of every filtered article (None when undated), for the timeline's
    weekly bars: one narrow column instead of the articles with their text."""
    where, params = article_where(f)
    frame = run(f"SELECT a.published FROM articles a WHERE {where}", params)
    if frame.empty:
        return pd.Series(dtype=object, name="published")
    return frame["published"]


def sources(run: Runner) -> list[str]:
    """Every source in the store, for the sidebar."""
    frame = run("SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY 1", [])
    return frame["source"].tolist() if not frame.empty else []


def date_bounds(run: Runner) -> tuple[date | None, date | None]:
    """First and last publication date in the store."""
    frame = run("SELECT MIN(published) AS lo, MAX(published) AS hi FROM articles", [])
    if frame.empty or frame.iloc[0]["lo"] is None or pd.isna(frame.iloc[0]["lo"]):
        return None, None
    return date.fromisoformat(str(frame.iloc[0]["lo"])[:10]), date.fromisoformat(
        str(frame.iloc[0]["hi"])[:10]
    )


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


def mentions_of(run: Runner, article_ids: Sequence[int]) -> pd.DataFrame:
    """The mentions of a few articles (the page of the article list being shown)."""
    ids = [int(i) for i in article_ids]
    if not ids:
        return pd.DataFrame(columns=["article_id", "start", "end", "level", "country"])
    marks = ",".join("?" * len(ids))
    sql = (
        'SELECT article_id, start, "end", level, country FROM mentions '
        f"WHERE article_id IN ({marks}) ORDER BY article_id, start"
    )
    return run(sql, ids)
