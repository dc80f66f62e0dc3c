"""Rules of the tuning27 round, each checked on what ``extract_events`` returns for short
made-up texts (our own words): days with an "on" each, a month that ends a paragraph, a season
word that modifies a noun, the winter under way, counts "so far", bounds at noon, and day
words that frame the page's own talk.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events


def _events(text: str, pub: date) -> list[tuple[str, str, str]]:
    return [(e.date, e.precision, e.surface) for e in extract_events(text, pub, [], [])]


THU = date(2025, 1, 2)  # a Thursday


def test_two_days_each_with_its_own_on_are_two_happenings():
    assert _events("The two burials will be held on Friday and on Saturday.", THU) == [
        ("2025-01-03", "day", "on Friday"),
        ("2025-01-04", "day", "on Saturday"),
    ]


def test_two_days_with_one_on_stay_a_stretch():
    assert _events("The two burials will be held on Friday and Saturday.", THU) == []
    assert _events("More burials will be held tomorrow and on Saturday.", THU) == []


def test_a_month_that_ends_a_paragraph_takes_no_day_from_the_next():
    text = (
        "Two more died later in hospital, the last in March.\n\n"
        "4 November 2024 - The minister resigns."
    )
    got = _events(text, date(2025, 11, 2))
    assert ("2025-03", "month", "in March") in got
    assert ("2024-11-04", "day", "4 November 2024") in got


def test_a_season_that_modifies_a_noun_is_no_that_year():
    text = "The road opened in 2017. Drivers are reminded that winter tyres are compulsory."
    assert _events(text, date(2025, 1, 10)) == [("2017", "year", "in 2017")]


def test_that_season_after_a_year_is_still_that_year():
    text = "The road opened in 2017. That winter it was closed for a month."
    assert ("2017", "year", "That winter") in _events(text, date(2025, 1, 10))


def test_the_winter_under_way_is_no_year():
    assert _events("The valley recorded its coldest night this winter on Monday.", THU) == [
        ("2024-12-30", "day", "on Monday")
    ]


def test_a_count_so_far_is_no_event():
    text = "The ministry has registered 12,000 arrivals so far this year, against 9,000 in 2023."
    assert _events(text, date(2023, 11, 7)) == [("2023", "year", "in 2023")]
    assert _events("Police have fined 40 drivers this month so far.", THU) == []


def test_a_deadline_at_noon_is_a_bound():
    text = "Officials said the office had to be empty by noon today."
    assert _events(text, THU) == []


def test_sign_offs_and_section_leads_are_no_events():
    pub = date(2025, 3, 15)
    assert _events("01:15 - That is all for tonight. We resume on Sunday morning.", pub) == [
        ("2025-03-16", "day", "on Sunday morning")
    ]
    text = "In other news tonight: the storm is expected to pass on Thursday."
    assert _events(text, date(2023, 9, 25)) == [("2023-09-28", "day", "on Thursday")]
    text = "Last week's recap: the two negotiators met in Brussels on Tuesday without a deal."
    assert _events(text, date(2023, 11, 19)) == [("2023-11-14", "day", "on Tuesday")]


def test_a_verb_of_the_timetable_in_the_present_is_a_happening():
    assert _events("The difficult part begins this week.", date(2023, 6, 12)) == [
        ("2023-06", "month", "this week")
    ]


def test_a_month_as_the_subject_of_its_own_verb_is_no_happening():
    assert _events("November ends as one of the mildest on record.", date(2024, 11, 30)) == []


def test_did_standing_for_a_verb_dates_a_happening():
    text = "Others may use the ruling to reopen old quarrels, as the town did on Friday."
    assert _events(text, date(2024, 5, 26)) == [("2024-05-24", "day", "on Friday")]


def test_a_month_something_is_planned_for_is_the_nearest():
    text = "Washington has cancelled the army's part in a drill planned for June."
    assert _events(text, date(2023, 5, 31)) == [("2023-06", "month", "June")]


def test_a_month_after_a_past_hope_is_the_nearest():
    text = "She hoped to put a new cabinet to the assembly in March."
    assert _events(text, date(2022, 2, 5)) == [("2022-03", "month", "in March")]


def test_a_results_line_under_a_weekday_is_of_the_past():
    text = "Results\n\nSaturday: Rudar 2 Jedinstvo 0; Mornar 1 Bokelj 1."
    assert _events(text, date(2025, 5, 12)) == [("2025-05-10", "day", "Saturday")]


def test_a_future_in_the_next_clause_is_not_the_date_s():
    text = (
        "Rudar went five points clear on Saturday with a home win, and could take the title soon."
    )
    assert _events(text, date(2025, 5, 12)) == [("2025-05-10", "day", "on Saturday")]


def test_a_present_is_on_a_weekday_is_ahead():
    assert _events("The fourth game is in Nikšić on Tuesday.", date(2025, 5, 12)) == [
        ("2025-05-13", "day", "on Tuesday")
    ]
    assert _events("00:15 - It is now Monday. Counting goes on.", date(2023, 12, 17)) == []


def test_a_day_later_skips_a_week_told_from_the_writing():
    text = (
        "Rudar went clear on Saturday with a win, and could take the title next weekend.\n\n"
        "Jedinstvo kept the race alive a day later, beating Bokelj 3-1."
    )
    assert ("2025-05-11", "day", "a day later") in _events(text, date(2025, 5, 12))


def test_the_day_or_night_before_with_a_preposition_after_it():
    text = (
        "A court on Friday remanded the man, who was held at the airport the day before with a"
        " false passport."
    )
    assert ("2023-03-23", "day", "the day before") in _events(text, date(2023, 3, 24))
    text = (
        "28 January 2025 - The mayor resigns, hours after students were beaten the night before"
        " by men leaving an office."
    )
    assert ("2025-01-27", "day", "the night before") in _events(text, date(2025, 11, 2))


def test_a_past_day_s_weather_is_its_news():
    text = "Orthodox Christmas, on Tuesday, was mild and sunny across the region."
    assert _events(text, date(2025, 1, 10)) == [("2025-01-07", "day", "on Tuesday")]


def test_a_warning_looks_ahead():
    text = "Meteorologists warn of heavy rain on Tuesday in the hills."
    assert _events(text, date(2024, 10, 6)) == [("2024-10-08", "day", "on Tuesday")]
