"""The event selection, defined once: which dated reports a selection holds.

Articles are selected by their publication date and every other filter (``article_where``).
Events are the dated reports *of those articles* whose own date overlaps the date range and,
when event types are chosen, whose type is one of them.  The page's event figure, the
timeline, the map's event counts and the exported events table all count this one set, so
every exported event row joins an exported article.

A report of the same day and type in an article published outside the range is not in the
selection; `dot_reports` still lists it beside a timeline dot, marked as outside, so the
analyst sees every report behind the dot.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pandas as pd

from newsmap.dots import axis_place, event_span
from newsmap.query.filters import Filters
from newsmap.query.sql import Runner, article_where

#: The event columns the selection reads unless asked for others.
EVENT_COLUMNS = ("article_id", "start", "date", "precision", "type", "countries", "place_ids")


def _event_where(f: Filters, dated: bool) -> tuple[str, list[Any]]:
    """Events of the articles `f` keeps (by publication date when `dated`), narrowed in SQL to
    dates that can overlap the range (a decade starts up to nine years before it)."""
    where, params = article_where(f if dated else f.with_(date_from=None, date_to=None))
    clauses = [where]
    if f.date_from:
        clauses.append("e.date >= ?")
        params.append(str(f.date_from.year - 9))
    if f.date_to:
        clauses.append("e.date <= ?")
        params.append(f.date_to.isoformat())
    if f.event_types:
        clauses.append(f"e.type IN ({','.join('?' * len(f.event_types))})")
        params.extend(f.event_types)
    return " AND ".join(clauses), params


def overlaps(frame: pd.DataFrame, lo: date | None, hi: date | None) -> pd.Series:
    """Which rows' event date (``date``, ``precision``) overlaps [lo, hi]; an event date the
    timeline cannot place (a malformed one) never does."""
    if frame.empty:
        return pd.Series(dtype=bool, index=frame.index)
    pairs = list(zip(frame["date"].tolist(), frame["precision"].tolist(), strict=True))
    spans: dict[tuple[Any, Any], tuple[date, date] | None] = {}
    for pair in set(pairs):
        try:
            spans[pair] = event_span(str(pair[0]), str(pair[1] or "day"))
        except ValueError:
            spans[pair] = None
    keep = []
    for pair in pairs:
        span = spans[pair]
        keep.append(
            span is not None and (lo is None or span[1] >= lo) and (hi is None or span[0] <= hi)
        )
    return pd.Series(keep, index=frame.index, dtype=bool)


def selected_events(
    run: Runner, f: Filters, columns: Sequence[str] = EVENT_COLUMNS, *, extra: str = ""
) -> pd.DataFrame:
    """The selection's events (see the module's docstring): `columns` of ``events`` (alias
    e), plus any `extra` select list over ``articles`` (alias a), in store order."""
    where, params = _event_where(f, dated=True)
    wanted = list(dict.fromkeys([*columns, "date", "precision"]))  # the overlap needs both
    cols = ", ".join(f"e.{c}" if c != "end" else 'e."end"' for c in wanted)
    # The selected articles first, each one's events by its id: SQLite would otherwise walk
    # the events' date index over every event of the years the range can reach (570 ms for
    # a quarter's 12,000 reports at a million mentions; 26 ms this way round).
    sql = (
        f"SELECT {cols}{', ' + extra if extra else ''} FROM articles a CROSS JOIN events e "
        f"WHERE e.article_id = a.id AND {where} ORDER BY e.article_id, e.start"
    )
    frame = run(sql, params)
    if frame.empty or not (f.date_from or f.date_to):
        return frame.reset_index(drop=True)
    return frame[overlaps(frame, f.date_from, f.date_to)].reset_index(drop=True)


def dot_reports(
    run: Runner,
    f: Filters,
    day_lo: date,
    day_hi: date,
    type_: str,
    *,
    exact: tuple[str, str] | None = None,
) -> pd.DataFrame:
    """Every report behind a timeline dot: events of `type_` placed on the axis between
    `day_lo` and `day_hi` (or, for a span, of the `exact` (date, precision)), from articles
    that pass every filter but the dates, with ``in_selection`` False for those whose article
    was published outside the range."""
    wide = f.with_(date_from=day_lo, date_to=day_hi, event_types=(type_,))
    where, params = _event_where(wide, dated=False)
    chosen, chosen_params = article_where(f)
    rows = run(
        "SELECT e.date, e.precision, e.type, e.sentence, a.id AS article_id, a.title, a.source, "
        f"a.url, a.published, CASE WHEN {chosen} THEN 1 ELSE 0 END AS in_selection "
        f"FROM events e JOIN articles a ON a.id = e.article_id WHERE {where} "
        "ORDER BY e.date, a.published, a.id, e.start",
        [*chosen_params, *params],
    )
    if rows.empty:
        return rows
    if exact is not None:
        rows = rows[(rows["date"] == exact[0]) & (rows["precision"] == exact[1])]
    else:
        pairs = zip(rows["date"].tolist(), rows["precision"].tolist(), strict=True)
        place = [axis_place(str(d), str(p or "day")) for d, p in pairs]
        day = pd.Series([a[0] if a else "" for a in place], index=rows.index)
        day_precise = rows["precision"].fillna("day").isin(["day", ""])
        rows = rows[day_precise & (day >= day_lo.isoformat()) & (day <= day_hi.isoformat())]
    return rows.assign(in_selection=rows["in_selection"].astype(bool)).reset_index(drop=True)
