"""A year-less month in a "YEAR, <apposition>, when ..." clause is of that year.

Checked on what ``extract_events`` really returns for a short made-up text.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events


def _events(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_a_month_after_a_year_and_its_apposition():
    text = (
        "She came back to the stage in 1999, the year the war ended, when she sang at the "
        "reopening of the theatre in May."
    )
    assert ("1999-05", "in May") in _events(text, date(2024, 1, 7))


def test_a_month_after_a_year_with_when_right_after_it():
    text = "She came back to the stage in 1999, when she sang at the old theatre in May."
    assert ("1999-05", "in May") in _events(text, date(2024, 1, 7))
