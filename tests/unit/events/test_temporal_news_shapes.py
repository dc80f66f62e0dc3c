"""Dates in the shapes real news puts them: timelines, live blogs, headers, appositions, anchors.

Each case is a general rule of the extractor, checked on what ``extract_events`` and
``find_dates`` really return for a short text in that shape.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import extract_events, find_dates


def _events(text: str, published: date) -> list[tuple[str, str, str]]:
    return [(e.date, e.precision, e.surface) for e in extract_events(text, published, [], [])]


def _dates(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.precision) for e in find_dates(text, published)]


def test_a_chronology_dates_each_entry_told_in_the_present():
    text = (
        "Timeline\n\n"
        "5 November 2022 - Serb mayors and judges quit Kosovo's institutions.\n"
        "29 May 2023 - About 30 soldiers are injured in clashes in Zvečan.\n"
    )
    found = extract_events(text, date(2023, 9, 26), [], [])
    assert [(e.date, e.surface) for e in found] == [
        ("2022-11-05", "5 November 2022"),
        ("2023-05-29", "29 May 2023"),
    ]
    # the date opens its line: no blank or title word before it joins its surface
    assert all(text[e.start].isdigit() for e in found)


def test_a_title_word_never_joins_the_next_lines_date():
    text = "Whatever happens next\n\nFive months ago, the plenums began to meet in Novi Sad."
    (expr,) = find_dates(text, date(2025, 4, 7))
    assert (expr.surface, expr.date, expr.precision) == ("Five months ago", "2024-11", "month")


def test_live_blog_entry_times_are_the_blogs_day():
    text = (
        "04:20 A strong earthquake has hit western Albania.\n\n"
        "06:05 Buildings have collapsed in Durrës and in Thumanë.\n\n"
        "16:10 The country was shaken by a smaller quake on 21 September."
    )
    assert _events(text, date(2019, 11, 26)) == [
        ("2019-11-26", "day", "04:20"),
        ("2019-11-26", "day", "06:05"),
        # the entry's own time gives way to the date the entry reports
        ("2019-09-21", "day", "on 21 September"),
    ]


def test_a_number_at_a_line_start_is_no_entry_time():
    assert _dates("12:3 is a ratio.\n10:45 am is written with am.", date(2024, 1, 1)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sirens sounded across Serbia at noon.", [("2024-03-24", "day")]),
        ("Students had given the government until 21:00 to call elections.", []),
    ],
)
def test_noon_is_a_clock_time_and_until_a_deadline(text, expected):
    assert _dates(text, date(2024, 3, 24)) == expected
    assert _events(text, date(2024, 3, 24)) == []  # a bare clock time is no event


@pytest.mark.parametrize(
    "text",
    [
        "LJUBLJANA, Aug 7 (Newsdesk) - Rain on Friday sent rivers over their banks.",
        "CETINJE, Montenegro, Aug 7 - Rain on Friday sent rivers over their banks.",
        "Press release, Butmir, 7 August 2023\n\nRain on Friday sent rivers over their banks.",
        "Travel advice (updated 7 August 2023)\n\nRain on Friday sent rivers over their banks.",
    ],
)
def test_datelines_and_header_lines_date_no_event(text):
    assert _events(text, date(2023, 8, 7)) == [("2023-08-04", "day", "on Friday")]


def test_a_date_closing_a_sentence_line_is_no_header():
    text = "The talks ended without a deal on 7 August 2023"
    assert _events(text, date(2023, 8, 9)) == [("2023-08-07", "day", "on 7 August 2023")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party, in power since 1991, lost the election of 30 August 2020.", ["2020-08-30"]),
        ("Since 1 February, only euro cash is accepted in Kosovo.", []),
        ("EUFOR has been in the country since December 2004, when it took over.", ["2004-12"]),
        ("He has been mayor since 2015, when he won the vote.", ["2015"]),
        ("He has been mayor since 2015 and was detained on Monday.", ["2022-12-12"]),
        ("It was the third attack since Saturday, when Serbs put up barricades.", ["2022-12-10"]),
        # "since" with words of its own between it and the date
        ("The lira has held firm since the start of 2021, traders said.", []),
        ("Schools have been shut since last Thursday, the ministry said.", []),
        ("Villagers have talked about a dam since the late 1990s.", []),
        ("Since the first week of November, crowds have gathered each night.", []),
        # "through" a month or a year: a span, no event
        ("We heard rumours all through October, and the bank shut.", []),
        ("His parents stayed throughout 1999.", []),
    ],
)
def test_since_opens_a_state_unless_the_text_says_what_happened_then(text, expected):
    assert [e.date for e in extract_events(text, date(2022, 12, 12), [], [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma between a date and "a day after ...": how the day relates, no second day
        ("He thanked voters on Monday, a day after he won the run-off.", ["2023-04-03"]),
        ("The canal reopened on Monday, two weeks after an explosion.", ["2023-04-03"]),
        # "the day before" on its own counts from the day named before it
        ("We met the commander on Friday and the ambassador the day before.", None),
    ],
)
def test_dates_told_from_another(text, expected):
    found = [e.date for e in find_dates(text, date(2023, 4, 4))]
    assert found == (expected or ["2023-03-31", "2023-03-30"])


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The canopy collapsed on 1 November last year.", date(2025, 3, 15), ("2024-11-01", "day")),
        ("I will stand again in October next year.", date(2024, 9, 10), ("2025-10", "month")),
        ("They signed it in Rome in November last year.", date(2024, 10, 17), ("2023-11", "month")),
    ],
)
def test_a_month_of_last_or_next_year(text, published, expected):
    assert _dates(text, published) == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # over the weekend: the last one begun by the publication (13-14 January)
        ("Queues were reported over the weekend.", date(2024, 1, 17), ("2024-01", "month")),
        # a weekend across two months (31 August - 1 September) has its year
        ("Queues were reported over the weekend.", date(2024, 9, 2), ("2024", "year")),
        # at the weekend, in a clause about the future: the next one
        ("Talks will resume at the weekend.", date(2024, 1, 29), ("2024-02", "month")),
    ],
)
def test_the_weekend(text, published, expected):
    assert _dates(text, published) == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a date something is set "for" is the nearest one, whatever the verb's tense
        ("Opponents have called a rally for 10 August.", date(2024, 7, 30), "2024-08-10"),
        ("The summit was scheduled for 2 March.", date(2024, 3, 10), "2024-03-02"),
        # a clause with no tense at all: the nearest one too
        ("EU leaders gather in Brussels on 19 December.", date(2024, 12, 13), "2024-12-19"),
        ("Police reopened the bridge on 28 December.", date(2024, 1, 3), "2023-12-28"),
        # "of that year": the year the text named last
        (
            "The war began in 1999. It ended on 9 June of that year.",
            date(2024, 3, 24),
            "1999-06-09",
        ),
    ],
)
def test_the_year_of_a_date_that_names_none(text, published, expected):
    assert [d for d, _ in _dates(text, published)][-1] == expected


def test_last_week_on_a_day_is_one_date():
    text = "The Commission recommended it last week, on 12 March."
    assert _events(text, date(2024, 3, 22)) == [("2024-03-12", "day", "on 12 March")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a sentence about what is planned ahead, told in the present
        ("EU foreign ministers meet in Brussels on 19 December.", date(2024, 12, 13), "2024-12-19"),
        # sentences with verbs the past-tense test once missed
        ("Partizan beat Red Star 2-1 on Sunday evening.", date(2023, 8, 28), "2023-08-27"),
        (
            "The presidency called it a historic moment this morning.",
            date(2024, 3, 22),
            "2024-03-22",
        ),
        ("Thirteen people died on Monday, officials say.", date(2019, 11, 26), "2019-11-25"),
    ],
)
def test_happenings_told_in_other_tenses(text, published, expected):
    assert [e.date for e in extract_events(text, published, [], [])] == [expected]


def test_a_target_year_ahead_is_no_planned_happening():
    assert (
        extract_events("Montenegro aims to join the EU by 2028.", date(2024, 12, 13), [], []) == []
    )


def test_a_town_called_by_its_name_is_no_happening():
    assert extract_events("It is a town called Bar since 1878.", date(2024, 1, 1), [], []) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lithium was found in 2004. Two years later it got a name.", ("2006", "year")),
        ("The war began in March 1992. Three months later the siege began.", ("1992-06", "month")),
        # "after" names what it counts from: "thirty years after the 1995 agreement" is no year
        ("Thirty years after the 1995 agreement, they met.", ("1995", "year")),
        ("A landslide blocked the road a fortnight ago.", ("2024-06", "month")),
    ],
)
def test_years_and_months_told_from_another(text, expected):
    assert _dates(text, date(2024, 6, 20))[-1] == expected


def test_a_clock_time_is_on_the_news_day_the_text_named_last():
    text = (
        "A court in Belgrade on Thursday sentenced a former officer to 12 years in prison. "
        "The trial began last September and heard more than 40 witnesses over many months, "
        "and two other defendants were convicted in March of this year for their part in it. "
        "The defence said it would appeal within the deadline of fifteen days that the law "
        "sets for it, and asked for the written judgment to be sent to it as soon as possible. "
        "The verdict was read out at 11:15 in a packed courtroom."
    )
    assert _dates(text, date(2024, 6, 14))[-1] == ("2024-06-13", "day")
    # a day of history, named long before, is no day of the news: the clock keeps the blog's
    history = "The town was shaken on 21 September 2019." + " " * 500 + "Sirens sounded at 11:15."
    assert _dates(history, date(2024, 6, 14))[-1] == ("2024-06-14", "day")


def test_a_live_blog_entry_is_news_whatever_its_tense():
    text = "12:45 Teams from Italy and Greece are on their way."
    assert _events(text, date(2019, 11, 26)) == [("2019-11-26", "day", "12:45")]


@pytest.mark.parametrize(
    "header",
    [
        "December 5, 2024",
        "05.12.2024. 14:20",
        "Thursday, 5 December 2024",
        "December 5, 2024 | Belgrade",
        "Last updated on December 5, 2024 at 14:20",
        "Posted: Thu 5 Dec 2024 14.20 GMT",
        "Belgrade, 5 December 2024 - Students marched on Wednesday.",
        "Skopje, 5 December (MIA) - Students marched on Wednesday.",
        "PODGORICA, December 5 /MINA/ - Students marched on Wednesday.",
    ],
)
def test_bylines_stamps_and_datelines_date_no_event(header):
    text = f"Protests go on\n{header}\n\nStudents marched on Wednesday."
    assert _events(text, date(2024, 12, 5))[-1:] == [("2024-12-04", "day", "on Wednesday")]
    assert len(_events(text, date(2024, 12, 5))) == 1 + header.count("Wednesday")


@pytest.mark.parametrize(
    "text",
    ["Students marched on 5 December.", "In Belgrade, 5 December - students marched again."],
)
def test_a_short_sentence_is_no_header(text):
    assert [d for d, *_ in _events(text, date(2024, 12, 5))] == ["2024-12-05"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thursday 5 December 2024: the days ahead, told by the shapes of the future
        ("The bridge is to be opened on Sunday by the prime minister.", "2024-12-08"),
        ("Parliament is set to vote on Tuesday on the budget.", "2024-12-10"),
        ("Talks resume on Monday in Brussels.", "2024-12-09"),
        ("Voters go to the polls on Sunday.", "2024-12-08"),
        ("He said the talks would continue on Friday.", "2024-12-06"),
        ("The session was put off until Monday.", "2024-12-09"),
        # and the past still read as the past
        ("The minister set out his proposals on Monday.", "2024-12-02"),
        ("Partizan beat Red Star 2-1 on Sunday evening.", "2024-12-01"),
    ],
)
def test_the_future_in_its_other_shapes(text, expected):
    assert [d for d, _ in _dates(text, date(2024, 12, 5))] == [expected]


def test_a_month_something_is_moved_to_is_the_nearest():
    assert _dates("The vote was postponed to January.", date(2024, 12, 5)) == [("2025-01", "month")]


def test_a_year_to_be_reached_by_is_no_event():
    text = "The fund, whose mission visited Podgorica, warned that debt could rise by 2027."
    assert _events(text, date(2024, 10, 2)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Believers have gathered outside churches every Sunday since the law passed.",
        "Restaurants must close at 17:00 every day until further notice.",
        "The Orthodox Christmas falls on 7 January every year.",
        "The market, held every Friday in the old bazaar, will be moved.",
    ],
)
def test_a_time_that_comes_round_again_is_no_event(text):
    assert _events(text, date(2024, 12, 5)) == []


@pytest.mark.parametrize(
    "entry", ["Good morning and welcome to our coverage.", "A quick recap for readers joining us."]
)
def test_a_live_blog_speaking_to_its_readers_reports_nothing(entry):
    text = f"07:15 {entry}\n\n07:40 Police said 43 officers were hurt."
    assert _events(text, date(2020, 7, 8)) == [("2020-07-08", "day", "07:40")]


def test_a_chronology_entry_may_open_with_a_colon():
    text = "30 August: Three opposition lists win 41 of the 81 seats."
    assert _events(text, date(2020, 12, 5)) == [("2020-08-30", "day", "30 August")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained him on 23 December. He was released that evening.", "2023-12-23"),
        ("Police detained him on 23 December. He was released the same evening.", "2023-12-23"),
        ("Youths gathered on Monday, and the next evening crowds threw stones.", "2023-12-26"),
    ],
)
def test_parts_of_a_day_told_from_the_day_before(text, expected):
    assert _dates(text, date(2023, 12, 27))[-1] == (expected, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plans of the past, and a verb of the past that plans are also told with
        ("The group had planned a conference in the camp in July.", "2022-07"),
        ("He had been due to meet his counterpart on 12 July.", "2022-07-12"),
        ("Organisers said they expected more people than on 15 March.", "2022-03-15"),
        # an infinitive of a timetable's verb tells no tense by itself
        ("He travelled to Dubrovnik to meet his counterpart on 12 July.", "2022-07-12"),
        # "must" looks ahead
        ("The budget must be passed in January.", "2023-01"),
    ],
)
def test_plans_of_the_past_and_duties_ahead(text, expected):
    assert _dates(text, date(2022, 9, 7))[-1][0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was the largest protest since the 1990s.",
        "The curfew has applied since early November.",
        "Prices have risen since mid-October.",
    ],
)
def test_since_the_or_early_opens_a_state_too(text):
    assert _events(text, date(2020, 12, 8)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five years ago today, North Macedonia joined NATO.", ("2020-03-27", "day")),
        ("A year ago today the canopy fell.", ("2024-03-27", "day")),
        ("Five years ago, North Macedonia joined NATO.", ("2020", "year")),
    ],
)
def test_ago_today_is_that_very_day(text, expected):
    assert _dates(text, date(2025, 3, 27)) == [expected]


def test_a_clock_time_with_its_day_is_one_date():
    text = "Police said a water canal was damaged last week. The church spoke at 08:20 on Friday."
    assert _dates(text, date(2020, 10, 31))[-1:] == [("2020-10-30", "day")]
    assert len(_dates(text, date(2020, 10, 31))) == 2


def test_a_clock_time_is_dated_by_its_own_or_the_last_sentence_only():
    text = (
        "The worst attack took place on 24 September 2023. The canal is old. "
        "Water was restored at 07:30, the company said."
    )
    assert _dates(text, date(2024, 11, 30))[-1] == ("2024-11-30", "day")
    text = "Protesters gathered last night. Some forced their way in shortly after 21:30."
    assert _dates(text, date(2020, 7, 8))[-1] == ("2020-07-07", "day")


def test_a_word_of_the_day_beside_another_date_is_a_happening_of_its_own():
    text = "The service issued a warning on Saturday and raised it to red this morning."
    assert [d for d, *_ in _events(text, date(2019, 12, 9))] == ["2019-12-07", "2019-12-09"]


def test_clubs_host_and_travel_ahead():
    text = "Partizan host Red Star on Saturday, and Vojvodina travel to Novi Pazar on Monday."
    assert [d for d, _ in _dates(text, date(2024, 9, 13))] == ["2024-09-14", "2024-09-16"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is to come later on the publication's day, told in the present or future
        ("Egnatia, the champions, meet Partizani in Tirana tonight.", ["2024-09-13"]),
        ("Coming up: EU ministers discuss enlargement in Brussels on Tuesday.", ["2024-09-17"]),
        ("A review of the laws starts in October.", ["2024-10"]),
    ],
)
def test_what_is_to_come(text, expected):
    assert [d for d, *_ in _events(text, date(2024, 9, 13))] == expected


def test_a_blog_entry_and_a_day_it_names_are_two_dates():
    text = "14:10 Reporters' groups say 20 reporters were attacked overnight."
    assert _events(text, date(2020, 7, 8)) == [
        ("2020-07-08", "day", "14:10"),
        ("2020-07-08", "day", "overnight"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The first output is expected from 2028.",
        "Milatović was economy minister from December 2020 to February 2022.",
        "Between March 2020 and May 2021 the schools were closed.",
        "He served from 3 May 2019 until 1 June 2020.",
    ],
)
def test_bounds_and_periods_are_no_events(text):
    assert _events(text, date(2024, 7, 17)) == []


def test_a_chronology_in_the_present_is_dated_in_full():
    text = "The Commission gives its opinion in May 2019 and lists 14 priorities."
    assert _events(text, date(2024, 3, 22)) == [("2019-05", "month", "in May 2019")]


def test_that_month_is_of_the_year_named_last():
    text = "It cancelled the plan on 20 January 2022. The elections were held that April."
    assert _dates(text, date(2024, 7, 17))[-1] == ("2022-04", "month")


def test_a_clock_time_far_from_any_day_is_on_the_leads_day():
    text = (
        "A police officer shot a man in Tirana in the early hours of today. "
        "His father said the man had been at a friend's house last night. "
        "Relatives said he was unarmed. The minister said at a press conference at 11:00 "
        "that the rules had been broken."
    )
    assert _dates(text, date(2020, 12, 8))[-1] == ("2020-12-08", "day")


def test_a_blog_entry_reporting_a_statement_keeps_its_time():
    text = "14:00 The prime minister said he would address parliament on Tuesday."
    assert [d for d, *_ in _events(text, date(2021, 9, 5))] == ["2021-09-05", "2021-09-07"]


def test_a_month_of_that_year_in_a_chronologys_present():
    text = "The country applied in 2022. EU leaders grant it in December of that year."
    assert _events(text, date(2024, 3, 22))[-1] == ("2022-12", "month", "in December")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a past verb directs someone to do comes after: the coming weekday
        ("The mayor ordered cafes in the old town to shut from Saturday.", "2027-03-13"),
        ("The bishop called on the faithful to gather at the shrine on Sunday.", "2027-03-14"),
        ("The speaker summoned deputies to an urgent sitting on Friday.", "2027-03-12"),
        # a past verb of its own keeps the past weekday
        ("The mayor went to the shrine to pray on Sunday.", "2027-03-07"),
    ],
)
def test_what_a_verb_directs_is_to_come(text, expected):
    # published on Thursday 11 March 2027
    assert [e.date for e in find_dates(text, date(2027, 3, 11))] == [expected]


def test_what_was_to_be_done_is_the_nearest_date_of_its_name():
    # published 20 October 2027: the concert "was to be" held in the coming December
    text = "The concert, which was to be held in Bihać on 28 December, has been cancelled."
    assert [e.date for e in find_dates(text, date(2027, 10, 20))] == ["2027-12-28"]


@pytest.mark.parametrize(
    "text",
    [
        "The dispute began almost two years ago.",
        "Talks opened more than a decade ago.",
    ],
)
def test_a_hedged_count_of_years_ago_names_no_date(text):
    assert find_dates(text, date(2027, 3, 11)) == []


def test_a_period_restated_by_its_day_in_a_when_clause_is_that_day():
    text = "Ministers could decide as early as next week, when they meet in Rome on the 17th."
    found = extract_events(text, date(2027, 3, 11), [], [])
    assert [(e.date, e.precision) for e in found] == [("2027-03-17", "day")]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(2027, 1, 12), "2027"),  # spring is two months off: the coming one
        (date(2027, 2, 20), "2028"),  # spring begins next week: "next spring" is the one after
        (date(2027, 5, 2), "2028"),
    ],
)
def test_next_season_is_the_one_after_a_season_about_to_begin(published, expected):
    text = "The new line will open next spring."
    assert [e.date for e in find_dates(text, published)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Delegates arrive in Ohrid on Friday for the summit.",
        "Departures from the main square begin at 08:00 on Friday.",
    ],
)
def test_a_plural_verb_of_the_timetable_looks_ahead(text):
    # published on Thursday 11 March 2027: the coming Friday
    assert [e.date for e in find_dates(text, date(2027, 3, 11))] == ["2027-03-12"]


def test_overnight_in_a_past_perfect_is_the_night_of_the_day_told():
    # published Wednesday 17 March 2027; the story tells Saturday 13 March
    text = (
        "I joined the climbers on Saturday. The path was icy: rain had frozen overnight, "
        "and we turned back at noon."
    )
    found = [e.date for e in find_dates(text, date(2027, 3, 17))]
    assert found[:2] == ["2027-03-13", "2027-03-13"]
    # an overnight of the news stays the publication's
    text = "Rain fell overnight across the valley."
    assert [e.date for e in find_dates(text, date(2027, 3, 17))] == ["2027-03-17"]
