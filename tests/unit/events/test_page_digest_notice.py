"""A page's notice of its next digest ("Tomorrow's digest will appear at 08:00") is no event;
a happening of tomorrow stays.

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 5, 8)


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, PUB, [], [])]


def test_the_next_digest_is_no_event():
    assert _events("Tomorrow's digest will appear at 08:00.") == []


def test_a_happening_of_tomorrow_stays():
    assert _events("The mayor will open the bridge tomorrow.") == [("2024-05-09", "tomorrow")]
