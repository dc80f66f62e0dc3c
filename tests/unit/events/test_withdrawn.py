"""A correction's retold claims and denied dates are no events; the day its article came out is."""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events
from newsmap.events.withdrawn import claim_start, is_denied


def _events(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_what_an_earlier_article_said_is_withdrawn():
    pub = date(2027, 3, 31)  # a Wednesday
    text = (
        "An article published on Monday stated that the ministers met in Struga on 17 March. "
        "They met on 18 March."
    )
    assert _events(text, pub) == [("2027-03-29", "on Monday"), ("2027-03-18", "on 18 March")]
    text = "A caption in our issue of 24 March described the march as taking place on Friday."
    assert _events(text, pub) == [("2027-03-24", "24 March")]
    text = "An earlier version of this story gave the date of the vote as 2 April."
    assert _events(text, pub) == []


def test_a_date_denied_is_withdrawn():
    pub = date(2027, 3, 31)
    text = "The funeral will be held tomorrow, not on Sunday as we reported."
    assert _events(text, pub) == [("2027-04-01", "tomorrow")]
    assert is_denied("held not on Sunday", len("held not "))
    assert not is_denied("held on Sunday", len("held "))


def test_a_report_of_others_keeps_its_dates():
    assert claim_start("The agency said exports fell in May.") is None
    text = "The statistics office said on Monday that exports fell in May."
    assert [d for d, _ in _events(text, date(2027, 6, 3))] == ["2027-05-31", "2027-05"]


def test_a_denied_date_is_no_day_to_count_from():
    pub = date(2027, 4, 16)  # a Friday
    text = (
        "The ferry ran aground on Wednesday, 14 April, not on Tuesday 13 April as we said. "
        "Its crew left the ship later that evening."
    )
    assert _events(text, pub)[-1] == ("2027-04-14", "later that evening")


def test_a_retold_claim_is_no_day_to_count_from():
    pub = date(2027, 4, 19)  # a Monday
    text = (
        "An article published on Saturday about the attack on the depot gave a wrong date. "
        "The article said that the guards were ambushed on Thursday 15 April. "
        "The ambush took place on Wednesday, 14 April.\n\n"
        "Workers returned the day after the attack."
    )
    assert _events(text, pub)[-1] == ("2027-04-15", "the day after the attack")
