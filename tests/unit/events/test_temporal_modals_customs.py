"""Modal verbs as the future, habits told by adverbs of custom, and feasts of the calendar, in
made-up sentences of the shapes news uses."""

from __future__ import annotations

from datetime import date

from newsmap.events import find_dates


def _dates(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.precision) for e in find_dates(text, published)]


# 2026-05-13 is a Wednesday
PUB = date(2026, 5, 13)


def test_could_and_may_look_ahead():
    for text in (
        "The leaders of the table could clinch the cup on Saturday.",
        "The regional assembly may vote on the plan on Saturday.",
        "Ministers might sign the deal on Saturday, diplomats say.",
    ):
        assert _dates(text, PUB) == [("2026-05-16", "day")], text


def test_could_have_and_could_not_tell_the_past():
    for text in (
        "The mayor could not attend the ceremony on Saturday.",
        "The visitors could have won on Saturday.",
    ):
        assert _dates(text, PUB) == [("2026-05-09", "day")], text


def test_adverbs_of_custom_make_a_habit():
    for text in (
        "Ferries to the island normally leave at 07:30.",
        "The village usually lights its bonfire that night.",
        "The museum traditionally opens its doors at noon.",
    ):
        assert _dates(text, PUB) == [], text


def test_an_adverb_of_custom_in_a_clause_of_the_future_leaves_the_date():
    text = (
        "The commission will count the postal votes on Friday, and it usually publishes "
        "the full result on Saturday."
    )
    assert _dates(text, PUB) == [("2026-05-15", "day"), ("2026-05-16", "day")]


def test_an_adverb_of_custom_in_another_clause_leaves_the_date():
    text = "Trains usually run late, and the last one left at 23:10."
    assert _dates(text, PUB) == [("2026-05-13", "day")]


def test_a_full_stop_after_a_time_ends_the_clause_of_its_tense():
    text = "Night buses will run until 05:00. Trams normally stop at midnight."
    assert [d for d in _dates(text, PUB) if d[0] != "2026-05-13"] == []
    assert len(_dates(text, PUB)) == 0


def test_a_feast_that_falls_on_a_day_of_the_calendar_is_no_event():
    assert _dates("The feast of the town's patron falls on 21 November.", PUB) == []
    assert _dates("The count falls on 21 November 2026.", PUB) == [("2026-11-21", "day")]


def test_on_the_nth_is_a_day_of_the_month_by_the_tense():
    pub = date(2026, 5, 13)
    assert _dates("The side lost its last group match on the 9th at home.", pub) == [
        ("2026-05-09", "day")
    ]
    assert _dates("The side lost its last group match on the 21st.", pub) == [("2026-04-21", "day")]
    assert _dates("The assembly will vote on the 2nd.", pub) == [("2026-06-02", "day")]
    assert _dates("The assembly will vote on the 28th, when the term ends.", pub) == [
        ("2026-05-28", "day")
    ]


def test_an_ordinal_before_a_noun_is_no_day():
    pub = date(2026, 5, 13)
    for text in (
        "The office moved on the 19th floor.",
        "The goal came on the 88th minute.",
        "They met on the 31st, said the clerk.",  # 31 April does not exist
        "She scored for the 3rd time.",
    ):
        assert _dates(text, pub) == [], text


def test_every_at_the_text_s_start_makes_a_habit():
    assert _dates("Every Friday at noon, the bells ring.", PUB) == []


def test_a_season_across_two_years_is_a_span():
    assert _dates("He remembers the winter of 1998-99 as a hard one.", PUB) == []


def test_the_year_to_a_month_is_a_period():
    assert _dates("Prices rose 4 percent in the year to March, the office said.", PUB) == []


def test_almost_two_weeks_ago_is_vague():
    assert _dates("The standoff began almost two weeks ago.", PUB) == []
    assert _dates("The standoff began two weeks ago.", PUB) == [("2026", "year")]


def test_a_plan_after_an_article_is_a_noun():
    text = "The two sides accepted a European plan to end the dispute, and in March they signed it."
    assert _dates(text, PUB) == [("2026-03", "month")]


def test_a_day_to_be_marked_every_year_is_no_event():
    text = "Parliament declared 14 June a day of mourning, to be marked every year."
    assert _dates(text, PUB) == []
    text = "The school opened on Tuesday.\n\nThe town declared 2 May a day to be marked each year."
    assert _dates(text, PUB) == [("2026-05-12", "day")]


def test_a_timetable_verb_far_back_reads_the_word_before_it():
    text = (
        "Qualifying for the next European Cup begins in the spring, with the draw in Rome in "
        "December."
    )
    assert _dates(text, date(2026, 7, 2))[-1] == ("2026-12", "month")


def test_later_than_planned_is_a_comparison_of_the_past():
    text = "The lifts closed a week later than planned, after heavy snow in late March."
    assert _dates(text, date(2026, 4, 1)) == [("2026-03", "month")]


def test_with_effect_from_a_date_is_the_nearest_of_its_name():
    text = "The ministry lifted the ban, with effect from 15 March."
    assert _dates(text, date(2026, 3, 1)) == [("2026-03-15", "day")]


def test_from_a_month_with_no_tense_starts_ahead():
    pub = date(2026, 10, 19)
    text = "A vote in the spring means a caretaker cabinet from January, the law says."
    assert _dates(text, pub) == [("2027", "year"), ("2027-01", "month")]


def test_a_season_with_no_tense_is_the_nearer_one():
    assert _dates("The bridge in the summer is a place for divers.", date(2026, 9, 1)) == [
        ("2026", "year")
    ]


def test_a_decade_a_thing_belongs_to_is_no_event():
    assert _dates("A folk band from the 1970s opened the night.", PUB) == []
    assert _dates("By the 1980s few people knew the walls better.", PUB) == []
    assert _dates("In the 1990s the city was under siege.", PUB) == [("1990", "decade")]


def test_every_month_and_a_comma_before_the_time_is_a_habit():
    assert _dates("Mourners gather on the first of every month, at 11:52.", PUB) == []
