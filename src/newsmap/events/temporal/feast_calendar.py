"""Easter in both calendars, for the feasts that move with it ("za Uskrs", "na Veliki petak",
"na Cveti", "за Велигден").

The Catholic (Gregorian) Easter follows the anonymous Gregorian computus; the Orthodox one the
Julian computus, moved to the Gregorian calendar by the 13 days the two differ by from 1900 to
2099, the years news is dated in.
"""

from __future__ import annotations

from datetime import date, timedelta


def western_easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def orthodox_easter(year: int) -> date:
    """Easter Sunday of the Julian computus, given as a Gregorian date."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13)


def easter_day(year: int, orthodox: bool, offset: int) -> date:
    """The day ``offset`` days from Easter Sunday of ``year`` in the given calendar."""
    sunday = orthodox_easter(year) if orthodox else western_easter(year)
    return sunday + timedelta(days=offset)
