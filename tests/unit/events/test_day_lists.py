"""Two days next to each other joined by "and" are a span, no event of either day; days apart
are two happenings.

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 5, 8)  # a Wednesday


def _events(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_two_days_in_a_row_are_a_span():
    assert _events("The wedding fair will be held on Saturday and Sunday in the old hall.") == []
    assert _events("The town hall is closed today and tomorrow for the holiday.") == []
    assert _events("Heavy snow is forecast for the hills tomorrow and on Friday.") == []
    assert _events("The ministers will meet in Vienna on 28 and 29 June.") == []


def test_days_apart_are_two_happenings():
    text = "Farmers blocked the road on Monday and again on Wednesday, police said."
    assert [d for d, _ in _events(text)] == ["2024-05-06", "2024-05-08"]


def test_a_day_told_from_another_is_left_to_its_sentence():
    text = "The dam broke on 3 May. Crews worked that night and the following day to close it."
    assert ("2024-05-04", "the following day") in _events(text)
