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


def test_the_weekend_of_named_days_is_no_relative_weekend():
    text = "The town recalls the vote held over the weekend of 4 and 5 March 1990."
    assert [e.surface for e in find_dates(text, PUB)] == ["5 March 1990"]
    assert _events(text) == []


def test_years_later_after_a_month_is_that_month():
    text = "Croatia joined in April 2013, and Slovenia a year later."
    assert _events(text) == [("2013-04", "in April 2013"), ("2014-04", "a year later")]
    text = "The fair opened in 2013, and the museum two years later."
    assert _events(text) == [("2013", "in 2013"), ("2015", "two years later")]


def test_a_clock_after_a_day_to_come_in_its_sentence_is_on_that_day():
    pub = date(2024, 3, 1)
    text = (
        "The semi-final is in Zenica on Thursday, 21 March, with kick-off at 20:45. The winner "
        "will play the final five days later."
    )
    assert ("2024-03-21", "at 20:45") in [(e.date, e.surface) for e in find_dates(text, pub)]
    assert _events(text, pub) == [
        ("2024-03-21", "on Thursday, 21 March"),
        ("2024-03-26", "five days later"),
    ]


def test_a_year_told_after_a_day_is_its_year():
    text = "It was also on 28 June, in 1914, that the archduke was shot in the city."
    assert _events(text) == [("1914-06-28", "on 28 June")]


def test_a_period_restated_after_a_source_is_its_day():
    text = "The talks could be held in Vienna in mid-June, diplomats said, possibly on 19 June."
    assert _events(text) == [("2024-06-19", "on 19 June")]
