"""A bare year that is the subject of its clause ("As 2019 ends", "Whatever 2030 brings") is no
event; a year after "of" dates what it names ("the floods of 2014 left 20 dead").

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 5, 8)


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, PUB, [], [])]


def test_a_year_as_the_subject_is_no_event():
    assert _events("As 2019 ends, here is what happened in the valley.") == []
    assert _events("Whatever 2030 brings, the town will cope.") == []


def test_a_year_after_of_dates_what_it_names():
    assert _events("The floods of 2014 left 20 people dead.") == [("2014", "2014")]
