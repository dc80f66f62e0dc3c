"""A sentence that names a part of the publication's day ("overnight", "this morning", "today"
inside it) is that day's news, whatever its verb; "Today," opening it (nowadays) and a question
are not.

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 5, 8)


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, PUB, [], [])]


def test_a_state_of_the_day_is_its_news():
    assert _events("The border crossing was quieter overnight.") == [("2024-05-08", "overnight")]
    text = "This morning, hundreds of fans were still singing in the square."
    assert _events(text) == [("2024-05-08", "This morning")]
    assert _events("The valley is calm but tense today.") == [("2024-05-08", "today")]


def test_nowadays_and_questions_are_not():
    assert _events("Today, the old mill still stands by the river.") == []
    assert _events("Was the border crossing quiet overnight?") == []
