"""A page's stamps and sign-offs, and the first day of a habit, are no events.

Each case is a general rule of the extractor, checked on what ``extract_events`` really returns
for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 3, 13)  # a Wednesday


def _events(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_a_sign_off_pausing_the_live_coverage_is_no_event():
    text = (
        "The ferry sank on Monday.\n\n"
        "We are pausing the live coverage here and will resume at 08:00."
    )
    assert _events(text) == [("2024-03-11", "on Monday")]


def test_a_publisher_s_stamp_and_a_transcript_s_end_are_no_events():
    text = (
        "The ferry sank on Monday.\n\nPublished by the Harbour Desk, 13.03.2024, 09:40\n\n"
        "[End of transcript, 13 March 2024]"
    )
    assert _events(text) == [("2024-03-11", "on Monday")]
    text = "Issued by the port authority on Wednesday, 13 March 2024\n\nThe ferry sank on Monday."
    assert _events(text) == [("2024-03-11", "on Monday")]


def test_a_teaser_of_the_next_show_or_week_is_no_event():
    text = (
        "The ferry sank on Monday.\n\nNext week: the harbour's new cranes.\n\nNext show tomorrow."
    )
    assert _events(text) == [("2024-03-11", "on Monday")]


def test_a_habit_s_first_day_after_a_plural_weekday_is_no_event():
    text = "The night ferry sailed on Monday. It will run on Fridays from 5 April."
    assert _events(text) == [("2024-03-11", "on Monday")]


def test_a_day_closed_as_every_year_is_a_habit():
    text = "The harbour office said it will be closed on 1 May, as every year."
    assert _events(text) == []


def test_an_explicit_comparison_base_is_dated_alone():
    text = (
        "Rents are now 30 percent higher than in 2017, and nobody expects them to fall this year."
    )
    assert _events(text, date(2021, 3, 31)) == [("2017", "in 2017")]
    text = "Rents are now higher than a year ago."
    assert _events(text, date(2021, 3, 31)) == []


def test_a_day_s_state_in_the_past_of_be_is_dated():
    text = "The ferry sank on Monday.\n\nLast night was calm in the harbour."
    assert _events(text) == [("2024-03-11", "on Monday"), ("2024-03-12", "Last night")]
    text = "Today's session was the first test of the new harbour rules."
    assert _events(text) == [("2024-03-13", "Today")]


def test_a_present_state_of_today_is_no_event():
    text = "Today, the old harbour office still stands empty."
    assert _events(text) == []
