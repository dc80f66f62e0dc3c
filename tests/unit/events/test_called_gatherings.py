"""The day of a gathering called for is the coming one ("are calling for a march on Monday",
"have called a rally in the square on Saturday", "have called for a vigil in March"), and so
is a date right after "expected" ("the opening, expected on 20 May").

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 5, 10)  # a Friday


def _events(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_a_gathering_called_for_is_ahead():
    text = "Teachers are calling for a march through the old town on Monday evening."
    assert _events(text) == [("2024-05-13", "on Monday evening")]
    text = "The farmers have called a large rally in the main square on Wednesday."
    assert _events(text) == [("2024-05-15", "on Wednesday")]
    text = "The unions have called for a general strike in February."
    assert _events(text) == [("2025-02", "in February")]


def test_a_past_call_reported_stays_in_the_past():
    text = "The farmers called a rally in the main square on Wednesday."
    assert _events(text) == [("2024-05-08", "on Wednesday")]


def test_a_date_right_after_expected_is_ahead():
    text = "The new bridge will carry trams after its opening, expected on 2 March."
    assert _events(text) == [("2025-03-02", "on 2 March")]
    text = "Few of them expected a large crowd at the match on 2 March."
    assert _events(text) == [("2024-03-02", "on 2 March")]
