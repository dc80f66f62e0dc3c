"""Publication dates: parse the forms sources write them in, and refuse impossible ones.

A publication date anchors every relative date in the article ("on Monday", "last month"),
so a wrong one silently misplaces events on the timeline.  We therefore reject, with a clear
reason, a date we cannot read or one in the future (a clock or export bug), rather than
guessing.  ``today`` is always passed in, so these functions stay pure and testable.
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

from newsmap.errors import IngestError
from newsmap.lexicon import MONTHS

#: The earliest publication date we accept; older ones are almost always a parsing accident.
EARLIEST = date(1900, 1, 1)

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_DOTTED = re.compile(r"^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.?(?:\s.*)?$")  # 24.09.2023.
_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_DAY_MONTH_YEAR = re.compile(r"^(?:\w+,\s*)?(\d{1,2})\.?\s+([^\W\d]+)\.?,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(
    r"^(?:\w+,\s*)?([^\W\d]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"
)


def parse_date_text(value: str) -> date | None:
    """Read one date string, or return None when it is in no form we know.

    Examples
    --------
    >>> parse_date_text("2023-09-24T10:00:00Z")
    datetime.date(2023, 9, 24)
    >>> parse_date_text("24.09.2023.")
    datetime.date(2023, 9, 24)
    >>> parse_date_text("Sun, 24 Sep 2023 08:00:00 GMT")
    datetime.date(2023, 9, 24)
    >>> parse_date_text("September 24, 2023")
    datetime.date(2023, 9, 24)
    """
    s = " ".join(value.split())
    if not s:
        return None
    try:
        if m := _ISO.match(s):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DOTTED.match(s):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := _SLASHED.match(s):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DAY_MONTH_YEAR.match(s):
            month = MONTHS.get(m[2].lower())
            if month:
                return date(int(m[3]), month, int(m[1]))
        if m := _MONTH_DAY_YEAR.match(s):
            month = MONTHS.get(m[1].lower())
            if month:
                return date(int(m[3]), month, int(m[2]))
    except ValueError:  # 2023-02-30 and friends
        return None
    try:
        return parsedate_to_datetime(s).date()  # RFC 2822, as in RSS
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def check_published(
    value: str | date | datetime | time.struct_time | None, *, today: date
) -> date | None:
    """A validated publication date, or None when the source gave none.

    Raises
    ------
    IngestError
        The value cannot be read as a date, lies before 1900, or is later than tomorrow
        (one day of slack for time zones).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        found: date | None = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, time.struct_time):
        try:
            found = date(value.tm_year, value.tm_mon, value.tm_mday)
        except ValueError:
            found = None
    elif isinstance(value, str):
        found = parse_date_text(value)
    else:
        raise IngestError(f"published date {value!r} is not a date string")
    if found is None:
        raise IngestError(
            f"published date {str(value)[:60]!r} is not a date newsmap can read (use YYYY-MM-DD)"
        )
    if found > today + timedelta(days=1):
        raise IngestError(f"published date {found.isoformat()} is in the future (today is {today})")
    if found < EARLIEST:
        raise IngestError(f"published date {found.isoformat()} is before {EARLIEST.year}")
    return found
