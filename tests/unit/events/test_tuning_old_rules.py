"""Rules found on the errors that recur across the older English tuning sets (tuning16-27),
each checked on what ``extract_events`` returns for short made-up texts (our own words).
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events, is_happening


def _events(text: str, pub: date) -> list[tuple[str, str, str]]:
    return [(e.date, e.precision, e.surface) for e in extract_events(text, pub, [], [])]


MON = date(2021, 11, 1)  # a Monday


def test_could_in_a_relative_clause_looks_ahead():
    text = "The board meets on Tuesday to set a date for the congress, which could be held in June."
    assert ("2022-06", "month", "in June") in _events(text, MON)


def test_a_perfect_with_an_irregular_participle_is_a_happening():
    assert is_happening("In the first round, on 10 October, the mayor had come second.")
    assert is_happening("The first vote, on 10 October, had already shown the trend.")
    assert not is_happening("The town, on 10 October, had a quiet day.")
    text = "The first vote, on 10 October, had already shown the trend."
    assert _events(text, MON) == [("2021-10-10", "day", "on 10 October")]


def test_the_last_year_is_a_stretch_not_a_calendar_year():
    assert _events("Prices rose by a fifth in the last year, the bank said.", MON) == []
    text = "Born on 3 May 1944, in the last year of the war, he grew up in Cetinje."
    assert _events(text, MON) == [("1944-05-03", "day", "on 3 May 1944")]
    assert _events("Prices rose by a fifth last year.", MON) == [("2020", "year", "last year")]


def test_in_the_new_year_ahead_is_the_next_calendar_year():
    text = "The ministry said it would publish the new rules in the new year."
    assert _events(text, date(2022, 12, 9)) == [("2023", "year", "in the new year")]


def test_in_the_new_year_as_a_celebration_or_a_state_is_no_date():
    pub = date(2022, 12, 31)
    assert _events("Thousands will see in the new year on the main square.", pub) == []
    assert _events("The city will keep the ban on fireworks in the new year.", pub) == []
    assert _events("Protests went on in the new year.", pub) == []


def test_a_year_before_or_after_which_a_state_holds_is_a_bound():
    pub = date(2024, 1, 8)
    assert _events("Licences issued before 2015 are no longer valid.", pub) == []
    assert _events("Many houses built after the 1980s were never inspected.", pub) == []
    assert _events("The fair said it would leave the city after this year.", pub) == []


def test_a_year_before_a_happening_in_apposition_stays_an_event():
    text = "Owners must prove they held the land before 1945, when the state seized it."
    assert ("1945", "year", "1945") in [(d, p, s[-4:]) for d, p, s in _events(text, MON)]


FRI = date(2024, 3, 1)  # a Friday


def test_a_present_timetable_verb_puts_the_weekday_ahead():
    assert _events("The coach names his squad on Monday.", FRI) == [
        ("2024-03-04", "day", "on Monday")
    ]
    assert _events("The team flies to Vienna on Tuesday.", FRI) == [
        ("2024-03-05", "day", "on Tuesday")
    ]
    assert _events("The party holds its congress in Tuzla on Saturday.", FRI) == [
        ("2024-03-02", "day", "on Saturday")
    ]


def test_a_timetable_word_after_an_article_is_a_noun():
    assert not is_happening("The names on the list were long.")


def test_a_year_after_a_colon_gives_the_later_day_its_year():
    text = "Counting is slow: in 2020 it took two weeks, and results were certified on 4 March."
    assert ("2020-03-04", "day", "on 4 March") in _events(text, date(2025, 1, 31))


def test_a_designated_weekday_is_the_nearest_of_its_name():
    mon = date(2024, 10, 7)
    assert _events("The cantonal government declared Saturday a day of mourning.", mon) == [
        ("2024-10-05", "day", "Saturday")
    ]
    assert _events("The cantonal government declared Wednesday a day of mourning.", mon) == [
        ("2024-10-09", "day", "Wednesday")
    ]


def test_an_offset_day_restated_by_the_day_after_it_is_one_event():
    text = (
        "The factory was shut on 2 May. Two days after the closure, on the evening of 4 May, "
        "workers blocked the road."
    )
    got = _events(text, date(2025, 5, 20))
    assert [d for d, _, _ in got] == ["2025-05-02", "2025-05-04"]
    text = "The union met on 1 May. It had planned to strike two days after the meeting, on Friday."
    got = _events(text, date(2025, 5, 2))
    assert [s for _, _, s in got if "after" in s] == []


def test_overnight_before_the_day_told_is_that_day():
    wed = date(2025, 1, 29)
    text = "The mayor resigned on Tuesday, hours after masked men attacked students overnight."
    assert [d for d, _, _ in _events(text, wed)] == ["2025-01-28"]
    text = "Crews from Italy arrived on Tuesday afternoon, and teams from Greece arrived overnight."
    assert [d for d, _, _ in _events(text, wed)] == ["2025-01-28", "2025-01-29"]


def test_a_word_ending_in_fall_is_no_feast_that_falls_on_a_day():
    text = "Traffic news.\n\nThe pass was closed by a rockfall on Friday."
    assert _events(text, date(2026, 3, 10)) == [("2026-03-06", "day", "on Friday")]
    assert _events("Traffic news.\n\nThe feast falls on 14 January.", date(2026, 1, 2)) == []


def test_a_result_told_as_a_noun_is_a_happening():
    assert is_happening("The club lead the table after a 2-1 win over Zeta last Sunday.")
    assert is_happening("The coach spoke after the defeat by Croatia on Sunday.")
    assert not is_happening("The club lead the table, two points clear, this Sunday.")


def test_a_stretch_opened_at_a_clock_time_is_no_event():
    pub = date(2022, 11, 30)
    assert (
        _events("Notice.\n\nAn ice warning is in force from 18:00 today until 09:00 tomorrow.", pub)
        == []
    )
    text = (
        "Notice.\n\nThe bridge will be closed from 22:00 on Friday until the morning of 5 December."
    )
    assert _events(text, pub) == []
    assert (
        _events("Notice.\n\nThe square will be closed from 06:00 tomorrow until late evening.", pub)
        == []
    )
    assert _events("Notice.\n\nThe polls opened at 07:00 today.", pub) == [
        ("2022-11-30", "day", "today")
    ]


def test_a_year_less_day_in_a_sentence_told_only_in_the_past_is_past():
    pub = date(2023, 12, 19)
    text = (
        "News.\n\nThe vote followed months of protests after two mass shootings in the spring, "
        "one at a school in the capital on 3 May."
    )
    assert ("2023-05-03", "day", "on 3 May") in _events(text, pub)
    text = "News.\n\nThe council decided to hold a commemoration for the victims on 13 June."
    assert ("2024-06-13", "day", "on 13 June") in _events(text, pub)


def test_a_month_most_of_which_a_state_fills_is_no_event():
    pub = date(2021, 7, 27)
    assert _events("News.\n\nThe squad will spend most of August at a camp in Turkey.", pub) == []
    text = "News.\n\nOffices are shut, the first two days of August being holidays."
    assert _events(text, pub) == []
    text = "News.\n\nThe team will move to the new stadium in the first days of August."
    assert [(d, p) for d, p, _ in _events(text, pub)] == [("2021-08", "month")]


def test_a_plan_now_due_is_a_happening_to_come():
    assert is_happening("The new border system is now due to start in 2027, after delays.")
    assert is_happening("The new border system is now expected in 2027.")


def test_a_building_that_dates_from_a_year_dates_it():
    text = "News.\n\nThe hall was renovated last year, and the building itself dates from 1931."
    assert ("1931", "year", "from 1931") in _events(text, date(2024, 11, 1))
    assert _events("News.\n\nOutput is expected from 2028.", date(2024, 11, 1)) == []


def test_a_feast_that_falls_on_a_day_this_year_is_that_day():
    text = "News.\n\nCatholic Easter falls on 20 April and Orthodox Easter on 27 April this year."
    got = [d for d, _, _ in _events(text, date(2025, 3, 10))]
    assert got == ["2025-04-20", "2025-04-27"]
    assert _events("News.\n\nOrthodox Christmas falls on 7 January.", date(2025, 3, 10)) == []
