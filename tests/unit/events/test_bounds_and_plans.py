"""Past bounds opened by "by", plans since moved, nouns of plans and the month "May", and
days of the month under a chronology's year.

Each case is a general rule of the extractor, checked on what ``find_dates`` and
``extract_events`` really return for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events, find_dates


def _events(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, published, [], [])]


def _dates(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in find_dates(text, published)]


def test_a_past_day_opening_its_clause_with_by_bounds_a_state():
    pub = date(2024, 5, 8)  # a Wednesday
    text = "By Monday, the rescuers had found nine of the missing hikers in the gorge."
    assert _events(text, pub) == []
    text = "The river kept rising, and by this morning the water had reached the old bridge."
    assert _events(text, pub) == []


def test_a_bound_to_come_or_after_a_verb_is_no_event_either():
    pub = date(2024, 5, 8)
    text = "The mayor said the new bridge would be finished by Friday."
    assert _dates(text, pub) == [("2024-05-10", "by Friday")]
    assert _events(text, pub) == []  # a deadline (see test_bounds.py)
    text = "The last of the climbers had returned by Monday evening, the rescuers said."
    assert _events(text, pub) == []


def test_a_past_clock_time_or_a_named_year_after_by_stays():
    pub = date(2024, 5, 8)
    text = "The storm reached the coast on Monday. By 06:00, the ferries had stopped."
    assert ("2024-05-06", "By 06:00") in _dates(text, pub)
    text = "The board was set up by the 1998 charter of the town and met in March 2001."
    assert ("1998", "by the 1998") in _dates(text, pub)


def test_a_plan_first_set_for_a_day_is_the_nearest_day_of_its_name():
    pub = date(2024, 10, 19)
    text = "The two new ferries were originally due to sail on 20 May, then on 1 August."
    assert _dates(text, pub) == [("2024-05-20", "on 20 May"), ("2024-08-01", "on 1 August")]


def test_a_plan_after_an_article_and_a_compound_is_a_noun():
    pub = date(2023, 11, 2)
    text = "The partners quarrelled for weeks before they agreed a cost-sharing plan on 24 October."
    assert _dates(text, pub) == [("2023-10-24", "on 24 October")]


def test_a_day_of_the_month_under_a_year_heading_takes_its_year():
    text = (
        "Ten years of the festival\n\n"
        "The summer festival at the lake has had a rough decade. We look back.\n\n"
        "2021\n"
        "The June concerts, held on the 12th, drew a small crowd. The stage burned on 3 July.\n\n"
        "2024\n"
        "The festival moved to the fortress in August."
    )
    found = _dates(text, date(2024, 11, 30))
    assert ("2021-06-12", "on the 12th") in found
    assert ("2021-07-03", "on 3 July") in found


def test_a_timeline_line_opening_with_its_year_dates_its_days():
    text = (
        "The mine has divided the valley for years. The main steps:\n"
        "2019: Drilling starts in the valley.\n"
        "2021: On 14 March, the permits are annulled; protests end in late April.\n"
    )
    found = _events(text, date(2024, 7, 18))
    assert found == [
        ("2019", "2019"),
        ("2021-03-14", "On 14 March"),
        ("2021-04", "in late April"),
    ]


def test_a_year_on_the_next_line_is_no_part_of_a_date():
    text = "The last big protest came on 3 July.\n2022\nThe permits were annulled in January."
    assert ("2024-07-03", "on 3 July") in _dates(text, date(2024, 7, 18))


def test_a_plan_since_moved_is_a_happening():
    text = "The two new ferries were originally due to sail on 20 May."
    assert _events(text, date(2024, 10, 19)) == [("2024-05-20", "on 20 May")]


def test_a_month_with_a_when_clause_names_the_day_of_the_month():
    text = "Prices have climbed since March, when the mills closed on the 14th."
    assert ("2024-03-14", "on the 14th") in _dates(text, date(2024, 6, 5))


def test_a_weekday_something_was_set_for_in_the_past_is_the_nearest():
    pub = date(2025, 5, 18)  # a Sunday
    text = "The opposition leader called a rally for Friday, and it passed off calmly."
    assert _dates(text, pub) == [("2025-05-16", "Friday")]
    text = "The first hearing is set for Tuesday."
    assert _dates(text, pub) == [("2025-05-20", "Tuesday")]


def test_a_quarter_of_a_year_is_a_reporting_period():
    text = "Flat prices rose by 4 percent in the last quarter of 2020, the office said on Monday."
    assert _events(text, date(2021, 3, 31)) == [("2021-03-29", "on Monday")]
