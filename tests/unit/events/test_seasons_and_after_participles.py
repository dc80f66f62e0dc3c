"""The earliest season of a plan, and a month in an "after ...ing" clause of a sentence about
what is to come.

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events


def _events(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_as_soon_as_the_spring_is_a_plans_season():
    text = "The president said new elections could be held as soon as the spring."
    assert _events(text, date(2025, 1, 30)) == [("2025", "the spring")]


def test_a_month_after_a_participle_of_after_is_before_the_plan():
    text = "The court is due to resume the trial on 20 January, after adjourning it in November."
    assert _events(text, date(2024, 1, 3)) == [
        ("2024-01-20", "on 20 January"),
        ("2023-11", "in November"),
    ]


def test_a_month_of_the_plan_itself_looks_ahead():
    text = "The court is due to resume the trial in November."
    assert _events(text, date(2024, 1, 3)) == [("2024-11", "in November")]


def test_the_next_morning_after_the_night_before():
    text = (
        "The town shut its bars on Monday, after a brawl the night before in which two men "
        "were hurt. Police arrested three men the next morning."
    )
    found = _events(text, date(2024, 3, 14))
    assert ("2024-03-10", "the night before") in found
    assert ("2024-03-11", "the next morning") in found


def test_a_day_after_his_detention_counts_from_the_day_told():
    text = (
        "The mayor was arrested at his home on Monday. "
        "A day after his detention, his lawyers asked for his release."
    )
    assert ("2024-03-12", "A day after his detention") in _events(text, date(2024, 3, 14))


def test_a_day_after_his_untold_happening_names_no_day():
    text = "The singer came home on Monday. Two days after his photograph was shown, he left."
    assert _events(text, date(2024, 3, 14)) == [("2024-03-11", "on Monday")]


def test_the_middle_of_the_month_ahead():
    text = "A cooler spell is expected towards the middle of the month."
    assert _events(text, date(2021, 9, 5)) == [("2021-09", "the middle of the month")]


def test_the_end_of_the_week_told_on_a_sunday_is_the_next_weeks():
    text = "EU leaders will meet in Brussels at the end of the week."
    assert _events(text, date(2024, 3, 17)) == [("2024-03", "the end of the week")]
    # told on a Wednesday, the end of its own week
    assert _events(text, date(2024, 3, 13)) == [("2024-03", "the end of the week")]
