"""Deadlines and bounds ("by", "until", "till", "before", "no later than") are no events, but a
date something is moved to, a clause-opening "Until" of the past, a near "shortly before", a
year after "before" and an agent's "by" are read as before.

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 5, 8)  # a Wednesday


def _events(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_a_deadline_or_the_end_of_a_state_is_no_event():
    assert _events("The road will stay closed until Sunday, the mayor said.") == []
    assert _events("The fee is due by 31 May, the tax office said.") == []
    assert _events("The court will rule on the request before the end of June.") == []
    assert _events("Applications must reach the office no later than 20 May.") == []
    assert _events("The ministry wants the first houses rebuilt by the end of the year.") == []
    assert _events("Voters should arrive before 18:00 on Sunday, officials said.") == []
    assert _events("The museum will stay open until 21:00 today.") == []


def test_a_past_bound_after_its_verb_is_no_event_either():
    text = "The last of the climbers had returned by Monday evening, the rescuers said."
    assert _events(text) == []
    assert _events("The old ferry had sailed the route until last summer.") == []


def test_a_span_from_one_day_until_another_is_no_event():
    assert _events("A yellow warning will be in force from Friday until Sunday evening.") == []
    text = "Roads in the centre will be closed from Thursday evening until Saturday morning."
    assert _events(text) == []


def test_a_date_something_is_moved_to_stays():
    assert _events("The hearing was adjourned until 12 June.") == [("2024-06-12", "until 12 June")]


def test_near_times_years_and_agents_stay():
    text = "Two men were arrested shortly before midnight on Tuesday."
    assert _events(text) == [("2024-05-07", "on Tuesday")]
    text = "The rule covers land bought before 1990, when the old law applied."
    assert _events(text) == [("1990", "before 1990")]
    assert _events("The village was badly hit by Friday's storm.") == [("2024-05-03", "by Friday")]


def test_an_until_of_the_past_that_opens_its_clause_tells_when():
    text = "Until yesterday, holders of the old cards needed a visa."
    assert _events(text) == [("2024-05-07", "Until yesterday")]


def test_a_bound_after_its_lead_or_a_relative_year_before_is_no_event():
    assert _events("Lawyers say the trial is unlikely to start before next year.") == []
    text = (
        "The minister promised the budget would reach parliament by the end of November and "
        "that wages would rise."
    )
    assert _events(text) == []
    assert _events("He wants a government formed by March at the latest.") == []


def test_a_state_stretched_until_a_date_is_a_bound():
    assert _events("The exhibition has been extended until 30 June after record crowds.") == []


def test_a_year_named_as_an_agent_is_no_bound():
    # "by" before a name is its agent, no deadline; the year inside the name is no event
    # either (test_page_stamps_and_names), the year told of the agent is
    text = "The council was set up by the 1995 Dayton agreement."
    assert _events(text) == []
    text = "The council was set up by an agreement signed in 1995."
    assert _events(text) == [("1995", "in 1995")]
