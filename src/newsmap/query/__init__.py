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
from newsmap.store import (
    COUNTED_LEVELS,  # noqa: F401  (re-exported: levels that paint an area)
    EVENT_SCOPES,
    KEY_SPAN,
    report_group,
)
from newsmap.store import event_span as event_span  # re-exported: what an event date can mean

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
    #: City and site markers (place ids): articles naming one of them.
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
        if self.date_from and self.date_to:
            parts.append(f"{self.date_from} to {self.date_to}")
        elif self.date_from:
            parts.append(f"from {self.date_from}")
        elif self.date_to:
            parts.append(f"up to {self.date_to}")
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
        # article_areas holds each (article, country) named at a counted level once.
        marks = ",".join("?" * len(f.countries))
        clauses.append(
            f"{alias}.id IN (SELECT article_id FROM article_areas WHERE kind = 'country'"
            f" AND key IN ({marks}))"
        )
        params.extend(f.countries)
    if f.admin1:
        marks = ",".join("?" * len(f.admin1))
        clauses.append(
            f"{alias}.id IN (SELECT article_id FROM article_areas WHERE kind = 'admin1'"
            f" AND key IN ({marks}))"
        )
        params.extend(f.admin1)
    if f.place_ids:
        marks = ",".join("?" * len(f.place_ids))
        clauses.append(
            f"{alias}.id IN (SELECT article_id FROM article_areas WHERE kind = 'place'"
            f" AND key IN ({marks}))"
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
    """The same counts over the selected articles' rows in ``article_areas`` (one per article
    and area) and ``event_areas``, for filters the per-day roll-ups cannot answer."""
    where, params = article_where(f)
    table, agg = {
        "articles": ("article_areas", "COUNT(*)"),
        "mentions": ("article_areas", "SUM(x.mentions)"),
        "events": ("event_areas", "COUNT(*)"),
    }[metric]
    sql = (
        f"SELECT x.key AS key, {agg} AS n FROM {_each_selected(where, table)} "
        "AND x.kind = ? GROUP BY x.key ORDER BY x.key"
    )
    return run(sql, [*params, level])


def _each_selected(where: str, table: str) -> str:
    """A FROM clause: the selected articles first, then each one's rows of `table` (alias x),
    read by article id; the caller appends more ``AND`` conditions on x.

    Why this order: written as ``x.article_id IN (selection)``, SQLite read every row of the
    kind asked for and probed the selection with each, 600,000 place rows to keep 240,000 of
    them for Kosovo. CROSS JOIN keeps the selection in the outer loop: 193 -> 138 ms for
    Kosovo's places at a million mentions, 152 -> 16 ms for a quarter of it.
    """
    return (
        f"(SELECT a.id FROM articles a WHERE {where}) selected "
        f"CROSS JOIN {table} x ON x.article_id = selected.id"
    )


def _mention_counts(run: Runner, f: Filters, level: str, metric: str) -> pd.DataFrame:
    """Articles or mentions per area straight from ``mentions``: what ``article_areas``
    summarises, kept for the tests that check the summary."""
    where, params = article_where(f)
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
    order = "ORDER BY a.published IS NULL, a.published DESC, a.id"
    source = f"articles a WHERE {where}"
    if limit:
        # The page is picked from ids and dates alone: sorting every selected row with its
        # text and its countries (a sub-select each) cost 150 ms on 10,000 articles, for 40.
        source = (
            f"(SELECT a.id FROM articles a WHERE {where} {order} LIMIT ?) page "
            "JOIN articles a ON a.id = page.id"
        )
        params = [*params, int(limit)]
    sql = (
        "SELECT a.id, a.title, a.source, a.url, a.published, a.language, a.text, "
        "(SELECT group_concat(DISTINCT m.country) FROM mentions m WHERE m.article_id = a.id "
        f" AND m.level != 'region' AND m.country IS NOT NULL) AS countries FROM {source} {order}"
    )
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
        f"JOIN articles a ON a.id = e.article_id WHERE {where} "
        'ORDER BY e.date, e.article_id, e.start, e."end"'
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
        "SELECT p.place_id, p.name, p.country, p.admin1, p.level, p.lat, p.lon, t.count "
        "FROM (SELECT x.key, COUNT(*) AS count FROM "
        f"{_each_selected(where, 'article_areas')} AND x.kind = 'place' GROUP BY x.key) t "
        "JOIN place_info p ON p.place_id = t.key ORDER BY t.count DESC, p.place_id"
    )
    return run(sql, params)


