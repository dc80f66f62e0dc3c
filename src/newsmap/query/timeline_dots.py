"""What the timeline draws: merged event reports stacked into dots per day, week or month.

The rule (which reports merge, where a date sits, the period dots stack by) is
``newsmap.dots``.  The store keeps each scope's dots (``event_spots``, see
``newsmap.store.cells``); a selection of dates and at most one sidebar country reads them, a
few thousand rows instead of every event, and any other selection merges its own reports here
by the same rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from newsmap.dots import KEY_SPAN, axis_place, dot_period, first_code, report_group, stack_keys
from newsmap.query.events import selected_events
from newsmap.query.filters import Filters
from newsmap.query.lists import date_bounds
from newsmap.query.sql import Runner, dates_only
from newsmap.store.cells import EVENT_SCOPES

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
_GROUP = ["date", "precision", "type", "place"]
#: Article ids bound per statement: well under SQLite's 32,766 parameters.
_IDS_PER_STATEMENT = 5000
_CELL = ["date", "precision", "type"]


@dataclass(frozen=True, eq=False)
class TimelineDots:
    """What the timeline draws for a selection, and the figures its caption gives.

    ``points`` has one row per dot: events of one type in one ``period`` (a day, a week or a
    month, see ``newsmap.dots.dot_period``) are merged into the dot of the event most
    articles report (its first report's sentence, source and title; ``country`` its first
    country, '' for none), with ``sources`` the reporting articles and ``events`` the
    distinct events of the spot.  ``reports`` counts the dated statements behind them and
    ``events`` the distinct events (reports merged).
    """

    points: pd.DataFrame
    period: str
    reports: int
    events: int


def timeline_dots(run: Runner, f: Filters) -> TimelineDots:
    """The timeline's dots for the selection's events (``query.events``).

    The same picture as merging ``events(run, f)`` with ``newsmap.events.merge_reports`` and
    stacking them per day or week, read from the store's ``event_spots`` when the stored dots
    hold exactly the selection: the filters are at most one sidebar country, undated articles
    are in, and the date range leaves out no article (the stored dots count every article's
    reports, whatever its publication date); a few thousand rows instead of every event.
    Other selections merge their own reports here.
    """
    if (
        dates_only(f, countries_ok=True)
        and f.include_undated
        and len(f.countries) <= 1
        and all(code in EVENT_SCOPES for code in f.countries)
        and _keeps_every_article(run, f)
    ):
        cells = _stored_cells(run, f, f.countries[0] if f.countries else "")
    else:
        cells = _merged_cells(run, f)
    if cells.empty:
        return TimelineDots(pd.DataFrame(columns=_DOT_COLUMNS), "day", 0, 0)
    return _dots(run, cells)


def _keeps_every_article(run: Runner, f: Filters) -> bool:
    """Whether the date range spans every article's publication date."""
    if not (f.date_from or f.date_to):
        return True
    lo, hi = date_bounds(run)
    if lo is None or hi is None:
        return True  # no dated article: a date range leaves none out
    return (f.date_from is None or f.date_from <= lo) and (f.date_to is None or f.date_to >= hi)


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
    """The cells of ``_stored_cells`` computed from the selection's own events."""
    rows = selected_events(run, f)
    if rows.empty:
        return pd.DataFrame(columns=_CELL_COLUMNS)
    cells = _cells_of(_groups_of(rows))
    pairs = list(zip(cells["date"].tolist(), cells["precision"].tolist(), strict=True))
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


def _groups_of(rows: pd.DataFrame) -> pd.DataFrame:
    """Event report rows merged into groups (``newsmap.dots.report_group``): reports,
    sources, first report and first country of each."""
    # Columns as lists: iterating a pandas string column yields one value at a time through
    # Arrow, a microsecond each.
    columns = [rows[c].tolist() for c in ("date", "precision", "type", "countries", "place_ids")]
    keys = [report_group(*rec) for rec in zip(*columns, strict=True)]
    reports = pd.DataFrame(keys, columns=_GROUP)
    reports["article_id"] = rows["article_id"].astype("int64")
    reports["order"] = reports["article_id"] * KEY_SPAN + rows["start"].astype("int64")
    reports["country"] = [first_code(c) for c in columns[3]]
    reports = reports.sort_values("order", kind="stable")
    groups = reports.groupby(_GROUP, sort=False).agg(
        reports=("order", "size"),
        sources=("article_id", "nunique"),
        first_key=("order", "min"),
    )
    named = reports[reports["country"] != ""].drop_duplicates(_GROUP)
    groups = groups.join(named.set_index(_GROUP)["country"]).reset_index()
    groups["country"] = groups["country"].fillna("")
    return groups


def _cells_of(groups: pd.DataFrame) -> pd.DataFrame:
    """Groups gathered per cell (date, precision, type): the group with most sources (then
    the first place) stands for the cell, with the cell's totals beside it."""
    ranked = groups.sort_values(
        [*_CELL, "sources", "place"],
        ascending=[True, True, True, False, True],
        kind="stable",
    )
    by_cell = ranked.groupby(_CELL, sort=False)
    cells = ranked.drop_duplicates(_CELL).set_index(_CELL)
    cells = cells.rename(columns={"sources": "top_sources"})
    cells["groups"] = by_cell.size()
    cells["reports"] = by_cell["reports"].sum()
    cells["sources"] = by_cell["sources"].sum()
    return cells.reset_index()


def _dots(run: Runner, cells: pd.DataFrame) -> TimelineDots:
    """Cells stacked per period (day, week or month) and type, with their dot's report read
    for hover."""
    day = pd.to_datetime(cells["day"])
    period = dot_period(day.max() - day.min())
    spot, span = stack_keys(day, cells["precision"], cells["date"], period)
    cells = cells.assign(spot=spot, span=span)
    keys = ["spot", "type", "span"]
    ranked = cells.sort_values(
        [*keys, "top_sources", "date", "precision", "place"],
        ascending=[True, True, True, False, True, True, True],
        kind="stable",
    )
    by_spot = ranked.groupby(keys, sort=True)
    top = ranked.drop_duplicates(keys).set_index(keys)
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
    """Sentence, source and title of the reports named by first_key (article id and start):
    the reports of those articles, read by article id, kept where the start matches."""
    wanted = sorted(set(keys))
    articles = sorted({key // KEY_SPAN for key in wanted})
    frames = []
    for i in range(0, len(articles), _IDS_PER_STATEMENT):
        chunk = articles[i : i + _IDS_PER_STATEMENT]
        frames.append(
            run(
                # The articles by id, then their events: with the ids on the events only,
                # PostgreSQL hashed the whole articles table to join a few hundred.
                "SELECT e.article_id, e.start, e.sentence, a.source, a.title FROM articles a "
                f"CROSS JOIN events e WHERE a.id IN ({', '.join('?' * len(chunk))}) "
                "AND e.article_id = a.id",
                chunk,
            )
        )
    columns = ["first_key", "sentence", "source", "title"]
    reports = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    if reports.empty:
        return pd.DataFrame(columns=columns)
    reports["first_key"] = reports["article_id"].astype("int64") * KEY_SPAN + reports[
        "start"
    ].astype("int64")
    reports = reports[reports["first_key"].isin(wanted)]
    return reports.drop_duplicates("first_key")[columns]
