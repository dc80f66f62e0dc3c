"""A present tense that tells a plan ("are planning a vigil on Monday", "faces an election in
October", "marks on Saturday the centenary") puts its date ahead; "three months to the day
after" a happening is no day after it.

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 5, 8)  # a Wednesday


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, PUB, [], [])]


def test_a_present_plan_looks_ahead():
    assert _events("Students are planning a silent vigil on Monday.") == [
        ("2024-05-13", "on Monday")
    ]
    assert _events("The region faces an election in October.") == [("2024-10", "in October")]
    text = "The town marks on Saturday the centenary of its school."
    assert _events(text) == [("2024-05-11", "on Saturday")]


def test_months_to_the_day_after_is_no_day_after():
    text = "Students will march on Saturday, three months to the day after the bridge collapsed."
    assert _events(text) == [("2024-05-11", "on Saturday")]
