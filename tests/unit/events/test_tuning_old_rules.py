"""Rules found on the errors that recur across the older English tuning sets (tuning16-27),
each checked on what ``extract_events`` returns for short made-up texts (our own words).
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events, is_happening


def _events(text: str, pub: date) -> list[tuple[str, str, str]]:
    return [(e.date, e.precision, e.surface) for e in extract_events(text, pub, [], [])]


MON = date(2021, 11, 1)  # a Monday


def test_could_in_a_relative_clause_looks_ahead():
    text = "The board meets on Tuesday to set a date for the congress, which could be held in June."
    assert ("2022-06", "month", "in June") in _events(text, MON)


def test_a_perfect_with_an_irregular_participle_is_a_happening():
    assert is_happening("In the first round, on 10 October, the mayor had come second.")
    assert is_happening("The first vote, on 10 October, had already shown the trend.")
    assert not is_happening("The town, on 10 October, had a quiet day.")
    text = "The first vote, on 10 October, had already shown the trend."
    assert _events(text, MON) == [("2021-10-10", "day", "on 10 October")]


def test_the_last_year_is_a_stretch_not_a_calendar_year():
    assert _events("Prices rose by a fifth in the last year, the bank said.", MON) == []
    text = "Born on 3 May 1944, in the last year of the war, he grew up in Cetinje."
    assert _events(text, MON) == [("1944-05-03", "day", "on 3 May 1944")]
    assert _events("Prices rose by a fifth last year.", MON) == [("2020", "year", "last year")]


def test_in_the_new_year_ahead_is_the_next_calendar_year():
    text = "The ministry said it would publish the new rules in the new year."
    assert _events(text, date(2022, 12, 9)) == [("2023", "year", "in the new year")]


def test_in_the_new_year_as_a_celebration_or_a_state_is_no_date():
    pub = date(2022, 12, 31)
    assert _events("Thousands will see in the new year on the main square.", pub) == []
    assert _events("The city will keep the ban on fireworks in the new year.", pub) == []
    assert _events("Protests went on in the new year.", pub) == []
