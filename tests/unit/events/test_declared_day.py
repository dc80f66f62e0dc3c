"""A weekday named right after a verb that sets it apart ("declared Saturday a day of
mourning") is the coming one, whatever the tense of the verb.

Checked on what ``find_dates`` really returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import find_dates

_PUB = date(2026, 3, 12)  # a Thursday


def _dates(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in find_dates(text, _PUB)]


def test_a_day_declared_a_day_of_mourning_is_the_coming_one():
    text = "After the crash, the government declared Saturday a day of national mourning."
    assert _dates(text) == [("2026-03-14", "Saturday")]


def test_a_day_proclaimed_a_holiday_is_the_coming_one():
    text = "The mayor proclaimed Monday a public holiday in the town."
    assert _dates(text) == [("2026-03-16", "Monday")]


def test_a_weekday_after_on_in_a_past_clause_stays_the_last_one():
    text = "The government declared a state of emergency on Monday."
    assert _dates(text) == [("2026-03-09", "on Monday")]


def test_a_date_declared_or_set_as_a_day_is_the_coming_one():
    text = "The cabinet has declared 13 March a day of mourning for the miners."
    assert _dates(text) == [("2026-03-13", "13 March")]
    text = "Parliament set 10 May as the date of the local elections."
    assert _dates(text) == [("2026-05-10", "10 May")]
    text = "The council ordered all shops to close on 20 March."
    assert _dates(text) == [("2026-03-20", "on 20 March")]


def test_a_past_date_without_such_a_verb_stays_in_the_past():
    text = "Parliament met on 10 May to debate the budget."
    assert _dates(text) == [("2025-05-10", "on 10 May")]


def test_a_date_named_as_the_day_is_the_coming_one():
    text = "The mayor named 12 April as the date he would prefer for the vote."
    assert _dates(text) == [("2026-04-12", "12 April")]
