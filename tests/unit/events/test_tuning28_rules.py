"""Rules of the tuning28 round, each checked on what ``extract_events`` or ``find_dates``
returns for short made-up texts (our own words): entry times under a blog's dated page line,
the wars of a decade, "for up to" a count, a day declared just before, a future seen from a
saying further back, and a feast beside its date.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events, find_dates


def _events(text: str, pub: date) -> list[tuple[str, str, str]]:
    return [(e.date, e.precision, e.surface) for e in extract_events(text, pub, [], [])]


def _dates(text: str, pub: date) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in find_dates(text, pub)]


TUE = date(2024, 4, 9)  # a Tuesday
THU = date(2024, 4, 11)  # a Thursday


def test_entry_times_under_a_dated_page_line_are_stamps():
    text = (
        "Floods in the valley: live\n\n"
        "Live from Doboj | Tuesday 9 April 2024 | all times local\n\n"
        "08:10 Water is still rising in the lower town.\n\n"
        "09:30 The army has sent two more boats, the mayor said yesterday."
    )
    assert _events(text, TUE) == [("2024-04-08", "day", "yesterday")]


def test_entry_times_of_a_blog_with_no_dated_line_stay_its_days():
    text = (
        "Floods in the valley: live\n\n"
        "08:10 Water is still rising in the lower town.\n\n"
        "09:30 The army has sent two more boats."
    )
    assert [e[0] for e in _events(text, TUE)] == ["2024-04-09", "2024-04-09"]


def test_the_wars_of_a_decade_are_dated_by_it():
    assert _events("He wrote three books about the wars of the 1990s.", TUE) == [
        ("1990", "decade", "the 1990s")
    ]
    assert _events("The mural recalls the crowds of the 2010s.", TUE) == []


def test_held_for_up_to_a_count_of_days_is_no_infinitive():
    text = "A court ordered three men held for up to 30 days on Monday over the riot."
    assert _dates(text, TUE) == [("2024-04-08", "on Monday")]


def test_a_day_declared_just_before_publication_is_that_day():
    text = "The premier declared Wednesday a day of mourning for the victims."
    assert _dates(text, THU) == [("2024-04-10", "Wednesday")]
    text = "The premier declared Saturday a day of mourning for the victims."
    assert _dates(text, THU) == [("2024-04-13", "Saturday")]


def test_a_future_reported_from_a_saying_further_back_is_the_nearest():
    text = "The club announced in late March that the new stand would open to fans on 7 April."
    assert _dates(text, THU)[-1] == ("2024-04-07", "on 7 April")


def test_a_feast_beside_its_date_is_one_day():
    pub = date(2024, 12, 30)
    text = "The church will hold a vigil in the old town on Christmas Eve, 6 January."
    assert _events(text, pub) == [("2025-01-06", "day", "6 January")]
    text = "The bishop said the vigil on Monday, 6 January, Christmas Eve, would be short."
    assert [e[0] for e in _events(text, pub)] == ["2025-01-06"]


SUN = date(2025, 6, 8)  # a Sunday

_DIARY = (
    "The week ahead\n\n"
    "Monday: The assembly sits again to elect a speaker.\n\n"
    "Also on Monday: The presidency holds its session in the capital.\n\n"
    "Wednesday-Thursday: The city hosts an energy forum.\n\n"
    "Saturday: The summer festival opens its box office.\n\n"
    "Sunday: The ruling coalition meets to discuss a reshuffle."
)


def test_a_diary_s_day_heads_run_through_the_coming_week():
    got = [(e[0], e[2]) for e in _events(_DIARY, SUN)]
    assert got == [
        ("2025-06-09", "Monday"),
        ("2025-06-09", "on Monday"),
        ("2025-06-14", "Saturday"),
        ("2025-06-15", "Sunday"),
    ]


def test_a_span_of_days_in_one_word_is_no_event():
    assert _events("The leaders met in Brussels on October 17-18 and agreed nothing.", SUN) == []
    assert _dates("Wednesday-Thursday: the forum meets in Sarajevo.", SUN) == []


MON = date(2019, 12, 30)  # a Monday


def test_a_happening_named_by_its_day_is_the_nearest_of_that_day():
    text = "The commission is due to certify the results of the 11 May parliamentary vote."
    assert _dates(text, SUN) == [("2025-05-11", "the 11 May")]
    text = "Families left homeless by the 26 November earthquake will get rent aid."
    assert _events(text, MON) == [("2019-11-26", "day", "by the 26 November")]


def test_a_called_procession_is_to_come():
    text = "The church has called a large procession in the capital on 4 January."
    assert _dates(text, MON) == [("2020-01-04", "on 4 January")]


def test_a_week_heading_of_a_digest_is_no_event():
    text = "NEXT WEEK - New Year's Day and 2 January are public holidays in most of the region."
    assert [e[2] for e in _events(text, MON)] == ["New Year's Day", "2 January"]


def test_a_digest_item_takes_no_year_from_the_item_before():
    text = (
        "BOSNIA - The parliament confirmed the cabinet, ending a deadlock after the general "
        "election of 7 October 2018.\n\n"
        "ALBANIA - The families who lost their homes on 26 November will get rent aid."
    )
    assert ("2019-11-26", "day", "on 26 November") in _events(text, MON)


def test_the_same_day_skips_a_month_of_an_aside_and_a_day_of_the_past_perfect():
    pub = date(2023, 5, 31)
    text = (
        "The protests started on Friday, when mayors elected in April entered the town halls. "
        "The army was put on alert the same day."
    )
    assert ("2023-05-26", "day", "the same day") in _events(text, pub)
    pub = date(2024, 5, 14)
    text = (
        "She won the run-off on 8 May. She had led the first round on 24 April. "
        "Her party won the parliamentary election held the same day."
    )
    assert ("2024-05-08", "day", "the same day") in _events(text, pub)


def test_a_base_set_against_a_figure_dates_the_sentence():
    pub = date(2025, 12, 29)
    text = "Turnout on Sunday was about 40 percent, against 41 percent on 9 February."
    assert _events(text, pub) == [
        ("2025-12-28", "day", "on Sunday"),
        ("2025-02-09", "day", "on 9 February"),
    ]


def test_news_after_a_sign_off_s_semicolon_keeps_its_date():
    pub = date(2020, 8, 30)
    text = (
        "Live\n\n23:40 The leader says the final count will be known soon.\n\n"
        "00:20 It is past midnight, the count goes on.\n\n"
        "01:30 Nearly all votes are counted. We are closing the blog; the count resumes later "
        "this morning."
    )
    assert ("2020-08-31", "day", "later this morning") in _events(text, pub)


def test_a_to_before_a_saying_is_no_directed_infinitive():
    pub = date(2019, 10, 19)
    text = (
        '"We did all that was asked of us," he said, pointing to the accord with Greece, '
        "which took effect on 12 February."
    )
    assert _dates(text, pub) == [("2019-02-12", "on 12 February")]


def test_a_proposed_date_and_a_present_timetable_look_ahead():
    pub = date(2019, 10, 19)  # a Saturday
    assert _dates("The premier proposed 12 April as election day.", pub) == [
        ("2020-04-12", "12 April")
    ]
    text = "The commission holds a public hearing on the complaints on Tuesday."
    assert _dates(text, pub) == [("2019-10-22", "on Tuesday")]


def test_a_year_opening_a_clause_gives_way_to_its_day():
    pub = date(2024, 10, 10)
    text = (
        "Last year the fair drew 3,000 visitors; this year it was due to take place on "
        "Sunday, 13 October, and it has been cancelled."
    )
    assert [e[0] for e in _events(text, pub)] == ["2023", "2024-10-13"]


def test_habits_of_a_month_s_day_are_no_events():
    pub = date(2024, 10, 10)
    text = "The village used to hold a fair every second Sunday of October."
    assert _events(text, pub) == []
    text = "Since then, groups have held such silences at 11:52 on the first of every month."
    assert _events(text, pub) == []
    text = "On 23 May, the assembly designated 11 July as an international day of remembrance."
    assert _events(text, pub) == [("2024-05-23", "day", "On 23 May")]


def test_a_weekday_takes_the_day_its_apposed_phrase_counts_to():
    pub = date(2025, 3, 17)  # a Monday
    text = (
        "The fire broke out early on Sunday. Most families have asked for burials on "
        "Wednesday, three days after the fire, the clergy said."
    )
    assert ("2025-03-19", "day", "on Wednesday") in _events(text, pub)


def test_a_stay_overnight_is_no_night_of_the_news():
    pub = date(2025, 11, 1)
    text = "Organisers say many people will stay overnight and leave tomorrow morning."
    assert [e[0] for e in _events(text, pub)] == ["2025-11-02"]


def test_a_day_told_most_recently_is_near_the_news():
    pub = date(2025, 2, 27)
    text = (
        "The trial opened in December 2023 and was adjourned several times, most recently on "
        "20 January, when the defence asked for more time."
    )
    assert ("2025-01-20", "day", "on 20 January") in _events(text, pub)


def test_after_this_year_is_a_bound():
    pub = date(2025, 7, 11)
    text = "Its founders announced in June that it would move abroad after this year."
    assert _events(text, pub) == [("2025-06", "month", "in June")]


def test_a_day_of_the_month_the_sentence_just_named_takes_its_year():
    pub = date(2020, 8, 30)
    text = (
        "The campaign was dominated by processions that began in December, after parliament "
        "passed a law on religious freedom in the early hours of 27 December."
    )
    assert [e[0] for e in _events(text, pub)] == ["2019-12", "2019-12-27"]


def test_a_quoted_day_word_counts_from_the_day_of_speaking():
    pub = date(2025, 2, 27)  # a Thursday
    text = (
        'Speaking to supporters on Wednesday evening, the leader said that "from tomorrow" '
        "the entity would ignore the court."
    )
    assert [e[0] for e in _events(text, pub)] == ["2025-02-26", "2025-02-27"]
    text = '"Yesterday, a door opened," the minister told reporters this morning.'
    assert ("2025-02-27", "day", "this morning") in _events(text, pub)


def test_a_tally_during_the_day_is_no_happening_of_its_own():
    pub = date(2021, 9, 7)
    text = (
        "Clashes broke out early on Sunday. The prosecution said about 20 officers were hurt "
        "during the day."
    )
    assert [e[0] for e in _events(text, pub)] == ["2021-09-05"]


def test_a_date_under_a_far_verb_of_the_past_is_not_read_months_ahead():
    pub = date(2024, 12, 31)
    text = (
        "North Macedonia voted twice in spring: the first round of the presidential "
        "election on 24 April."
    )
    assert _dates(text, pub) == [("2024-04-24", "on 24 April")]
    pub = date(2025, 2, 11)
    text = (
        "His house arrest was lifted in November, and he is now campaigning for the "
        "parliamentary election on 11 May."
    )
    assert _dates(text, pub)[-1] == ("2025-05-11", "on 11 May")


def test_a_week_with_a_verb_s_of_after_it_is_still_last_week():
    pub = date(2025, 7, 11)  # last week ran from 30 June to 6 July
    text = "Ministers accused the founders last week of turning a festival into a rally."
    assert _events(text, pub) == [("2025", "year", "last week")]


def test_the_next_day_of_a_sentence_follows_the_one_before_in_its_year():
    pub = date(2024, 12, 31)
    text = (
        "The first round was held on 24 April, then a run-off and a parliamentary vote a "
        "fortnight later, on 8 May."
    )
    assert [e[0] for e in _events(text, pub)] == ["2024-04-24", "2024-05-08"]


def test_a_movable_feast_this_year_and_reporting_periods():
    pub = date(2020, 3, 28)
    text = "Schools will stay shut until after Easter, which falls on 19 April this year."
    assert [e[0] for e in _events(text, pub)] == ["2020-04-19"]
    pub = date(2021, 12, 22)
    text = (
        "Trade reached 1.2 billion euros in the first nine months of 2021, up 19 percent on "
        "the same period of 2020."
    )
    assert _events(text, pub) == []


def test_a_promise_for_the_first_days_of_the_new_year():
    pub = date(2025, 12, 29)
    text = "Speaking late on Sunday, he promised a government in the first days of the new year."
    assert ("2026-01", "month", "in the first days of the new year") in _events(text, pub)