def place_articles(run: Runner, f: Filters, *, per_place: int = 5) -> pd.DataFrame:
    """The newest `per_place` articles per marker place (a city or site with coordinates),
    for marker popups.

    Each place reads its own few rows off the ``article_areas`` index (place, day newest
    first, article id), stopping after `per_place` matches, instead of ranking every
    (place, article) pair of the selection: a popular place has thousands of articles.
    """
    columns = ["place_id", "title", "url", "source", "published"]
    if per_place < 1:
        raise ValueError(f"per_place must be at least 1, not {per_place}")
    days, params = day_where(f, "y.day")
    if not _dates_only(f):
        where, more = article_where(f)
        days += f" AND y.article_id IN (SELECT a.id FROM articles a WHERE {where})"
        params += more
    frame = run(
        "SELECT p.place_id, a.id, a.title, a.url, a.source, a.published FROM place_info p "
        "JOIN articles a ON a.id IN (SELECT y.article_id FROM article_areas y "
        f"WHERE y.kind = 'place' AND y.key = p.place_id AND {days} "
        "ORDER BY y.day DESC, y.article_id LIMIT ?)",
        [*params, int(per_place)],
    )
    if frame.empty:
        return pd.DataFrame(columns=columns)
    newest = frame.sort_values(
        ["place_id", "published", "id"], ascending=[True, False, True], na_position="last"
    )
    return newest[columns].reset_index(drop=True)


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


#: Past this many days between the first and last dot, the timeline stacks its dots per week
#: (on the Monday) instead of per day: a thousand-pixel axis puts several days in each pixel.
WEEKLY_AFTER_DAYS = 548
#: Past this many days (three years), per month (on its first day): a week is then narrower
#: than the smallest dot, so weekly dots overlap their neighbours, and the browser would draw
#: (and interpret every encoding of) four times as many dots as it can show apart.
MONTHLY_AFTER_DAYS = 1096


def dot_period(span: pd.Timedelta) -> str:
    """The period the timeline stacks its dots by, for dates spread over `span`."""
    if span > pd.Timedelta(days=MONTHLY_AFTER_DAYS):
        return "month"
    if span > pd.Timedelta(days=WEEKLY_AFTER_DAYS):
        return "week"
    return "day"


def period_start(days: pd.Series, period: str) -> pd.Series:
    """Each date moved to the start of its `period` (a week starts on Monday)."""
    if period == "week":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    if period == "month":
        return days - pd.to_timedelta(days.dt.day - 1, unit="D")
    return days


_DOT_COLUMNS = [
    "day",
    "type",
    "country",
    "sentence",
    "source",
    "title",
    "precision",
    "date",
    "sources",
    "events",
]
_CELL_COLUMNS = [
    "date",
    "precision",
    "type",
    "day",
    "groups",
    "reports",
    "sources",
    "place",
    "top_sources",
    "first_key",
    "country",
]


@dataclass(frozen=True, eq=False)
class TimelineDots:
    """What the timeline draws for a selection, and the figures its caption gives.

    ``points`` has one row per dot: events of one type in one ``period`` (a day, a week or a
    month, see `dot_period`)
    are merged into the dot of the event most articles report (its first report's sentence,
    source and title; ``country`` its first country, '' for none), with ``sources`` the
    reporting articles and ``events`` the distinct events of the spot.  ``reports`` counts
    the dated statements behind them and ``events`` the distinct events (reports merged).
    """

    points: pd.DataFrame
    period: str
    reports: int
    events: int


def timeline_dots(run: Runner, f: Filters) -> TimelineDots:
    """The timeline's dots for the filtered articles' events whose date overlaps the range.

    The same picture as merging ``events(run, f)`` with ``newsmap.events.merge_reports`` and
    stacking them per day or week, read from the store's ``event_spots`` when the filters are
    dates and at most one sidebar country (a few thousand rows instead of every event);
    other filters merge the selected reports here.
    """
    if (
        _dates_only(f, countries_ok=True)
        and f.include_undated
        and len(f.countries) <= 1
        and all(code in EVENT_SCOPES for code in f.countries)
    ):
        cells = _stored_cells(run, f, f.countries[0] if f.countries else "")
    else:
        cells = _merged_cells(run, f)
    if cells.empty:
        return TimelineDots(pd.DataFrame(columns=_DOT_COLUMNS), "day", 0, 0)
    return _dots(run, cells)


def _stored_cells(run: Runner, f: Filters, scope: str) -> pd.DataFrame:
    """Per (date, precision, type) of one scope: its dot's group and totals."""
    sql = f"SELECT {', '.join(_CELL_COLUMNS)} FROM event_spots WHERE scope = ?"
    params: list[Any] = [scope]
    if f.date_from:
        sql += " AND hi >= ?"
        params.append(f.date_from.isoformat())
    if f.date_to:
        sql += " AND lo <= ?"
        params.append(f.date_to.isoformat())
    return run(sql, params)


