"""Starts, nights and days named by their happening: "overnight into Friday" is the Friday, a
start "from Saturday" just declared or told to apply lies ahead, "from yesterday" dates a
change, "scheduled for the spring" is the coming spring, a possessive weekday in a clause of
what is to come is the nearest of its name, and a comparison's base ("lower than in February")
is no day a later "that evening" counts from.

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2024, 5, 10)  # a Friday


def _events(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_overnight_into_a_weekday_is_that_day():
    text = "Floods swept the valley after heavy rain overnight into Wednesday."
    assert _events(text) == [("2024-05-08", "overnight into Wednesday")]


def test_overnight_in_a_timeline_entry_is_the_entrys_day():
    text = (
        "Tuesday, 7 May - Voting ends quietly. The police say two men were detained overnight "
        "near the border."
    )
    assert ("2024-05-07", "overnight") in _events(text)
    assert ("2024-05-10", "overnight") not in _events(text)


def test_a_start_just_declared_or_told_to_apply_lies_ahead():
    text = "The government has declared two days of mourning from Sunday."
    assert _events(text) == [("2024-05-12", "from Sunday")]
    text = "The ministry said this morning that the new rule applies from Tuesday."
    assert ("2024-05-14", "from Tuesday") in _events(text)


def test_a_start_from_a_day_word_is_a_change():
    text = "Residents can cross the bridge without tolls from today, for trips of any length."
    assert _events(text) == [("2024-05-10", "from today")]


def test_a_season_a_plan_is_set_for_is_the_coming_one():
    text = "The next round of talks is scheduled for the spring."
    assert _events(text, date(2024, 11, 20)) == [("2025", "for the spring")]


def test_a_blogs_date_line_over_its_entries_is_a_stamp():
    text = (
        "Live: storm on the coast\n\nFriday, 10 May - our reporters follow the storm\n\n"
        "08:10 - Good morning. Ferries stayed in port this morning.\n"
    )
    assert _events(text) == [("2024-05-10", "this morning")]


def test_a_comparisons_base_is_no_day_to_count_from():
    text = (
        "Voting on Sunday was calm. Turnout was lower than in March. Results were published "
        "that evening."
    )
    assert _events(text)[-1] == ("2024-05-05", "that evening")


def test_a_possessive_weekday_in_a_clause_to_come_is_the_nearest():
    text = "The party said today it would not accept the results of Wednesday's vote."
    assert ("2024-05-08", "Wednesday") in _events(text)
    text = "It was the last debate before Sunday's run-off, the broadcaster said this morning."
    assert ("2024-05-12", "Sunday") in [(d, s.removeprefix("before ")) for d, s in _events(text)]


def test_a_timetable_verb_after_be_is_an_adjective():
    text = "The passport office was also open on Saturday to cope with demand, officials said."
    assert _events(text) == [("2024-05-04", "on Saturday")]


def test_a_part_of_the_week_is_the_week():
    # Monday 27 October to Sunday 2 November: the week runs across two months, its year
    text = "Ministers laid wreaths at the memorial earlier this week."
    assert _events(text, date(2025, 11, 1)) == [("2025", "earlier this week")]
    text = "Ministers laid wreaths at the memorial earlier this week."
    assert _events(text, date(2024, 1, 2)) == [("2024-01", "earlier this week")]


def test_overnight_in_a_forecasts_day_line_is_that_day():
    text = "Sunday: Rain turning to snow in the hills overnight."
    assert [d for d, _ in _events(text)] == ["2024-05-12"]
