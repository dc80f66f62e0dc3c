""" "That year" and a season told after a year, a sentence opened by its year, and a year told
right before its day ("in 2021, in Cetinje on 5 September").

Each case is a general rule of the extractor, checked on what ``find_dates`` and
``extract_events`` really return for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events, find_dates


def _events(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def _dates(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in find_dates(text, published)]


def test_that_year_after_a_state_is_the_state_s_year_and_dates_its_sentence():
    text = (
        "The island has wanted its own port authority since 1987. That year it held a vote "
        "on the plan, on 3 October, and the result was close."
    )
    assert _events(text, date(2020, 3, 28)) == [
        ("1987", "That year"),
        ("1987-10-03", "on 3 October"),
    ]


def test_a_season_told_after_a_year_is_that_year():
    text = "The bridge was shelled in 1993. Engineers counted forty hits that winter."
    assert ("1993", "that winter") in _events(text, date(2024, 4, 2))


def test_that_year_after_a_month_only_gives_the_month_its_year():
    text = "The mill opened in 2012 and burned down in December that year."
    assert _dates(text, date(2024, 4, 2)) == [
        ("2012", "in 2012"),
        ("2012-12", "in December"),
    ]


def test_a_year_before_its_day_with_a_place_between_is_one_date():
    text = "She recalled that a similar march in 2019, in Bitola on 4 May, ended in arrests."
    assert _events(text, date(2025, 10, 28)) == [("2019-05-04", "on 4 May")]


def test_a_year_before_its_day_with_which_was_held_is_one_date():
    text = "Postal voting was first tried in the local election of 2017, which was held on 9 April."
    assert _events(text, date(2025, 1, 31)) == [("2017-04-09", "on 9 April")]


def test_the_next_morning_is_the_day_after_the_day_told_before():
    text = (
        "Fans fought outside the stadium on Sunday. Police detained six people that night "
        "and two more the following morning."
    )
    found = _events(text, date(2021, 10, 1))
    assert ("2021-09-27", "the following morning") in found


def test_during_the_day_is_the_day_told_before():
    text = "The storm hit the coast early on Sunday. Two boats sank during the day."
    assert _events(text, date(2023, 9, 25)) == [
        ("2023-09-24", "on Sunday"),
        ("2023-09-24", "during the day"),
    ]


def test_the_evening_after_a_happening_is_the_next_day_s():
    text = (
        "The town voted on Sunday, 17 March. Protests began the evening after the vote and "
        "went on all week."
    )
    assert ("2024-03-18", "the evening after the vote") in _events(text, date(2024, 3, 25))