def _merged_cells(run: Runner, f: Filters) -> pd.DataFrame:
    """The cells of ``_stored_cells`` computed from the selected articles' own events."""
    from newsmap.store import axis_place, first_code

    where, params = article_where(f.with_(date_from=None, date_to=None))
    rows = run(
        "SELECT e.article_id, e.start, e.date, e.precision, e.type, e.countries, e.place_ids "
        f"FROM events e JOIN articles a ON a.id = e.article_id WHERE {where}",
        params,
    )
    if rows.empty:
        return pd.DataFrame(columns=_CELL_COLUMNS)
    keys = [
        report_group(*rec)
        for rec in zip(
            rows["date"],
            rows["precision"],
            rows["type"],
            rows["countries"],
            rows["place_ids"],
            strict=True,
        )
    ]
    group_cols = ["date", "precision", "type", "place"]
    reports = pd.DataFrame(keys, columns=group_cols)
    reports["article_id"] = rows["article_id"].astype("int64")
    reports["order"] = reports["article_id"] * KEY_SPAN + rows["start"].astype("int64")
    reports["country"] = [first_code(c) for c in rows["countries"]]
    reports = reports.sort_values("order", kind="stable")
    by_group = reports.groupby(group_cols, sort=False)
    groups = by_group.agg(
        reports=("order", "size"),
        sources=("article_id", "nunique"),
        first_key=("order", "min"),
    )
    named = reports[reports["country"] != ""].drop_duplicates(group_cols)
    groups = groups.join(named.set_index(group_cols)["country"]).reset_index()
    groups["country"] = groups["country"].fillna("")
    ranked = groups.sort_values(
        ["date", "precision", "type", "sources", "place"],
        ascending=[True, True, True, False, True],
        kind="stable",
    )
    by_cell = ranked.groupby(["date", "precision", "type"], sort=False)
    cells = ranked.drop_duplicates(["date", "precision", "type"]).set_index(
        ["date", "precision", "type"]
    )
    cells = cells.rename(columns={"sources": "top_sources"})
    cells["groups"] = by_cell.size()
    cells["reports"] = by_cell["reports"].sum()
    cells["sources"] = by_cell["sources"].sum()
    cells = cells.reset_index()
    pairs = list(zip(cells["date"], cells["precision"], strict=True))
    where_on_axis = {pair: axis_place(*pair) for pair in set(pairs)}
    axis = [where_on_axis[pair] for pair in pairs]
    cells["day"] = [a[0] if a else None for a in axis]
    lo = pd.Series([a[1] if a else None for a in axis], index=cells.index)
    hi = pd.Series([a[2] if a else None for a in axis], index=cells.index)
    keep = cells["day"].notna()
    if f.date_from:
        keep &= hi >= f.date_from.isoformat()
    if f.date_to:
        keep &= lo <= f.date_to.isoformat()
    return cells[keep][_CELL_COLUMNS].reset_index(drop=True)


def _dots(run: Runner, cells: pd.DataFrame) -> TimelineDots:
    """Cells stacked per period (day, week or month) and type, with their dot's report read
    for hover."""
    day = pd.to_datetime(cells["day"])
    period = dot_period(day.max() - day.min())
    cells = cells.assign(spot=period_start(day, period))
    ranked = cells.sort_values(
        ["spot", "type", "top_sources", "date", "precision", "place"],
        ascending=[True, True, False, True, True, True],
        kind="stable",
    )
    by_spot = ranked.groupby(["spot", "type"], sort=True)
    top = ranked.drop_duplicates(["spot", "type"]).set_index(["spot", "type"])
    top["events"] = by_spot["groups"].sum()
    top["sources"] = by_spot["sources"].sum()
    top = top.reset_index()
    hover = _first_reports(run, [int(k) for k in top["first_key"]])
    top = top.merge(hover, on="first_key", how="left")
    points = pd.DataFrame(
        {
            "day": top["spot"],
            "type": top["type"],
            "country": top["country"].fillna("").astype(str),
            "sentence": top["sentence"].fillna("").astype(str),
            "source": top["source"].fillna("").astype(str),
            "title": top["title"].fillna("").astype(str),
            "precision": top["precision"],
            "date": top["date"],
            "sources": top["sources"].astype("int64"),
            "events": top["events"].astype("int64"),
        }
    )
    return TimelineDots(points, period, int(cells["reports"].sum()), int(cells["groups"].sum()))


def _first_reports(run: Runner, keys: Sequence[int]) -> pd.DataFrame:
    """Sentence, source and title of the reports named by first_key (article id and start),
    in one statement: the keys travel as one JSON array parameter."""
    import json

    frame = run(
        "SELECT k.value AS first_key, e.sentence, a.source, a.title FROM json_each(?) k "
        f"JOIN events e ON e.article_id = k.value / {KEY_SPAN} AND e.start = k.value % {KEY_SPAN} "
        "JOIN articles a ON a.id = e.article_id",
        [json.dumps(sorted(set(keys)))],
    )
    if frame.empty:
        return pd.DataFrame(columns=["first_key", "sentence", "source", "title"])
    return frame.drop_duplicates("first_key")


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
