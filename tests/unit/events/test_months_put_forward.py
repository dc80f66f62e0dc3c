"""A month put forward as a date ("officials mentioned June as the earliest date") is a month
even where its name could be a person's.

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events


def _events(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_a_month_put_forward_as_a_date():
    text = "No date is set, although officials mentioned June as the earliest realistic date."
    assert _events(text, date(2024, 3, 17)) == [("2024-06", "June")]


def test_a_name_like_a_month_stays_a_name():
    text = "The committee heard June Harris and two other witnesses."
    assert _events(text, date(2024, 3, 17)) == []
