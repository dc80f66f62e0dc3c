"""Titles, alternatives, "YEAR, when" clauses, "could" of the past, "minutes ago", a blog past
midnight and a page's notices about itself, in made-up texts of the shapes news uses."""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events, find_dates


def _dates(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.precision) for e in find_dates(text, published)]


def _events(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.precision) for e in extract_events(text, published, [], [])]


PUB = date(2026, 5, 13)  # a Wednesday


def test_a_title_block_dates_nothing():
    text = (
        "THE VALLEY WEEKLY\nIssue 40 | Sunday 10 May 2026\n\nThe mayor opened the bridge on "
        "Saturday."
    )
    assert _events(text, PUB) == [("2026-05-09", "day")]
    text = "SPORT\n\nCup 2026: how the local sides fared\n\nThe club won the final on Saturday."
    assert _events(text, PUB) == [("2026-05-09", "day")]


def test_a_deck_under_a_blank_line_keeps_its_day():
    text = "HARBOUR VOTE\n\nCouncil backs the plan; works to start next week\n\nMore text here."
    assert ("2026-05", "month") in _dates(text, PUB)


def test_alternatives_date_nothing():
    for text in (
        "The panel could rule on Monday or Tuesday.",
        "The vote may come in June or July.",
        "The handover is expected that day or the day before.",
    ):
        assert _dates(text, PUB) == [], text


def test_a_date_in_a_clause_of_when_takes_its_year():
    text = "The fair has run since 1994, when the town held it for the first time on 3 June."
    assert _events(text, PUB) == [("1994-06-03", "day")]
    text = "It was the largest deployment since 2008, when troops arrived in March."
    assert _events(text, PUB) == [("2008-03", "month")]


def test_could_after_a_verb_of_the_past_tells_the_past():
    text = "Patients who were in quarantine could vote by post on Monday and Tuesday."
    assert _dates(text, PUB) == [("2026-05-11", "day"), ("2026-05-12", "day")]
    text = "The new board must be appointed soon, and it could meet on the 20th."
    assert _dates(text, PUB) == [("2026-05-20", "day")]


def test_minutes_ago_is_the_day_of_the_writing():
    assert _dates("The ferry docked a few minutes ago, the port said.", PUB) == [
        ("2026-05-13", "day")
    ]


def test_day_words_after_a_blog_passes_midnight_speak_from_the_next_day():
    text = (
        "FLOOD WATCH - LIVE\n\n22:40\nThe river rose again.\n\n23:55\nCrews are still "
        "working.\n\n00:30\nThe mayor said a few minutes ago that the dam held. The army will "
        "arrive later today.\n"
    )
    found = _dates(text, PUB)
    assert found == [("2026-05-14", "day"), ("2026-05-14", "day")]


def test_a_log_under_a_night_heading_does_not_move_the_day_words():
    text = (
        "Saturday night\n22:15 - A car was stolen.\n00:30 - A fire was put out.\n\n"
        "The chief said this morning that arrests were made."
    )
    assert ("2026-05-13", "day") in _dates(text, PUB)


def test_a_page_s_notices_about_itself_are_no_events():
    for text in (
        "This page was last updated on Tuesday at 10:15.",
        "Next update: 12:00 today.",
        "We will be back at 09:00 with the results.",
        "That is all from us tonight.",
        "Next bulletin: 19:00 today.",
        "Next alert: 07:30 tomorrow.",
        "The next news is at 16:00.",
        "We are closing this blog for today.",
        "Tomorrow's summary will be posted at 06:30.",
    ):
        assert _events(text, PUB) == [], text
    # the next issue told as a happening stays an event
    assert _events("The next report will be issued at 18:00 today.", PUB) != []


def test_a_masthead_line_of_fields_is_no_event():
    text = (
        "RIVER WATCH\n\nWednesday 13 May 2026 | Issued 06:00 by the duty hydrologist\n\n"
        "The river rose by a metre on Monday."
    )
    assert _events(text, PUB) == [("2026-05-11", "day")]


def test_a_title_ending_in_a_bracket_is_a_title():
    text = (
        "CITY POLICE - DAILY LOG (PUBLIC SUMMARY)\nCovering 12 May 2026, 00:00 to 24:00\n\n"
        "The night was calm."
    )
    assert _dates(text, PUB) == []


def test_this_week_is_the_week_and_a_hedged_day_restates_it():
    assert _dates("The court will rule this week.", PUB) == [("2026-05", "month")]
    text = "The president is expected to call the vote this week, probably on Friday."
    assert _events(text, PUB) == [("2026-05-15", "day")]


def test_an_opening_season_s_possessive_gives_way_to_its_day():
    text = "Last summer's worst fire broke out on 3 August, when the wind turned."
    assert _events(text, PUB) == [("2025-08-03", "day")]


def test_a_log_line_takes_its_day_from_a_heading_or_the_line_before_only():
    # a live blog's entries: a day told inside one entry dates no later entry's time
    text = (
        "LIVE: Flood in the valley\n\n"
        "10:05 - The river burst its banks at 09:40 today.\n\n"
        "11:20 - The dam was last repaired on 4 March, the utility says.\n\n"
        "12:45 - Rescuers reached the village."
    )
    found = _dates(text, PUB)
    assert ("2026-03-04", "day") in found
    assert found.count(("2026-03-04", "day")) == 1
    # under a heading that names the day, the log's lines are of that day
    text = "Incidents of Monday night:\n16:20 - A car is set alight.\n16:45 - Two men are held."
    assert _dates(text, PUB) == [("2026-05-11", "day")] * 3
