"""A time naming the period a sum is kept for ("the budget for next year", "last year's level",
"the 2030 supplementary budget"), a vague base of comparison ("at this time last year"), and
a habit's span ("from 1 May to 1 October each year"):
neither dates a happening.

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


def test_the_budget_for_next_year_is_no_event_but_its_vote_day_is():
    text = "The mayor said on Tuesday that the budget for next year would be debated in May."
    assert _events(text, date(2021, 10, 14)) == [
        ("2021-10-12", "on Tuesday"),
        ("2022-05", "in May"),
    ]


def test_data_and_fees_for_a_period_name_no_happening():
    text = "Export data for March will be released tomorrow."
    assert _events(text, date(2022, 4, 6)) == [("2022-04-07", "tomorrow")]
    text = "Club fees for the next year are due soon, the treasurer wrote."
    assert _dates(text, date(2022, 4, 6)) == []


def test_a_possessive_period_before_a_budget_or_level_is_no_event():
    text = "The assembly adopted next year's budget this morning."
    assert _events(text, date(2023, 11, 20)) == [("2023-11-20", "this morning")]
    text = "Heating bills are running at three times last year's level, tenants said."
    assert _dates(text, date(2023, 11, 20)) == []


def test_a_year_before_an_adjective_and_budget_names_the_budget():
    text = "On Friday the council will vote on the 2030 supplementary budget."
    assert _dates(text, date(2030, 3, 4)) == [("2030-03-08", "On Friday")]


def test_a_year_a_budget_was_passed_in_stays_an_event():
    text = "Parliament passed a budget for the army in 2019, after a long debate."
    assert ("2019", "in 2019") in _dates(text, date(2024, 1, 5))


def test_a_span_that_comes_round_every_year_drops_its_first_day_too():
    text = "Snow chains are compulsory on the pass from 15 November to 31 March each year."
    assert _dates(text, date(2023, 10, 2)) == []


def test_a_one_off_span_still_opens_and_closes_no_event_but_a_single_day_stays():
    text = "The museum is closed from 3 June to 9 June; it reopened on 2 June last year."
    assert [d for d, _ in _dates(text, date(2023, 5, 1))] == ["2022-06-02"]


def test_a_vague_base_of_comparison_is_no_event():
    text = "Hotel bookings are higher than they were at this time last year, agents said."
    assert _dates(text, date(2023, 5, 10)) == []
    text = "Their rent income in 2021 was half of what it was a year earlier."
    assert _dates(text, date(2023, 5, 10)) == [("2021", "in 2021")]


def test_a_year_earlier_told_as_a_happening_s_time_stays_an_event():
    text = "The plant closed in 2021. A year earlier, its owners had sold the mine."
    assert ("2020", "A year earlier") in _dates(text, date(2023, 5, 10))
