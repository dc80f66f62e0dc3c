""" "hours later" is the day told before, or the next one after a late hour of it; "later than
planned" and a day's worth of hours are not read.

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 5, 8)  # a Wednesday


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, PUB, [], [])]


def test_hours_later_is_the_day_told_before():
    text = (
        "The dam broke at about 04:10 on Monday. A second wall gave way a little over two hours "
        "later."
    )
    assert _events(text) == [("2024-05-06", "on Monday"), ("2024-05-06", "hours later")]


def test_hours_after_a_late_hour_are_the_next_day():
    text = (
        "Rescuers reached the village shortly before midnight on Tuesday; hours later, a second "
        "slide buried the road."
    )
    assert _events(text) == [("2024-05-07", "on Tuesday"), ("2024-05-08", "hours later")]


def test_later_than_planned_and_a_days_worth_of_hours_are_not_read():
    text = "The verdict was read out on Monday, almost three hours later than planned."
    assert _events(text) == [("2024-05-06", "on Monday")]
    text = "The plane left on Monday. Less than 24 hours later, the minister resigned."
    assert _events(text) == [("2024-05-06", "on Monday")]
