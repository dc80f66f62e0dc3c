"""A day or a month told with a word that puts it ahead ("possibly next week", "later this
month") is a plan, with or without a verb of the future, even inside the publication's month.

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 5, 10)  # a Friday


def _events(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_a_plan_told_with_next_is_an_event():
    text = "The union plans a strike at the port, possibly next week."
    assert _events(text) == [("2024-05", "next week")]
    text = "Let the ministers remember that next week."
    assert _events(text) == [("2024-05", "next week")]


def test_a_state_of_this_week_stays_no_event():
    assert _events("Prices are high this week.") == []


def test_a_state_since_a_clock_time_of_a_day_is_no_event():
    text = "A book of condolence has been open at the town hall since 09:00 this morning."
    assert _events(text) == []


def test_until_a_part_of_a_day_is_a_bound():
    text = "Streets in the centre will be closed to traffic until the evening of 14 May."
    assert _events(text) == []


def test_opening_hours_on_a_day_are_a_period():
    text = "Passes can be collected at the town hall from 09:00 to 17:00 on Monday."
    assert _events(text) == []


def test_through_one_night_is_that_night():
    text = "Rescuers worked through Wednesday night to lift the slabs."
    assert _events(text) == [("2024-05-08", "Wednesday night")]
    assert _events("Rumours spread all through March, residents said.") == []


def test_a_weekday_listed_after_another_day_follows_it():
    # Friday 10 May: "Thursday" alone in a clause to come is the 16th, "Friday" the 17th, and
    # the two in a row are a list of days, no event of their own
    text = "Heaters will run at full power between 17:00 and 21:00, on Thursday and Friday."
    assert _events(text) == []
