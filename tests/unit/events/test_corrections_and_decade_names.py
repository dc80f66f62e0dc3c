"""A page of corrections: what its reports, pages and pieces "said" is withdrawn, and what
follows the claim's semicolon is the right version; a decade inside a name.

Each case is a general rule of the extractor, checked on what ``extract_events`` really
returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events

PUB = date(2023, 5, 10)  # a Wednesday


def _events(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def test_a_claim_ends_at_its_semicolon():
    text = (
        "Corrections\n\n"
        "An article on Monday said the strike took place in March; it began on 3 April, "
        "when dockers walked out."
    )
    found = _events(text)
    assert ("2023-04-03", "on 3 April") in found
    assert ("2023-03", "in March") not in found


def test_a_report_or_a_page_retells_in_a_page_of_corrections():
    text = (
        "Corrections and clarifications\n\n"
        "A report on Monday said the ferry sank last week. It sank on 28 April.\n\n"
        "Our sport page of 2 May said the match would be played from 1 June."
    )
    found = _events(text)
    assert ("2023-04-28", "on 28 April") in found
    assert not [s for _, s in found if s in ("last week", "from 1 June")]


def test_a_report_elsewhere_tells_news():
    text = "A UN report on Monday said the camp was shelled last week."
    assert ("2023-05", "last week") in _events(text)


def test_a_decade_inside_a_name_is_no_event():
    assert _events("A column about the 1990s sanctions drew many letters.") == []


def test_a_decade_that_starts_its_clause_stays():
    assert _events("In the 1990s the town lost half its people.") == [("1990", "In the 1990s")]
    assert _events("In the 1990s he ran a small studio.") == [("1990", "In the 1990s")]


def test_a_month_in_a_relative_clause_is_no_day_to_count_from():
    text = (
        "The minister spoke to students on 2 March. The minister, a judge who took office "
        "in May last year, apologised a week later."
    )
    assert ("2023-03-09", "a week later") in _events(text)


def test_a_weekday_of_last_or_next_week():
    text = "The envoy visited the two capitals on Tuesday last week and met both leaders."
    assert _events(text) == [("2023-05-02", "on Tuesday last week")]
    text = "The envoy will return on Thursday of next week."
    assert _events(text) == [("2023-05-18", "on Thursday of next week")]


def test_two_weekdays_of_next_week_are_a_list():
    text = "Border police expect long queues on Friday and Saturday next week."
    assert _events(text) == []


def test_since_late_on_a_weekday_is_a_state():
    text = "Farmers have blocked the road since late on Saturday. Talks began this morning."
    assert _events(text) == [("2023-05-10", "this morning")]


def test_the_sentences_one_verb_of_the_future_dates_a_month_far_behind_it():
    pub = date(2024, 2, 20)
    text = (
        "The extra troops will stay until the summer and will be reviewed in the spring, "
        "in the light of the preparations for the local elections in October."
    )
    assert ("2024-10", "in October") in _events(text, pub)
    text = (
        "The extra troops stayed until the summer and were reviewed in the spring, "
        "in the light of the preparations for the local elections in October."
    )
    assert ("2023-10", "in October") in _events(text, pub)


def test_the_parts_of_a_day_under_a_diary_or_forecast_line_add_no_day():
    text = (
        "Week ahead\n\n"
        "Monday 15 May: Ministers meet in Brussels. The envoy briefs the press in the evening.\n\n"
        "Tuesday 16 May: Dry and warmer. Fog forming overnight."
    )
    found = _events(text)
    assert ("2023-05-15", "Monday 15 May") in found
    assert ("2023-05-16", "Tuesday 16 May") in found
    assert not [s for _, s in found if s in ("in the evening", "overnight")]


def test_overnight_in_a_timelines_entry_stays_its_day():
    text = "Tuesday, 9 May - Voting ends. Two men were detained overnight near the border."
    assert ("2023-05-09", "overnight") in _events(text)


def test_a_month_put_forward_is_the_nearest_of_its_name():
    pub = date(2024, 8, 8)
    text = "No date has been set, and officials have mentioned November."
    assert _events(text, pub) == [("2024-11", "November")]
    text = "No date has been set. Diplomats talk of October, others of the spring."
    assert _events(text, pub) == [("2024-10", "October")]
