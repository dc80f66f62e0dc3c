"""A part of the day told just before ("in the evening", "late in the afternoon") dates a
happening of its own on that day; "last evening" is yesterday's, as "last night" is.

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 5, 10)  # a Friday


def _events(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_a_part_of_the_day_told_before_is_that_day():
    text = (
        "Firefighters reached the burning warehouse on Tuesday. The mayor visited the site "
        "late in the afternoon and promised help."
    )
    assert _events(text) == [("2024-05-07", "on Tuesday"), ("2024-05-07", "late in the afternoon")]
    text = "Voters went to the polls on 5 May. The count was announced in the evening."
    assert _events(text)[-1] == ("2024-05-05", "in the evening")


def test_one_day_told_twice_in_a_sentence_is_one_event():
    text = "The strike began on Monday and the unions met the minister in the evening."
    assert _events(text) == [("2024-05-06", "on Monday")]


def test_a_habit_or_an_unanchored_part_is_no_day():
    assert _events("The museum stays open until late in the evening on weekdays.") == []
    text = "The strike began on Monday. The bakery opens every day in the morning."
    assert _events(text) == [("2024-05-06", "on Monday")]


def test_a_clock_of_no_day_is_no_anchor():
    text = (
        "Results were announced on 2 May. Polls open at 07:00. In the afternoon the police "
        "said two men were detained."
    )
    assert ("2024-05-10", "In the afternoon") not in _events(text)


def test_last_evening_is_yesterday():
    text = "The minister, speaking late last evening, denied that the army had been sent."
    assert _events(text) == [("2024-05-09", "late last evening")]


def test_the_same_day_to_come_is_the_day_set_ahead():
    text = (
        "The mayor said today he had called a referendum for 30 June. The council will be "
        "elected on the same day."
    )
    assert _events(text)[-1] == ("2024-06-30", "on the same day")
    text = (
        "The mayor resigned yesterday, hours after a protest on Monday. His deputy stepped "
        "down the same day."
    )
    assert _events(text)[-1] == ("2024-05-09", "the same day")


def test_the_early_hours_of_a_day_told():
    text = "The storm reached the coast on 3 May. Two fishing boats sank in the early hours."
    assert _events(text) == [("2024-05-03", "on 3 May"), ("2024-05-03", "in the early hours")]
