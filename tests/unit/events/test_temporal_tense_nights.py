"""Tense read further back, nights past midnight, logs' lines and nights between two days.

Each case is a general rule of the extractor, checked on what ``extract_events`` returns for a
short made-up text in that shape, with the cases where the rule must not fire.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events, find_dates

SAT = date(2022, 8, 13)  # a Saturday
TUE = date(2025, 2, 11)  # a Tuesday


def _events(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def _dates(text: str, published: date) -> list[tuple[str, str]]:
    """The dates found, bare clock times among them (no events of their own, see
    test_bare_clock.py, but the day they resolve to is what these cases check)."""
    return [(e.date, e.surface) for e in find_dates(text, published)]


def test_a_future_verb_far_back_in_the_clause_looks_forward():
    text = (
        "The police director will answer questions about the call at a press conference on Monday."
    )
    assert _events(text, SAT) == [("2022-08-15", "on Monday")]
    text = "The judge is expected to rule on the request for pre-trial detention on Thursday."
    assert _events(text, TUE) == [("2025-02-13", "on Thursday")]


def test_a_past_verb_far_back_still_looks_back():
    text = "The director answered questions about the call at a press conference on Monday."
    assert _events(text, SAT) == [("2022-08-08", "on Monday")]


def test_a_date_that_ends_its_sentence_takes_no_tense_from_the_next():
    text = "The board proposes a dividend, to be paid on 15 September. The last meeting took place."
    assert _events(text, date(2025, 7, 30))[0] == ("2025-09-15", "on 15 September")


def test_a_decision_to_do_something_on_a_date_is_dated_nearest():
    text = "The council decided to hold a commemoration for the victims on 13 November."
    assert _events(text, date(2024, 10, 15)) == [("2024-11-13", "on 13 November")]
    # a plain past verb keeps the date in the past
    text = "The council held a commemoration for the victims on 13 November."
    assert _events(text, date(2024, 10, 15)) == [("2023-11-13", "on 13 November")]


def test_a_clock_time_after_an_evening_one_is_past_midnight():
    text = (
        "Live: the count\n\n"
        "23:50 The commission says most polling stations are counted.\n\n"
        "00:35 The commission has published its first full count.\n\n"
        "01:30 The prime minister has addressed supporters. He spoke shortly after 01:00.\n"
    )
    assert _dates(text, date(2025, 2, 9)) == [
        ("2025-02-09", "23:50"),
        ("2025-02-10", "00:35"),
        ("2025-02-10", "01:30"),
        ("2025-02-10", "shortly after 01:00"),
    ]


def test_an_early_clock_time_with_no_evening_before_stays_on_its_day():
    text = "Live: the storm\n\n01:30 The river has burst its banks in the town centre.\n"
    assert _events(text, date(2025, 2, 9)) == [("2025-02-09", "01:30")]
    # a day named after the evening starts the clock times anew
    text = (
        "Log\n\n19:45 Wounded residents are moved to the hospital.\n\n"
        "On Friday the team returned. At 02:10 the street was reopened.\n"
    )
    assert ("2022-08-12", "At 02:10") in _dates(text, SAT)


def test_a_logs_lines_are_on_the_day_its_heading_names():
    text = (
        "Daily log\n\nIncidents of Friday afternoon:\n\n"
        "16:20 - The duty officer receives calls reporting gunfire.\n\n"
        "19:45 - Wounded residents are transferred to the hospital.\n\n"
        "At 00:40 - The forensic team finishes work at the scene.\n"
    )
    found = _events(text, SAT)
    assert ("2022-08-12", "16:20") in found
    assert ("2022-08-12", "19:45") in found
    assert ("2022-08-13", "At 00:40") in found


def test_a_logs_line_with_no_day_named_before_is_no_date():
    text = "16:20 - The duty officer receives calls reporting gunfire in the town."
    assert _events(text, SAT) == []


def test_a_blog_greeting_is_no_event():
    text = (
        "Live: the vote\n\n"
        "18:45 Good evening and welcome to our coverage of the election.\n\n"
        "19:05 Polls have closed across the country.\n"
    )
    assert _events(text, date(2025, 2, 9)) == [("2025-02-09", "19:05")]


def test_a_night_between_two_days_is_the_day_it_ends_on():
    text = "The office was attacked with a grenade overnight from Saturday to Sunday."
    assert _events(text, date(2022, 12, 12)) == [
        ("2022-12-11", "overnight from Saturday to Sunday")
    ]
    # "overnight" alone stays the publication's day
    text = "The office was attacked with a grenade overnight."
    assert _events(text, date(2022, 12, 12)) == [("2022-12-12", "overnight")]


def test_a_weekday_before_its_date_is_one_day_by_the_date():
    text = "The next regular session will be held on Thursday, 24 October."
    assert _events(text, date(2024, 10, 15)) == [("2024-10-24", "on Thursday, 24 October")]
    text = "Timeline\n\nMonday 25 September: Kosovo observes a day of mourning."
    assert _events(text, date(2023, 10, 1)) == [("2023-09-25", "Monday 25 September")]
    # a weekday with no date after it keeps its own reading
    text = "The session was held on Thursday, and the mayor spoke."
    assert _events(text, date(2024, 10, 15)) == [("2024-10-10", "on Thursday")]


def test_a_clock_time_takes_the_day_named_earlier_in_its_paragraph():
    text = (
        "The ship reached the port on 16 October with 16 men. Four were taken back to Italy. "
        "The other 12 were taken to the centre. Monitors saw them leave the port at about 11:30."
    )
    assert ("2024-10-16", "about 11:30") in _dates(text, date(2024, 10, 28))
    # a day named in the paragraph before is too far: the publication's day
    text = text.replace("Italy. ", "Italy.\n\n")
    assert ("2024-10-28", "about 11:30") in _dates(text, date(2024, 10, 28))


def test_a_blog_entrys_time_dates_no_clock_time_further_down_its_entry():
    text = (
        "Live: the protest\n\n"
        "07:15 Thousands of people gathered outside parliament last night.\n\n"
        "07:40 Police said 43 officers were injured. Older residents say they have rarely seen "
        "such anger. Some protesters forced their way into the building shortly after 21:30.\n"
    )
    found = _dates(text, date(2020, 7, 8))
    assert ("2020-07-07", "shortly after 21:30") in found


def test_a_year_of_account_is_no_event():
    text = "The money is not part of the 2022 budget. Parliament approved the 2024 accounts."
    assert _events(text, date(2025, 7, 30)) == []
    text = "Profit rose on the same period of the 2024 financial year."
    assert _events(text, date(2025, 7, 30)) == []
    # a year after the happening's noun stays an event; one inside its name is none
    # (test_page_stamps_and_names)
    text = "Turnout fell after the election of 2020, officials said."
    assert _events(text, date(2025, 7, 30)) == [("2020", "2020")]


def test_drew_is_past_and_is_likely_to_is_future():
    text = "Slovenia drew 1-1 with Denmark in Stuttgart on Sunday."
    assert _events(text, date(2024, 6, 18)) == [("2024-06-16", "on Sunday")]
    text = "Parliament is likely to vote on the cabinet in June."
    assert _events(text, date(2024, 5, 11)) == [("2024-06", "in June")]
    # "was likely to" reports a future seen from the saying: the nearest June, as a
    # "would" after "said" does
    text = "Parliament was likely to vote on the cabinet in June, they said."
    assert _events(text, date(2024, 5, 11)) == [("2024-06", "in June")]


def test_a_clock_time_in_a_future_clause_is_not_on_a_past_day():
    text = "Rescue teams arrived that evening. The next bulletin will be issued at 18:00."
    found = _dates("Floods hit the town on Friday. " + text, date(2024, 10, 5))
    assert ("2024-10-05", "at 18:00") in found
    # in the past tense it keeps the day named before it
    text = "Floods hit the town on Friday. The first bulletin was issued at 18:00."
    assert ("2024-10-04", "at 18:00") in _dates(text, date(2024, 10, 5))


def test_every_day_at_a_time_and_a_date_marked_each_year_are_habits():
    text = "Since then they have held silent tributes every day at 11:52."
    assert _events(text, date(2025, 11, 1)) == []
    text = "The municipality has proposed that 8 September be marked each year."
    assert _events(text, date(2022, 9, 8)) == []
    # one day at that time is a happening
    text = "They held a silent tribute on Friday at 11:52."
    assert _events(text, date(2025, 11, 1)) != []


def test_that_day_and_that_afternoon_are_the_day_told_before():
    text = (
        "The storm reached the coast on 27 October. The government met at a session that "
        "afternoon. Schools stayed closed that day."
    )
    found = _events(text, date(2025, 10, 28))
    assert ("2025-10-27", "that afternoon") in found
    assert ("2025-10-27", "that day") in found
    # with no day told before, "that day" dates nothing
    assert _events("Nobody will forget that day.", date(2025, 10, 28)) == []


def test_a_sentence_dated_from_the_day_before_it_tells_a_happening():
    text = "The court ruled on 18 October. The men were taken to Italy the next day."
    assert ("2024-10-19", "the next day") in _events(text, date(2024, 10, 28))
    text = "Police found the trucks on 24 September. Others escape through the woods that night."
    assert ("2023-09-24", "that night") in _events(text, date(2023, 10, 1))


def test_a_headings_date_after_a_dash_is_no_event():
    text = "ENERGY MONITOR - Weekly report - 3 January 2022\n\nDemand peaked on 31 December 2021."
    assert _events(text, date(2022, 1, 3)) == [("2021-12-31", "on 31 December 2021")]
    # a date that opens its line before a dash is a chronology's entry, still an event
    text = "Timeline\n\n3 January 2022 - Demand peaks at 1,400 megawatts."
    assert _events(text, date(2022, 1, 5)) == [("2022-01-03", "3 January 2022")]


def test_two_months_with_one_year_are_that_year():
    text = "The court confirmed that peacekeepers were taken hostage in May and June 1995."
    assert _events(text, date(2021, 6, 8)) == [("1995", "June 1995")]
    # one month with its year stays a month
    text = "The court confirmed that peacekeepers were taken hostage in June 1995."
    assert _events(text, date(2021, 6, 8)) == [("1995-06", "in June 1995")]


def test_a_small_hour_after_last_night_is_past_its_midnight():
    text = "Fans celebrated in the square last night, and the last went home at about 01:00."
    assert ("2024-06-20", "about 01:00") in _dates(text, date(2024, 6, 20))
    # after "overnight" (the night that ends on the day) the small hour stays on that day
    text = "Teams worked overnight. A man was pulled from the rubble at about 05:10."
    assert ("2019-11-27", "about 05:10") in _dates(text, date(2019, 11, 27))


def test_a_match_that_kicks_off_on_a_weekday_is_ahead():
    text = "The match in Hamburg kicks off at 15:00 on Wednesday."
    assert _events(text, date(2024, 6, 18)) == [("2024-06-19", "on Wednesday")]


def test_a_holiday_is_its_day_in_the_year_the_tense_points_to():
    text = "Demand peaked on New Year's Eve at about 1,400 megawatts."
    assert _events(text, date(2022, 1, 3))[0] == ("2021-12-31", "on New Year's Eve")
    text = "The students will not celebrate on New Year's Eve."
    assert _events(text, date(2024, 12, 23)) == [("2024-12-31", "on New Year's Eve")]
    text = "Shops reopened after Christmas Day."
    assert _events(text, date(2023, 12, 28)) == [("2023-12-25", "after Christmas Day")]
    # a new year's resolution names no day
    assert _events("He made a New Year's resolution on the spot.", date(2024, 1, 2)) == []


def test_a_year_alone_after_a_dash_stays_a_date():
    assert _events("12:00 — 2024", date(2024, 3, 20)) == [("2024", "2024")]
