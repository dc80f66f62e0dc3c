"""Days of the month by ordinal, weekdays with "the Nth", chronology lines, "from" a weekday,
alternatives and habits, in made-up sentences of the shapes news uses."""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events, find_dates


def _dates(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.precision) for e in find_dates(text, published)]


def _events(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.precision) for e in extract_events(text, published, [], [])]


PUB = date(2026, 5, 13)  # a Wednesday


def test_the_nth_before_a_verb_and_of_that_month():
    assert _dates("The driver who fled on the 9th has been charged.", PUB) == [
        ("2026-05-09", "day")
    ]
    text = "The league resumes in August; the champions play in Split on the 3rd of that month."
    assert _dates(text, PUB) == [("2026-08", "month"), ("2026-08-03", "day")]


def test_the_nth_after_a_month_that_names_a_happening():
    text = "Turnout in the March referendum, held on the 22nd, was low."
    assert _dates(text, PUB) == [("2026-03-22", "day")]
    text = "Exports fell in April, the office said on the 11th."
    assert _dates(text, PUB)[-1] == ("2026-05-11", "day")


def test_a_weekday_and_the_nth():
    # 16 May 2026 is a Saturday
    assert _dates("On Saturday the 16th, the choir sings in the old church.", PUB) == [
        ("2026-05-16", "day")
    ]


def test_a_chronology_line_tells_the_past():
    pub = date(2026, 6, 30)
    text = (
        "TIMELINE\n\n14 November - Farmers block the main road.\n"
        "September - The government falls.\n"
    )
    assert _dates(text, pub) == [("2025-11-14", "day"), ("2025-09", "month")]


def test_from_a_weekday_with_no_tense_starts_ahead():
    text = "From Monday, residents can park free of charge in the old town."
    assert _dates(text, PUB) == [("2026-05-18", "day")]
    text = "From Sunday evening onwards, boats were sent to the island."
    assert _dates(text, PUB) == [("2026-05-10", "day")]


def test_a_weekday_after_a_is_no_day():
    assert _dates("Trains run a Sunday timetable.", PUB) == []
    assert _dates("She would call on a Sunday morning.", PUB) == []


def test_a_week_ago_is_that_day():
    assert _dates("The lights went up a week ago.", PUB) == [("2026-05-06", "day")]


def test_an_adjective_in_ed_is_no_past_verb():
    text = "The minister said the army would inspect the damaged bridges on Friday."
    assert _dates(text, PUB) == [("2026-05-15", "day")]


def test_as_early_as_a_month():
    assert _dates("A ruling might come as early as March.", PUB) == [("2027-03", "month")]
    assert _dates("Talks could resume as soon as June.", PUB) == [("2026-06", "month")]


def test_days_from_one_to_another_are_a_span():
    assert _dates("A craft fair runs in the square from Thursday to Sunday.", PUB) == []
    text = "A storm warning will be in force from Friday until Sunday evening."
    assert _dates(text, PUB) == []


def test_daily_and_weekdays_are_habits():
    assert _dates("The lifts open at 08:30 daily.", PUB) == []
    assert _dates("The digest goes out on weekdays at 07:00.", PUB) == []


def test_that_morning_and_the_same_night_are_told_from_the_day_before():
    text = "Riots broke out on 2 March. The minister resigned later that morning."
    assert _events(text, PUB)[-1] == ("2026-03-02", "day")
    text = "The bridge was attacked on 2 March. Two men were arrested the same night."
    assert _events(text, PUB)[-1] == ("2026-03-02", "day")


def test_the_month_may_before_a_conjunction_is_no_modal():
    text = "Clashes followed at the end of May, and on 12 September gunmen attacked a patrol."
    assert _dates(text, date(2026, 12, 20))[-1] == ("2026-09-12", "day")


def test_orthodox_feasts_fall_thirteen_days_later():
    pub = date(2026, 1, 2)
    assert _dates("Offices close for Orthodox Christmas Eve.", pub) == [("2026-01-06", "day")]


def test_from_a_weekday_opening_a_clause_reads_the_clause_after_it():
    text = "Residents have waited years for it: from Monday, they can cross without a visa."
    assert _dates(text, PUB) == [("2026-05-18", "day")]


def test_a_weekday_heading_with_its_name_looks_ahead():
    text = "Saturday, Labour Day: sunny and warm, highs of 28."
    assert _dates(text, date(2026, 4, 29)) == [("2026-05-02", "day")]


def test_a_day_told_from_a_happening_in_apposition_restates_the_sentence_s_day():
    text = (
        "The mayor resigned this morning, the day after the council vote collapsed, and named "
        "his deputy as acting mayor."
    )
    assert _events(text, PUB) == [("2026-05-13", "day")]


def test_a_forecast_s_days_lie_ahead():
    text = "Weather: showers in the north on Saturday, dry and warmer on Sunday."
    assert _events(text, PUB) == [("2026-05-16", "day"), ("2026-05-17", "day")]
    assert _events("The weather: clear and cold tonight, minus four in the hills.", PUB) == [
        ("2026-05-13", "day")
    ]


def test_weather_told_in_the_past_stays_past():
    text = "Heavy rain and strong winds flooded the valley on Saturday."
    assert _events(text, PUB) == [("2026-05-09", "day")]


def test_born_and_shrank_tell_a_happening():
    assert _events("She was born in a village near the river in 1961.", PUB) == [("1961", "year")]
    assert _events("The harvest shrank by a third last year.", PUB) == [("2025", "year")]


def test_days_from_a_named_day_count_from_it():
    pub = date(2026, 1, 5)
    assert _dates("Snow fell four days before Christmas Day.", pub) == [("2025-12-21", "day")]
    assert _dates("The vote came the day after New Year's Day.", pub) == [("2026-01-02", "day")]


def test_two_days_of_one_month_are_the_month():
    assert _dates("A hearing ran from 4 to 9 March.", PUB) == [("2026-03", "month")]
    assert _dates("Ministers meet on 21 and 22 June.", PUB) == [("2026-06", "month")]
    assert _dates("The side won 2-1 on 9 May.", PUB) == [("2026-05-09", "day")]


def test_a_heading_of_a_week_is_no_event():
    assert _events("Next month.\nMinisters meet in Brussels on 16 June.", PUB) == [
        ("2026-06-16", "day")
    ]
