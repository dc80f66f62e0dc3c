"""A date filter as roll-up rows: its whole months from ``area_months``, the days at either
end from ``area_days``.

Per-day roll-ups add up exactly over any date range, but six years of days are hundreds of
thousands of rows per kind (360,000 for the markers at a million mentions), and summing them
cost the opening view 150 ms.  An article has one publication day, so a month's row is the sum
of its days' rows: a range is read as its whole months (27,000 marker rows for the same six
years) plus the days of the months it cuts at either end, and adds up to the same counts.

>>> month_split(date(2024, 1, 15), date(2024, 3, 31))
(('2024-02', '2024-03'), [('2024-01-15', '2024-01-31')])
>>> month_split(date(2024, 1, 15), date(2024, 2, 10))
(None, [('2024-01-15', '2024-02-10')])
>>> month_split(None, date(2024, 2, 10))
((None, '2024-01'), [('2024-02-01', '2024-02-10')])
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from newsmap.query.filters import Filters

#: Whole months as (first, last) 'YYYY-MM' strings, either None where the range is open;
#: None for no whole month at all.
Months = tuple[str | None, str | None] | None
ONE_DAY = timedelta(days=1)


def _next_month(d: date) -> date:
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1)


def month_split(lo: date | None, hi: date | None) -> tuple[Months, list[tuple[str, str]]]:
    """The whole months of [lo, hi] (open where a bound is None) and the day spans (ISO
    dates, inclusive) left over at either end."""
    # The first day of the first whole month, and the last day of the last one.
    first = None if lo is None else lo if lo.day == 1 else _next_month(lo)
    end = None
    if hi is not None:
        end = hi if _next_month(hi) - timedelta(days=1) == hi else hi.replace(day=1) - ONE_DAY
    if lo is not None and hi is not None and first is not None and end is not None:
        if first > end:
            return None, [(lo.isoformat(), hi.isoformat())]
    days: list[tuple[str, str]] = []
    if lo is not None and first is not None and first != lo:
        days.append((lo.isoformat(), (first - ONE_DAY).isoformat()))
    if hi is not None and end is not None and end != hi:
        days.append(((end + ONE_DAY).isoformat(), hi.isoformat()))
    months = (
        None if first is None else first.isoformat()[:7],
        None if end is None else end.isoformat()[:7],
    )
    return months, days


def rollup_rows(f: Filters, kind: str) -> tuple[str, list[Any]]:
    """A sub-select of the roll-up rows of one kind that add up to the counts of ``f``'s
    dates (columns key, articles, mentions, events), with its parameters."""
    months, days = month_split(f.date_from, f.date_to)
    cols = "key, articles, mentions, events"
    parts: list[str] = []
    params: list[Any] = []
    in_month = []
    if f.include_undated:
        in_month.append("month = ''")
    if months is not None:
        span = ["month != ''"]
        for op, bound in ((">=", months[0]), ("<=", months[1])):
            if bound is not None:
                span.append(f"month {op} ?")
                params.append(bound)
        in_month.append("(" + " AND ".join(span) + ")")
    if in_month:
        parts.append(f"SELECT {cols} FROM area_months WHERE kind = ? AND ({' OR '.join(in_month)})")
        params.insert(0, kind)
    for lo, hi in days:
        parts.append(f"SELECT {cols} FROM area_days WHERE kind = ? AND day >= ? AND day <= ?")
        params.extend([kind, lo, hi])
    if not parts:
        return f"SELECT {cols} FROM area_days WHERE 1 = 0", []
    return " UNION ALL ".join(parts), params
