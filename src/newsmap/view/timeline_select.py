"""What the page does with its timeline: the chart and figures of a selection, a brush that
narrows the dates, and the dot an analyst clicked.

The chart itself is drawn in ``newsmap.view.timeline``; this module reads Streamlit's
selection state (handed in as plain dicts) and turns it into dates and dots.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import altair as alt
import pandas as pd

from newsmap.dots import event_span, period_start
from newsmap.query import Filters, Runner, published_dates, timeline_dots
from newsmap.view.timeline import BRUSH, DOT, SPAN, build_timeline_from_dots


def brushed_range(selection: dict | None) -> tuple[date, date] | None:
    """The brushed date range from Streamlit's selection state, or None when nothing is brushed."""
    if not selection:
        return None
    brush = selection.get(BRUSH) if isinstance(selection, dict) else None
    if not brush:
        return None
    values = next(iter(brush.values()), None)
    if not values or len(values) != 2:
        return None
    lo, hi = (_to_date(v) for v in values)
    if lo is None or hi is None:
        return None
    return (lo, hi) if lo <= hi else (hi, lo)


@dataclass(frozen=True, eq=False)
class TimelineView:
    """What the page's timeline shows for one selection: its figures and the chart (None when
    the selection holds no dated event)."""

    statements: int
    events: int
    period: str
    chart: alt.LayerChart | None


def timeline_view(run: Runner, f: Filters, color_by: str) -> TimelineView:
    """The selection's timeline: the dots come merged and stacked from the store
    (``query.timeline_dots``), the axis is the date filter."""
    dots = timeline_dots(run, f)
    chart = None
    if not dots.points.empty:
        published = published_dates(run, f)
        span = (f.date_from, f.date_to)
        chart = build_timeline_from_dots(dots, published, color_by=color_by, span=span)
    return TimelineView(dots.reports, dots.events, dots.period, chart)


@dataclass(frozen=True)
class PickedDot:
    """The dot or span an analyst clicked: the days it covers and its event type; for a span
    (an event known to the month, year or decade) also that date and precision."""

    day_lo: date
    day_hi: date
    type: str
    date: str | None = None
    precision: str | None = None


def picked_dot(selection: dict | None, period: str) -> PickedDot | None:
    """The clicked dot from Streamlit's selection state, or None.

    A day-precise dot stands for its whole `period` (a day, week or month of events)."""
    if not isinstance(selection, dict):
        return None
    for name in (DOT, SPAN):
        rows = selection.get(name) or []
        row = rows[0] if isinstance(rows, list) and rows and isinstance(rows[0], dict) else None
        day = _to_date(row.get("day")) if row else None
        if row is None or day is None or not isinstance(row.get("type"), str):
            continue
        precision = str(row.get("precision") or "day")
        if name == SPAN and isinstance(row.get("date"), str):
            lo, hi = event_span(row["date"], precision)
            return PickedDot(lo, hi, row["type"], row["date"], precision)
        start = period_start(pd.Series([pd.Timestamp(day)]), period).iloc[0]
        end = _period_end(start, period)
        return PickedDot(start.date(), end.date(), row["type"])
    return None


def _period_end(start: pd.Timestamp, period: str) -> pd.Timestamp:
    if period == "week":
        return start + pd.Timedelta(days=6)
    if period == "month":
        return start + pd.offsets.MonthEnd(0)
    return start


def clamp(span: tuple[date, date], lo: date | None, hi: date | None) -> tuple[date, date]:
    """A brushed range kept inside the date filter: a brush narrows, it never widens.

    >>> clamp((date(2023, 8, 1), date(2023, 9, 15)), date(2023, 9, 1), date(2023, 10, 31))
    (datetime.date(2023, 9, 1), datetime.date(2023, 9, 15))
    """
    a, b = span
    if lo:
        a, b = max(a, lo), max(b, lo)
    if hi:
        a, b = min(a, hi), min(b, hi)
    return a, b


def _to_date(value: object) -> date | None:
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000, tz=UTC).date()
    try:
        return pd.Timestamp(str(value)).date()
    except (ValueError, TypeError):
        return None


def dot_heading(picked: PickedDot, inside: int, total: int) -> str:
    """ "Riot, 2023-09-24: 2 of 3 reports in this selection" (markdown)."""
    days = f"{picked.day_lo}" + ("" if picked.day_hi == picked.day_lo else f" to {picked.day_hi}")
    kind = picked.type.replace("_", " ").capitalize()
    return f"**{kind}, {days}**: {inside} of {total} reports in this selection"
