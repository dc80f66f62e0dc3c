"""Calendar arithmetic for resolving dates: month shifts, valid days, the unit a period fits."""

from __future__ import annotations

from datetime import date


def iso_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    """Month arithmetic without a calendar library: (y, m) moved by k months."""
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def span(a: date, b: date) -> tuple[str, str]:
    """The finest unit of our vocabulary holding the whole period a..b (no invented precision)."""
    if a == b:
        return a.isoformat(), "day"
    if (a.year, a.month) == (b.year, b.month):
        return iso_month(a.year, a.month), "month"
    if a.year == b.year:
        return f"{a.year:04d}", "year"
    mid = a + (b - a) / 2
    return f"{mid.year:04d}", "year"


def valid_day(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def year_for(month: int, day: int, published: date, future: bool) -> int:
    """The year putting (month, day) on or before publication, or on or after it for the future."""
    here = (month, day)
    now = (published.month, published.day)
    if future:
        return published.year if here >= now else published.year + 1
    return published.year if here <= now else published.year - 1


def nearest_year(month: int, day: int, pub: date) -> int:
    """The year that puts (month, day) nearest the publication, either side: a date something is
    set "for" ("a rally called for 10 August") looks ahead even in a past-tense clause."""
    return min(
        (pub.year - 1, pub.year, pub.year + 1),
        key=lambda y: abs((y - pub.year) * 372 + (month - pub.month) * 31 + day - pub.day),
    )


def nearest_month_year(pub: date, mon: int) -> int:
    """The year whose month ``mon`` lies nearest the publication's month."""
    return min(
        (pub.year - 1, pub.year, pub.year + 1),
        key=lambda y: abs((y - pub.year) * 12 + mon - pub.month),
    )
