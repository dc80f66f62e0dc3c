"""Clock times, habits and weekdays beside dates, in made-up sentences of the shapes news uses."""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events, find_dates


def _dates(text: str, published: date) -> list[tuple[str, str, str]]:
    return [(e.date, e.precision, e.surface) for e in find_dates(text, published)]


def test_midday_and_before_a_time_are_clock_times():
    pub = date(2026, 2, 7)
    text = "The second tremor hit the same valley at midday. Queues formed before 08:00."
    assert [d[:2] for d in _dates(text, pub)] == [("2026-02-07", "day"), ("2026-02-07", "day")]


def test_a_part_of_the_day_after_a_clock_time_dates_it():
    text = (
        "The two climbers were found on 1 November. "
        "Surgeons operated on one of them again at about 03:30 this morning."
    )
    found = _dates(text, date(2026, 11, 4))
    assert found[-1][:2] == ("2026-11-04", "day")
    assert all(d != "2026-11-01" for d, _, s in found if "03:30" in s)


def test_a_clock_time_told_in_the_past_is_no_time_of_a_day_to_come():
    text = (
        "The new coins will be issued on 1 January next year. "
        "The central bank's report, published at noon, found prices stable."
    )
    found = _dates(text, date(2026, 6, 3))
    assert found[-1][:2] == ("2026-06-03", "day")


def test_habits_of_the_year_and_of_the_evening_are_no_events():
    pub = date(2026, 6, 3)
    for text in (
        "The march of remembrance is held every year on 11 July.",
        "The gates open every evening at 19:00.",
        "Bars must close at 01:00 every night.",
        "By law the school year starts on the first Monday in September.",
        "The city lights a bonfire on the night of 13 January, as it does every year.",
    ):
        assert [e for e in find_dates(text, pub) if e.precision == "day"] == [], text


def test_a_weekday_after_a_date_restates_it():
    found = _dates("The two delegations met on 18 March, a Saturday.", date(2026, 3, 31))
    assert [d[:2] for d in found] == [("2026-03-18", "day")]


def test_a_weekday_with_a_date_takes_the_year_it_falls_in():
    # 10 June 2026 is a Wednesday; 10 June 2025 a Tuesday
    text = "Wednesday, 10 June: sunny, with highs of 31 on the coast."
    assert _dates(text, date(2026, 6, 8))[0][:2] == ("2026-06-10", "day")


def test_a_year_earlier_in_a_comparison_is_no_date():
    text = "Exports rose on 3 March by 4 percent compared with a year earlier."
    assert [d for d, _, _ in _dates(text, date(2026, 3, 20))] == ["2026-03-03"]
    text = "The bridge opened on 3 March 2019. A year earlier, the old ferry sank."
    assert extract_events(text, date(2026, 3, 20), [], [])[-1].date == "2018"


def test_a_logs_times_are_of_the_day_its_heading_names():
    text = (
        "CITY POLICE - WEEKEND LOG\n\n"
        "Saturday evening\n"
        "21:10 A van hit a lamp post on the ring road.\n"
        "01:40 Two men were detained after a brawl.\n\n"
        "Sunday\n"
        "10:05 A wallet was handed in at the station.\n"
    )
    found = extract_events(text, date(2027, 6, 7), [], [])  # a Monday
    assert [(e.date, e.surface) for e in found] == [
        ("2027-06-05", "Saturday evening"),
        ("2027-06-05", "21:10"),
        ("2027-06-06", "01:40"),  # past the evening's midnight
        ("2027-06-06", "Sunday"),
        ("2027-06-06", "10:05"),
    ]


def test_a_live_blogs_entries_apart_stay_on_the_blogs_day():
    text = "Sunday\n\n09:15 Queues formed at the polling stations.\n\n10:30 Turnout was low."
    assert [d for d, _, _ in _dates(text, date(2027, 6, 7))][1:] == ["2027-06-07", "2027-06-07"]


def test_the_day_after_tomorrow_and_the_weekend_something_is_set_for():
    pub = date(2027, 12, 30)  # a Thursday
    assert _dates("The checks will end the day after tomorrow.", pub)[0][:2] == (
        "2028-01-01",
        "day",
    )
    text = "Matches scheduled for the weekend will open with a minute's silence."
    assert _dates(text, pub)[0][:2] == ("2028-01", "month")


def test_joining_is_a_timetable_and_a_noun_after_an_adjective_is_none():
    pub = date(2027, 12, 30)  # a Thursday
    assert _dates("The country joins the passport-free zone on Sunday.", pub)[0][:2] == (
        "2028-01-02",
        "day",
    )
    text = "A skier who had left the marked runs at dusk on Saturday was found alive."
    assert _dates(text, pub)[0][:2] == ("2027-12-25", "day")


def test_two_parts_of_the_day_are_two_happenings():
    text = "The service expects more snow this afternoon and frost tonight."
    found = extract_events(text, date(2027, 3, 22), [], [])
    assert [e.surface for e in found] == ["this afternoon", "tonight"]
    text = "A ceremony will be held in the square this evening at 19:00."
    assert len(extract_events(text, date(2027, 3, 22), [], [])) == 1


def test_a_blog_closing_for_the_day_reports_nothing():
    text = "16:05 We are closing the blog."
    assert extract_events(text, date(2027, 3, 22), [], []) == []


def test_forecast_and_fixture_lines_look_ahead():
    pub = date(2027, 10, 2)  # a Saturday
    text = "FORECAST\n\nSunday: cloudy, with showers in the west.\nMonday: dry and cooler."
    assert [d for d, _, _ in _dates(text, pub)] == ["2027-10-03", "2027-10-04"]
    text = "GROUP B\n\nNorth v South, Riverside Stadium, Wednesday\n\nThe hosts trained on Friday."
    assert [d for d, _, _ in _dates(text, pub)] == ["2027-10-06", "2027-10-01"]
    # a roundup's day told in the past stays in the past
    text = "WEEK IN REVIEW\n\nMonday: police arrested two men at the border."
    assert _dates(text, pub)[0][:2] == ("2027-09-27", "day")


def test_days_from_one_to_another_ahead_or_past_are_a_span():
    pub = date(2027, 6, 1)  # a Tuesday
    text = "An orange warning will be in force from Friday until Sunday evening."
    assert _dates(text, pub) == []
    text = "She was economy minister from 3 March 2020 to 5 May 2021."
    assert _dates(text, pub) == []
