"""Publication dates: the forms sources use are read; unreadable and future ones refused."""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest

from newsmap.errors import IngestError
from newsmap.ingest.dates import check_published, parse_date_text

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-09-24", date(2023, 9, 24)),
        ("2023-09-24T08:30:00+02:00", date(2023, 9, 24)),
        ("2023-09-24 08:30", date(2023, 9, 24)),
        ("24.09.2023.", date(2023, 9, 24)),
        ("24. 9. 2023", date(2023, 9, 24)),
        ("2023/09/24", date(2023, 9, 24)),
        ("Sun, 24 Sep 2023 08:00:00 GMT", date(2023, 9, 24)),
        ("24 September 2023", date(2023, 9, 24)),
        ("September 24, 2023", date(2023, 9, 24)),
        ("Sep 24th, 2023", date(2023, 9, 24)),
        ("24. septembra 2023", date(2023, 9, 24)),
        ("24 shtator 2023", date(2023, 9, 24)),
    ],
)
def test_known_forms(text: str, expected: date) -> None:
    assert parse_date_text(text) == expected


@pytest.mark.parametrize("text", ["", "soon", "2023-02-30", "31.13.2023", "Foo 12, 2023"])
def test_unknown_forms_give_none(text: str) -> None:
    assert parse_date_text(text) is None


def test_missing_date_is_none() -> None:
    assert check_published(None, today=TODAY) is None
    assert check_published("  ", today=TODAY) is None


def test_today_and_tomorrow_are_accepted_for_time_zones() -> None:
    assert check_published("2026-11-27", today=TODAY) == date(2026, 11, 27)


def test_future_date_is_refused_with_reason() -> None:
    with pytest.raises(IngestError, match=r"2026-11-28 is in the future \(today is 2026-11-26\)"):
        check_published("2026-11-28", today=TODAY)


def test_unreadable_date_is_refused_with_the_value() -> None:
    with pytest.raises(IngestError, match="'next Tuesday' is not a date newsmap can read"):
        check_published("next Tuesday", today=TODAY)


def test_too_old_date_is_refused() -> None:
    with pytest.raises(IngestError, match="before 1900"):
        check_published("1850-01-01", today=TODAY)


def test_datetime_and_struct_time_inputs() -> None:
    assert check_published(datetime(2024, 3, 1, 23, 59), today=TODAY) == date(2024, 3, 1)
    stamp = time.strptime("2024-03-01", "%Y-%m-%d")
    assert check_published(stamp, today=TODAY) == date(2024, 3, 1)
