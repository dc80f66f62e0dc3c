"""The night before a day told, a weekday that only describes a day told beside it, days made
holidays, a holiday before "instead", and the parts of the day under a forecast's "Today:".

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 3, 14)  # a Thursday


def _events(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_the_night_before_a_day_told():
    text = (
        "The town closed its bars on Tuesday, after a brawl the night before in which two men died."
    )
    assert _events(text) == [("2024-03-12", "on Tuesday"), ("2024-03-11", "the night before")]
    text = "Police raided the club on Tuesday. Fans had fought in the square the evening before."
    assert ("2024-03-11", "the evening before") in _events(text)


def test_the_night_before_a_happening_still_counts_from_it():
    text = "The final was played on Saturday 9 March. Police held fans the night before the final."
    assert ("2024-03-08", "the night before the final") in _events(text)


def test_a_weekday_with_an_adjective_describes_a_day_told():
    text = "Five years ago today, on a rainy Monday, the bridge was opened to traffic."
    assert _events(text) == [("2019-03-14", "Five years ago today")]
    text = "The bridge opened five years ago today. It reopened the following day."
    assert ("2019-03-15", "the following day") in _events(text)


def test_a_weekday_of_its_own_stays():
    assert _events("The bridge was opened to traffic on Monday.") == [("2024-03-11", "on Monday")]


def test_a_day_made_a_holiday_is_no_event():
    assert _events("The assembly declared 9 May a day of remembrance for the victims.") == []
    assert _events("Parliament made 2 August a public holiday last year.") == [
        ("2023", "last year")
    ]


def test_a_day_of_mourning_stays():
    text = "The government declared 16 March a day of mourning."
    assert _events(text) == [("2024-03-16", "16 March")]


def test_a_holiday_before_instead_is_a_time():
    text = "Students held a silent march on New Year's Eve instead of a concert."
    assert _events(text, date(2024, 1, 2)) == [("2023-12-31", "on New Year's Eve")]


def test_the_parts_of_the_day_under_todays_forecast_line():
    text = (
        "Weather for Thursday 14 March\n\n"
        "Today: Sunny at first, with showers this afternoon. Highs of 15C.\n\n"
        "Friday 15 March: Dry and warmer. Fog clearing overnight."
    )
    found = _events(text)
    assert ("2024-03-14", "this afternoon") not in found
    # the night is part of the line's day, which its head tells
    assert ("2024-03-15", "Friday 15 March") in found
    assert ("2024-03-15", "overnight") not in found
