"""Stamps of a page and names that hold a year are no events of their own: a live blog's entry
times under its page's full date line, and a year inside a name ("the 2016 accord").

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 5, 10)  # a Friday


def _events(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_entry_times_under_a_blogs_date_line_are_stamps():
    text = (
        "Live: floods in the valley\n\nFriday, 10 May 2024 - river desk, updated all day\n\n"
        "08:15 - The river burst its banks near the old mill and two bridges were closed.\n\n"
        "09:30 - Rescuers said the water started to rise a day after the dam was opened.\n"
    )
    found = _events(text)
    assert not [s for _, s in found if s[:1].isdigit()]


def test_a_logs_times_under_a_day_told_in_words_stay():
    text = (
        "Incidents of Thursday evening:\n\n"
        "19:20 - Officers stop a van carrying stolen copper cable.\n"
    )
    assert _events(text) == [("2024-05-09", "19:20")]


def test_a_year_inside_a_name_is_no_event():
    assert _events("The 2016 accord is still a sore point in the capital, the minister said.") == []
    assert _events("He was charged over the town's 2011 tender for the new stadium.") == []
    assert _events("The country won bronze at the 2014 championship in Oslo.") == []


def test_a_year_standing_alone_stays():
    assert _events("The accord was signed in 2016, the minister said.") == [("2016", "in 2016")]
    assert _events("The country joined the alliance in its 2017 enlargement round.") == []
    text = "The 2016 and 2020 votes were both boycotted by the opposition."
    assert [d for d, _ in _events(text)][:1] == ["2016"]


def test_a_named_years_day_keeps_its_year():
    text = "The town has not forgotten the 2016 flood, on 26 November, which swept away the bridge."
    assert _events(text) == [("2016-11-26", "on 26 November")]


def test_a_stamps_word_before_its_date_is_a_stamp():
    text = "Posted 9 May 2024, 16:40 - the night desk\n\nThe ferry sank on Tuesday."
    assert _events(text) == [("2024-05-07", "on Tuesday")]
    text = "Issued 10 May 2024, 08:00; next review 17 May - travel desk\n\nThe border closed."
    assert _events(text) == []


def test_an_editions_day_is_a_stamp():
    text = "Thursday edition - compiled by the city desk\n\nThe council met on Monday."
    assert _events(text) == [("2024-05-06", "on Monday")]
    text = "An item in Wednesday's edition gave the wrong date for the strike."
    assert _events(text) == []


def test_a_blogs_or_newsletters_day_and_a_weekdays_habit_are_no_events():
    text = "The toll stood at 12 when we closed yesterday's blog; it has since risen to 14."
    assert _events(text) == []
    text = "The imam said Friday prayers would be dedicated to the victims of the flood."
    assert _events(text) == []


def test_a_holiday_naming_a_kind_of_gathering_is_no_date_of_its_own():
    text = "Organisers plan to gather again tonight for a silent New Year's Eve walk."
    assert _events(text, date(2024, 12, 31)) == [("2024-12-31", "tonight")]
    text = "The mayor said on New Year's Eve that the square would stay closed."
    assert _events(text, date(2025, 1, 2)) == [("2024-12-31", "on New Year's Eve")]
