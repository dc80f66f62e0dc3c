""" "The same day" after a sentence naming two days is the first of them, its main clause's day;
the later one stands in a clause told back from it.

Each case is a general rule of the extractor, checked on what ``find_dates`` really returns for
short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import find_dates

_PUB = date(2026, 3, 12)  # a Thursday


def _last(text: str) -> tuple[str, str]:
    e = find_dates(text, _PUB)[-1]
    return e.date, e.surface


def test_the_same_day_after_a_lead_and_a_clause_told_back_is_the_lead_s_day():
    text = (
        "The minister resigned yesterday, hours after a protest ended in clashes on Tuesday "
        "night. His deputy quit the same day."
    )
    assert _last(text) == ("2026-03-11", "the same day")


def test_the_same_day_after_one_day_is_that_day():
    text = "The dam burst on Monday. Villagers fled their homes the same afternoon."
    assert _last(text) == ("2026-03-09", "the same afternoon")


def test_the_same_day_with_a_day_in_its_own_sentence_is_that_day():
    text = (
        "The mayor spoke on Monday, a day after the fire on Sunday. On Tuesday the council met "
        "and the same day it cut the budget."
    )
    assert _last(text) == ("2026-03-10", "the same day")
