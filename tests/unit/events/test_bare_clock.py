"""A clock time with no day word beside it is no event of its own ("The hearing will begin at
15:00", "signed shortly after 02:00"); one joined to a day ("at 03:54 on Tuesday", "at about
23:00 on election day", "at 10:00 this morning") and a blog entry's time stay.

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 5, 8)  # a Wednesday


def _events(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_a_bare_clock_time_is_no_event():
    assert _events("The ferry left the harbour at 07:15, the port said.") == []
    assert _events("The mayor cut the ribbon shortly after noon.") == []
    assert _events("The tribunal will read its ruling at 15:00 local time.") == []


def test_the_day_of_its_sentence_stays_the_event():
    text = "The ferry left the harbour at 07:15 on Monday, the port said."
    assert _events(text) == [("2024-05-06", "on Monday")]
    text = "The ferry left the harbour at 07:15 this morning, the port said."
    assert [d for d, _ in _events(text)] == ["2024-05-08"]


def test_a_clock_time_joined_to_a_day_told_before_stays():
    text = (
        "The town voted on Sunday. The count stopped at about 23:00 on election day after a "
        "quarrel between observers."
    )
    assert ("2024-05-05", "about 23:00") in _events(text)


def test_a_blog_entrys_time_stays():
    text = "Live\n\n09:40 The ferry has left the harbour with 300 passengers on board.\n"
    assert _events(text) == [("2024-05-08", "09:40")]
