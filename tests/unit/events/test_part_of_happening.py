""" "The night of the vote", "on the day of the election": the happening's day, when told of the
past; a plan's restated day ("schools will close on the day of the summit") and a bound's
("until 21:00 on the day of the rally") are no new date.

Each case is a general rule of the extractor, checked on what ``find_dates`` really returns for
short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import find_dates

_PUB = date(2026, 3, 12)  # a Thursday


def _dates(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in find_dates(text, _PUB)]


def test_the_night_of_a_happening_told_before_is_its_day():
    text = (
        "Voters in the town elected a new mayor on Sunday. Police detained two men on the night "
        "of the election, and a third the next morning."
    )
    assert ("2026-03-08", "on the night of the election") in _dates(text)


def test_during_the_day_of_a_match_is_the_match_s_day():
    text = "The derby was played on 1 March. During the day of the derby, fans fought in the park."
    assert ("2026-03-01", "During the day of the derby") in _dates(text)


def test_the_day_of_a_summit_in_a_clause_of_the_future_is_no_new_date():
    text = "Leaders meet in the capital on 20 March. Schools will close on the day of the summit."
    assert _dates(text) == [("2026-03-20", "on 20 March")]


def test_a_bound_s_clock_time_on_the_day_of_a_rally_is_no_new_date():
    text = (
        "The rally was held on Saturday. Organisers had given the city until 21:00 on the day "
        "of the rally to answer."
    )
    assert [s for _, s in _dates(text)] == ["on Saturday"]
