"""Dates told from a happening or a day named before: "the day after the vote", "the same day".

Each case is a general rule of the extractor, checked on what ``find_dates`` and
``extract_events`` really return for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events, find_dates
from newsmap.events.temporal.happenings import happening_keys


def _dates(text: str, published: date) -> list[tuple[str, str, str]]:
    return [(e.date, e.precision, e.surface) for e in find_dates(text, published)]


def test_a_phrase_after_a_happening_counts_from_the_happenings_day():
    text = (
        "Gunmen attacked a border post near Ravno on 3 March. "
        "On 6 March, the interior minister visited the post. "
        "A week after the attack, the crossing reopened."
    )
    assert _dates(text, date(2025, 3, 20))[-1] == (
        "2025-03-10",
        "day",
        "A week after the attack",
    )


def test_the_day_after_the_vote_finds_the_vote_by_its_voters():
    text = (
        "Voters in Lirova go to the polls on Sunday. Turnout was low in 2021.\n\n"
        "Observers will report the day after the vote."
    )
    # published on a Thursday: the polls' Sunday is ahead, the report the Monday after
    found = _dates(text, date(2026, 3, 5))
    assert found[0][:2] == ("2026-03-08", "day")
    assert found[-1] == ("2026-03-09", "day", "the day after the vote")


def test_an_election_is_found_as_the_vote():
    text = (
        "The town held its local elections on 12 October. Two days later the council met. "
        "Monitors published their findings the day after the vote."
    )
    assert _dates(text, date(2025, 11, 1))[-1][:2] == ("2025-10-13", "day")


def test_a_timeline_entry_names_its_day_once_for_its_paragraph():
    text = (
        "3 May: A fire breaks out at the depot. Crews arrive within the hour.\n\n"
        "5 May: Arsonists are blamed by the police.\n\n"
        "Two days before the fire, a guard had reported a broken gate."
    )
    assert _dates(text, date(2025, 5, 30))[-1][:2] == ("2025-05-01", "day")


def test_the_morning_after_is_the_next_day_and_the_night_after_the_same():
    text = (
        "The quake struck the valley on 9 April. The morning after the earthquake, schools "
        "stayed shut. The night after the quake, families slept outside."
    )
    found = _dates(text, date(2025, 4, 15))
    assert [d for d, _, _ in found] == ["2025-04-09", "2025-04-10", "2025-04-09"]


def test_a_happening_the_text_never_dated_counts_from_the_day_named_last():
    text = "The ferry sank on 2 June. A day after the storm, divers reached the wreck."
    assert _dates(text, date(2025, 6, 20))[-1][:2] == ("2025-06-03", "day")


def test_the_words_that_find_a_happening():
    assert happening_keys("the attack") == ("attac|ambus|assau",)
    assert happening_keys("the raid") == ("raid",)
    assert happening_keys("its summit in") == ("summi",)
    parliamentary, vote = happening_keys("the parliamentary vote")
    assert parliamentary == "parli"
    assert vote.split("|")[:3] == ["vote", "elect", "poll"]
    assert "quake" in happening_keys("the earthquake")[0].split("|")


def test_the_sentence_naming_most_of_the_happening_dates_it():
    text = (
        "MOSTAR, May 5 - Flags flew at half mast on Friday in every school of the town.\n\n"
        "The school fire broke out on Wednesday morning in the gym.\n\n"
        "Two days after the school fire, pupils laid flowers at the gate."
    )
    # published on a Friday: the fire on Wednesday 3 May, two days after it Friday 5 May
    assert _dates(text, date(2023, 5, 5))[-1][:2] == ("2023-05-05", "day")


def test_the_day_told_after_the_happenings_word_is_its_own():
    text = (
        "Border police will leave the crossing on Saturday under a deal reached in Vienna "
        "late on Thursday. Two days before the deal, jets had flown over the valley."
    )
    # published on a Friday, 1 October 2027: the deal on Thursday 30 September
    assert _dates(text, date(2027, 10, 1))[-1][:2] == ("2027-09-28", "day")


def test_a_body_named_after_the_happening_gives_no_day_of_it():
    text = (
        "The election commission met on Tuesday. Voters went to the polls on Sunday. "
        "A week before the election, unions had marched."
    )
    # published on Wednesday 6 October 2027: the vote on Sunday 3 October
    assert _dates(text, date(2027, 10, 6))[-1][:2] == ("2027-09-26", "day")


def test_days_after_something_not_told_as_the_happening_count_from_nothing():
    pub = date(2027, 3, 20)
    for text in (
        "The court met on 12 March, two days after a general strike began.",
        "The wreck was found on 12 March. A week after police closed the port, it reopened.",
        "It snowed on 12 March, two weeks before Orthodox Easter.",
    ):
        assert [d for d, _, _ in _dates(text, pub)] == ["2027-03-12"], text


def test_a_second_happening_that_afternoon_is_an_event_of_its_own():
    text = "Activists painted over the mural early on Saturday and it was repainted that afternoon."
    found = extract_events(text, date(2027, 5, 31), [], [])
    assert [(e.date, e.surface) for e in found] == [
        ("2027-05-29", "on Saturday"),
        ("2027-05-29", "that afternoon"),
    ]
    text = (
        "The quake struck on 29 December. The prime minister visited the town the same afternoon."
    )
    assert extract_events(text, date(2027, 12, 30), [], [])[-1].date == "2027-12-29"


def test_the_same_day_dates_a_happening_from_the_day_before_it():
    text = (
        "The assembly passed the budget on 14 November. "
        "Opposition deputies walked out the same day."
    )
    found = extract_events(text, date(2025, 11, 20), [], [])
    assert [(e.date, e.surface) for e in found] == [
        ("2025-11-14", "on 14 November"),
        ("2025-11-14", "the same day"),
    ]


def test_a_date_moved_to_by_a_verb_far_back_is_the_nearest_of_its_name():
    text = (
        "The board welcomed the decision to postpone the cup final in the two coastal towns, "
        "which had been planned for 20 December, until 18 April."
    )
    assert _dates(text, date(2026, 12, 1))[-1][:2] == ("2027-04-18", "day")
    text = "The agency, criticised for weeks, extended the ban on Friday until 9 May."
    assert _dates(text, date(2026, 3, 12))[-1][:2] == ("2026-05-09", "day")
    # no verb that moves it: "until" in a story of the past stays in the past
    text = "The curfew, which was imposed after the riots, lasted until 9 May."
    assert _dates(text, date(2026, 3, 12))[-1][:2] == ("2025-05-09", "day")


def test_a_state_running_until_a_date_looks_ahead():
    text = "The exhibition of old maps runs until 4 May, the museum said."
    assert _dates(text, date(2026, 3, 12))[0][:2] == ("2026-05-04", "day")


def test_habits_told_with_more_words_are_no_events():
    pub = date(2026, 3, 11)
    for text in (
        "The ferry to the islands sails every Tuesday and Friday until October.",
        "Volunteers clean the riverbank every other Sunday.",
        "The farmers' market opens on Saturday mornings.",
        "The club meets on the first Monday of each month.",
        "The weekly comes out every Monday, Wednesday and Friday.",
    ):
        assert [e.precision for e in find_dates(text, pub) if e.precision == "day"] == [], text
    # one morning is a day
    assert _dates("The minister arrived on Saturday morning.", pub)[0][:2] == ("2026-03-07", "day")


def test_the_end_of_the_period_something_is_to_be_done_by():
    pub = date(2026, 3, 11)  # a Wednesday
    text = "The council must approve the new bus lines by the end of the week."
    assert _dates(text, pub) == [("2026-03", "month", "by the end of the week")]
    assert extract_events(text, pub, [], []) == []  # a deadline: no event
    text = "The ministry says the bridge will be repaired by the end of the month."
    assert _dates(text, pub) == [("2026-03", "month", "by the end of the month")]
    text = "Parliament is expected to pass the budget by the end of the year."
    assert _dates(text, pub) == [("2026", "year", "by the end of the year")]
    # a story of the past, or a denial: no date read
    assert _dates("By the end of the month, most of the families had left.", pub) == []
    assert _dates("The line will not reopen before the end of the year.", pub) == []


def test_a_verb_of_the_future_far_back_sets_the_year():
    text = (
        "The appeals chamber will deliver its final judgment in the long case of the former "
        "commander on 3 May, the registry announced today."
    )
    assert _dates(text, date(2026, 4, 20))[0][:2] == ("2026-05-03", "day")
    # a past verb as far back is another clause's: the nearest 9 May
    text = "The ban on his travel was lifted in March, and he is now touring the north until 9 May."
    assert _dates(text, date(2026, 4, 20))[-1][:2] == ("2026-05-09", "day")


def test_a_participle_of_a_state_is_no_past_tense():
    text = "Kindergartens in the valley will stay closed until 12 January, the mayor said."
    assert _dates(text, date(2026, 12, 30))[0][:2] == ("2027-01-12", "day")


def test_a_bare_be_tells_of_what_is_to_come():
    pub = date(2026, 1, 2)  # a Friday
    text = "The mayor ordered that parking in the old town be free until Sunday."
    assert _dates(text, pub)[0][:2] == ("2026-01-04", "day")
    text = "The service said the river would, if the rain stopped, be back in its bed by Monday."
    assert _dates(text, pub)[0][:2] == ("2026-01-05", "day")


def test_expecting_wanting_and_hoping_look_ahead():
    pub = date(2026, 3, 20)
    text = "Bankers expect the rate to fall in the autumn."
    assert _dates(text, pub)[0][:2] == ("2026", "year")
    text = "Some councillors want a referendum on the plan by the end of February."
    assert _dates(text, pub)[0][:2] == ("2027-02", "month")
    text = "The farmers' union expects heavy frost on Tuesday."
    assert _dates(text, pub)[0][:2] == ("2026-03-24", "day")


def test_a_suspension_until_the_end_of_a_month_is_the_nearest():
    text = "The commission has suspended all its deadlines until the end of April."
    assert _dates(text, date(2026, 3, 27))[0][:2] == ("2026-04", "month")


def test_coming_into_force_is_a_timetable():
    text = "The rule, which comes into force on 8 January, asks shops to print receipts."
    assert _dates(text, date(2026, 1, 1))[0][:2] == ("2026-01-08", "day")


def test_a_year_that_opens_the_sentence_is_its_dates_year():
    pub = date(2027, 9, 1)
    text = "Last year, lessons began on 1 September, a Wednesday."
    assert _dates(text, pub)[-1][:2] == ("2026-09-01", "day")
    text = "In March 2020, the first bridge opened, and on 25 March the second followed."
    assert _dates(text, pub)[-1][:2] == ("2020-03-25", "day")
    # a year inside the sentence dates only its own clause
    text = "The fourth man, who fled in 2022, will face a hearing on 2 October."
    assert _dates(text, pub)[-1][:2] == ("2027-10-02", "day")


def test_the_following_year_month_and_weekday_count_from_the_date_before():
    pub = date(2026, 12, 31)
    text = "The festival began in 2000. It moved to the old fort the following year."
    assert _dates(text, pub)[-1][:2] == ("2001", "year")
    text = (
        "Voting took place on 23 April 2023, and the mayors took office late the following month."
    )
    assert _dates(text, pub)[-1][:2] == ("2023-05", "month")
    text = "The first march was on 8 December, and the following Saturday the crowd doubled."
    assert _dates(text, pub)[-1][:2] == ("2026-12-12", "day")  # 8 December: a Tuesday


def test_in_days_looks_ahead_only_in_a_clause_of_the_future():
    pub = date(2027, 7, 1)
    assert _dates("The fair opens in nine days.", pub)[0][:2] == ("2027-07-10", "day")
    assert _dates("The town had never seen two such storms in two days.", pub) == []


def test_a_month_with_its_year_gives_the_year_to_a_day_of_it_later_in_the_sentence():
    text = (
        "The assembly approved the treaty in January 2019, and the neighbours ratified it "
        "two weeks later, on 25 January."
    )
    found = _dates(text, date(2027, 3, 27))
    # "two weeks later" counts from no day told (a month): the date after it says it
    assert [d[:2] for d in found] == [("2019-01", "month"), ("2019-01-25", "day")]


def test_a_year_that_opens_the_sentence_gives_way_to_its_date():
    text = "Last year, lessons began on 1 September."
    found = extract_events(text, date(2027, 9, 1), [], [])
    assert [(e.date, e.surface) for e in found] == [("2026-09-01", "on 1 September")]


def test_a_future_reported_from_a_past_saying_is_the_nearest_date():
    pub = date(2027, 2, 5)
    text = "The bank announced the rule in December and said it would apply from mid-January."
    assert _dates(text, pub)[-1][:2] == ("2027-01", "month")
    # a weekday after "said he would" still looks ahead
    text = "The mayor said he would sign the decree on Monday."
    assert _dates(text, pub)[0][:2] == ("2027-02-08", "day")


def test_looking_forward_to_a_day_looks_ahead():
    text = "We look forward to the town opening its new library on Thursday."
    assert _dates(text, date(2027, 2, 8))[0][:2] == ("2027-02-11", "day")


def test_a_happening_told_as_days_from_a_dated_day_is_that_far_from_it():
    # the lead dates the count, not the happening: the vote was two days before the Thursday
    text = (
        "The tally office said on Thursday it would recount ballots in three towns, two days "
        "after a regional election that rivals call flawed.\n\n"
        "First figures released the day after the vote showed the mayor ahead. "
        "A week before the election, monitors had warned of pressure on voters."
    )
    found = _dates(text, date(2027, 5, 14))
    assert found[0][:2] == ("2027-05-13", "day")
    assert ("2027-05-12", "day", "the day after the vote") in found
    assert found[-1] == ("2027-05-04", "day", "A week before the election")
    # "the day after the vote" told beside the day it is
    text = (
        "Results came out this morning, the day after the vote. "
        "A week before the vote, the cabinet had raised wages."
    )
    assert _dates(text, date(2027, 5, 14))[-1] == ("2027-05-06", "day", "A week before the vote")
