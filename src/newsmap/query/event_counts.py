"""Events per area for the map: the selection's events (``newsmap.query.events``) counted once
for each country or admin-1 unit they are placed in, in SQL.

``event_areas`` holds one row per event and area, with its article's day (``day``) and the
first and last day its own date can mean (``lo``, ``hi``).  An event is counted when its
article is selected and its span overlaps the date range.  Two ways give that same count, each
reading fewer rows where it is used:

- the rows of the selected articles, each checked (any filter, or a narrow date range);
- for dates alone over most of the store: every event of the range's days from the roll-ups
  (``area_months``/``area_days``, which count ``event_areas`` rows), less the rows of those
  days whose span ends before the range or starts after it (index on kind, hi).  News mostly
  reports on the days just before it, so in the opening view the events to take away are the
  few dated before the first article (10,000 rows where the range holds 190,000 of one kind
  at a million mentions).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from newsmap.query.filters import Filters
from newsmap.query.lists import date_bounds
from newsmap.query.periods import rollup_rows
from newsmap.query.sql import Runner, article_where, dates_only, day_where, each_selected
from newsmap.store.dialect import Forms

#: Past this share of the store's days a date range is counted by taking away (see above).
SUBTRACT_FROM = 0.5


def event_counts(run: Runner, f: Filters, level: str) -> pd.DataFrame:
    """Events of the selection per country (each of ``Event.countries``) or admin-1 unit (of
    each of its places), an event counting once for each area: rows (key, n), by key."""
    if dates_only(f) and _covers_most(run, f):
        return subtracted_counts(run, f, level)
    return selected_counts(run, f, level)


def selected_counts(run: Runner, f: Filters, level: str) -> pd.DataFrame:
    """The counts over the rows of the selected articles (any filters)."""
    where, chosen = article_where(f)
    own, params = _own_clauses(f)
    head = f"SELECT x.key AS key, COUNT(*) AS n FROM {each_selected(where, 'event_areas')} "
    tail = f"{own} GROUP BY x.key ORDER BY x.key"
    # Each selected article's rows by its id.  SQLite takes the kind as a way into the
    # (kind, hi) index and scans it for every article, unless it compares ``kind || ''``,
    # which PostgreSQL could then not look up in the (article_id, kind) index.
    sql = Forms(head + "AND x.kind || '' = ?" + tail, postgresql=head + "AND x.kind = ?" + tail)
    return run(sql, [*chosen, level, *params])


def _own_clauses(f: Filters) -> tuple[str, list[Any]]:
    """What an event itself must be (its span overlaps the range, its type is chosen), as
    `` AND ...`` clauses on ``event_areas`` (alias x)."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.date_from:
        clauses.append("x.hi >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to:
        clauses.append("x.lo <= ?")
        params.append(f.date_to.isoformat())
    if f.event_types:
        clauses.append(f"x.type IN ({','.join('?' * len(f.event_types))})")
        params.extend(f.event_types)
    return "".join(f" AND {clause}" for clause in clauses), params


def subtracted_counts(run: Runner, f: Filters, level: str) -> pd.DataFrame:
    """The counts as every event of the range's days (the roll-ups) less those whose span
    misses the range (dates alone, no event types)."""
    rows, params = rollup_rows(f, level)
    parts = [f"SELECT r.key AS key, r.events AS n FROM ({rows}) r"]
    days, day_params = day_where(f, "x.day")
    head = "SELECT x.key AS key, -COUNT(*) AS n FROM event_areas x WHERE x.kind = ? AND "
    misses: list[tuple[str, list[Any]]] = []
    if f.date_from:
        misses.append(("x.hi < ?", [f.date_from.isoformat()]))
    if f.date_to:  # a span that starts after the range also ends after it
        misses.append(("x.hi > ? AND x.lo > ?", [f.date_to.isoformat()] * 2))
    if f.date_from or f.date_to:
        misses.append(("x.hi IS NULL", []))
    for clause, more in misses:
        parts.append(f"{head}{clause} AND {days} GROUP BY x.key")
        params += [level, *more, *day_params]
    sql = (
        f"SELECT t.key AS key, SUM(t.n) AS n FROM ({' UNION ALL '.join(parts)}) t "
        "GROUP BY t.key HAVING SUM(t.n) > 0 ORDER BY t.key"
    )
    return run(sql, params)


def _covers_most(run: Runner, f: Filters) -> bool:
    """Whether the date range spans at least ``SUBTRACT_FROM`` of the days between the
    store's first and last publication date (all of them without a range)."""
    if not (f.date_from or f.date_to):
        return True
    first, last = date_bounds(run)
    if first is None or last is None:
        return False
    start = max(first, f.date_from) if f.date_from else first
    end = min(last, f.date_to) if f.date_to else last
    return start <= end and (end - start).days + 1 >= SUBTRACT_FROM * ((last - first).days + 1)
