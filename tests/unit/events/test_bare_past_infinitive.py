"""A verb whose past is spelled as its infinitive ("set", "hit") after "will" or "to" is no
verb of the past: "will set off on Thursday" looks ahead.

Checked on what ``find_dates`` really returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import find_dates

_PUB = date(2026, 3, 12)  # a Thursday


def _dates(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in find_dates(text, _PUB)]


def test_will_set_off_on_a_weekday_is_the_coming_one():
    text = "Farmers will set off from the valley on Monday to join the blockade."
    assert _dates(text) == [("2026-03-16", "on Monday")]


def test_a_storm_expected_to_hit_on_a_weekday_is_the_coming_one():
    text = "Forecasters said the storm is expected to hit the coast on Saturday."
    assert _dates(text) == [("2026-03-14", "on Saturday")]


def test_set_and_hit_in_the_past_stay_past():
    text = "The storm hit the coast on Monday, and crews set off on Tuesday."
    assert _dates(text) == [("2026-03-09", "on Monday"), ("2026-03-10", "on Tuesday")]
