"""Rules of the tuning28 round, each checked on what ``extract_events`` or ``find_dates``
returns for short made-up texts (our own words): entry times under a blog's dated page line,
the wars of a decade, "for up to" a count, a day declared just before, a future seen from a
saying further back, and a feast beside its date.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events, find_dates


def _events(text: str, pub: date) -> list[tuple[str, str, str]]:
    return [(e.date, e.precision, e.surface) for e in extract_events(text, pub, [], [])]


def _dates(text: str, pub: date) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in find_dates(text, pub)]


TUE = date(2024, 4, 9)  # a Tuesday
THU = date(2024, 4, 11)  # a Thursday


def test_entry_times_under_a_dated_page_line_are_stamps():
    text = (
        "Floods in the valley: live\n\n"
        "Live from Doboj | Tuesday 9 April 2024 | all times local\n\n"
        "08:10 Water is still rising in the lower town.\n\n"
        "09:30 The army has sent two more boats, the mayor said yesterday."
    )
    assert _events(text, TUE) == [("2024-04-08", "day", "yesterday")]


def test_entry_times_of_a_blog_with_no_dated_line_stay_its_days():
    text = (
        "Floods in the valley: live\n\n"
        "08:10 Water is still rising in the lower town.\n\n"
        "09:30 The army has sent two more boats."
    )
    assert [e[0] for e in _events(text, TUE)] == ["2024-04-09", "2024-04-09"]


def test_the_wars_of_a_decade_are_dated_by_it():
    assert _events("He wrote three books about the wars of the 1990s.", TUE) == [
        ("1990", "decade", "the 1990s")
    ]
    assert _events("The mural recalls the crowds of the 2010s.", TUE) == []


def test_held_for_up_to_a_count_of_days_is_no_infinitive():
    text = "A court ordered three men held for up to 30 days on Monday over the riot."
    assert _dates(text, TUE) == [("2024-04-08", "on Monday")]


def test_a_day_declared_just_before_publication_is_that_day():
    text = "The premier declared Wednesday a day of mourning for the victims."
    assert _dates(text, THU) == [("2024-04-10", "Wednesday")]
    text = "The premier declared Saturday a day of mourning for the victims."
    assert _dates(text, THU) == [("2024-04-13", "Saturday")]


def test_a_future_reported_from_a_saying_further_back_is_the_nearest():
    text = "The club announced in late March that the new stand would open to fans on 7 April."
    assert _dates(text, THU)[-1] == ("2024-04-07", "on 7 April")


def test_a_feast_beside_its_date_is_one_day():
    pub = date(2024, 12, 30)
    text = "The church will hold a vigil in the old town on Christmas Eve, 6 January."
    assert _events(text, pub) == [("2025-01-06", "day", "6 January")]
    text = "The bishop said the vigil on Monday, 6 January, Christmas Eve, would be short."
    assert [e[0] for e in _events(text, pub)] == ["2025-01-06"]


SUN = date(2025, 6, 8)  # a Sunday

_DIARY = (
    "The week ahead\n\n"
    "Monday: The assembly sits again to elect a speaker.\n\n"
    "Also on Monday: The presidency holds its session in the capital.\n\n"
    "Wednesday-Thursday: The city hosts an energy forum.\n\n"
    "Saturday: The summer festival opens its box office.\n\n"
    "Sunday: The ruling coalition meets to discuss a reshuffle."
)


def test_a_diary_s_day_heads_run_through_the_coming_week():
    got = [(e[0], e[2]) for e in _events(_DIARY, SUN)]
    assert got == [
        ("2025-06-09", "Monday"),
        ("2025-06-09", "on Monday"),
        ("2025-06-14", "Saturday"),
        ("2025-06-15", "Sunday"),
    ]


def test_a_span_of_days_in_one_word_is_no_event():
    assert _events("The leaders met in Brussels on October 17-18 and agreed nothing.", SUN) == []
    assert _dates("Wednesday-Thursday: the forum meets in Sarajevo.", SUN) == []
