"""Year-less dates of plans told from the past, a month inside a name, a page's earlier version
and an obituary's dates of life.

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2023, 11, 21)  # a Tuesday


def _events(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_was_likely_to_is_a_future_seen_from_the_saying():
    text = "Officials said on Friday that the bridge was likely to reopen on 2 January."
    assert ("2024-01-02", "on 2 January") in _events(text)
    text = "Traders said the bank was unlikely to move rates before the vote on 4 February."
    assert ("2024-02-04", "on 4 February") in _events(text)


def test_a_plan_of_the_past_names_the_nearest_day():
    text = "The council has cancelled the fair that had been due on 2 December."
    assert _events(text) == [("2023-12-02", "on 2 December")]
    text = "The two unions had planned to strike on 1 December; the talks are now off."
    assert _events(text) == [("2023-12-01", "on 1 December")]


def test_expire_is_a_verb_of_the_timetable():
    text = "The board, whose terms expire on 30 November, met in Vienna."
    assert ("2023-11-30", "on 30 November") in _events(text)


def test_a_threat_looks_ahead():
    pub = date(2024, 1, 15)
    text = "Farmers gave the ministry a week to answer, threatening new road blocks in early March."
    assert _events(text, pub) == [("2024-03", "in early March")]


def test_a_month_inside_a_name_is_no_event():
    assert _events("The minister spoke at the October summit in Tirana.") == []
    assert _events("Turnout was lower than in the March local elections.") == []
    assert _events("It was close to the July record in the capital.") == []


def test_a_month_standing_alone_stays():
    assert _events("The minister spoke at a summit in Tirana in October.") == [
        ("2023-10", "in October")
    ]
    text = "Voters chose a new mayor in the May elections, held on 21 May."
    assert _events(text) == [("2023-05-21", "on 21 May")]


def test_a_page_stamp_of_a_column_or_an_advisory():
    text = "The ferry sank on Monday.\n\nThis column was last updated on 20 November 2023 at 10:00."
    assert _events(text) == [("2023-11-20", "on Monday")]
    text = (
        "The ship sank on Monday. The previous version of this advisory, dated 9 November, is void."
    )
    assert _events(text) == [("2023-11-20", "on Monday")]


def test_an_obituarys_dates_of_life_line():
    text = (
        "The singer died in hospital on Sunday, her family said.\n\n"
        "Mira Lukic, born 14 June 1931; died 19 November 2023."
    )
    assert _events(text) == [("2023-11-19", "on Sunday")]


def test_a_birth_told_as_a_happening_stays():
    text = "She was born on 14 June 1931 in a village near the river."
    assert _events(text) == [("1931-06-14", "on 14 June 1931")]


def test_the_day_a_source_spoke_on_is_not_the_happenings():
    pub = date(2024, 4, 26)  # a Friday
    text = (
        "The party won the local election, the commission said on Thursday. "
        "The polls closed late on Wednesday. "
        "Its leader said the morning after the vote that talks would start soon."
    )
    assert ("2024-04-25", "the morning after the vote") in _events(text, pub)
