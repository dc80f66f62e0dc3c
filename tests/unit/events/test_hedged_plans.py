"""A date right after a hedge ("possibly in December", "probably on Wednesday", "perhaps in
April") tells a plan, the nearest of its name ahead, whatever the tense of the verb before.

Checked on what ``find_dates`` really returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import find_dates

_PUB = date(2026, 10, 14)  # a Wednesday


def _dates(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in find_dates(text, _PUB)]


def test_possibly_in_a_month_after_a_past_proposal_is_ahead():
    text = "The mayor has proposed a referendum, possibly in March, if the council agrees."
    assert _dates(text) == [("2027-03", "in March")]


def test_probably_on_a_weekday_after_a_past_verb_is_ahead():
    text = "The union said it had called a strike, probably on Monday."
    assert _dates(text) == [("2026-10-19", "on Monday")]


def test_a_past_verb_between_the_hedge_and_the_date_keeps_the_past():
    text = "The fire probably started on Monday in the old mill."
    assert _dates(text) == [("2026-10-12", "on Monday")]
