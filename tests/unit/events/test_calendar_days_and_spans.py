"""Days of the calendar said to come round each year, halves of a year, a range of days in one
month, a week across a year's turn and a deadline told "at the latest" are no events.

Each case is a general rule of the extractor, checked on what ``extract_events`` and
``find_dates`` really return for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events, find_dates

PUB = date(2024, 5, 8)


def _events(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_a_day_said_to_come_round_each_year_is_no_event():
    assert _events("Every January, the town celebrates its day on 9 January.") == []


def test_each_year_in_another_clause_leaves_the_day():
    text = (
        "The resort holds a race each year on 13 January, and this season the school will add "
        "one on 15 January."
    )
    assert _events(text, date(2022, 1, 2)) == [("2022-01-15", "on 15 January")]


def test_a_week_across_a_years_turn_dates_nothing():
    text = "The league said three games scheduled for this week had been postponed."
    assert find_dates(text, date(2022, 1, 1)) == []


def test_half_a_year_is_no_event_half_a_month_is_the_month():
    assert _events("The next meeting could take place in the first half of next year.") == []
    text = "Cases may peak in the second half of June, doctors say."
    assert _events(text) == [("2024-06", "in the second half of June")]


def test_a_range_of_days_in_one_month_is_no_event():
    assert _events("The championship runs from 13 to 30 June, the federation said.") == []


def test_a_date_at_the_latest_is_a_deadline():
    assert _events("The new rule should apply from 1 July at the latest, ministers agreed.") == []
