"""A diary's entry headed by its day on a line of its own ("Tuesday, 9 June" over the entry's
prose) is dated by that head; a stamp's line (with its year, or apart from what follows) and a
log's day heading over timed lines are not.  A month alone after a month told with its year
is the writer's own; a chronology's days after it keep that year.

Each case is a general rule of the extractor, checked on what ``find_dates`` and
``extract_events`` really return for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events, find_dates

_PUB = date(2027, 6, 4)


def _dates(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in find_dates(text, _PUB)]


def test_a_diary_head_over_its_entry_dates_the_entry():
    text = (
        "Our week ahead\n\nThe diary is busy.\n\nTuesday, 8 June\nThe assembly debates the new "
        "water law.\n\nThursday, 10 June\nFarmers will drive tractors to the ministry.\n"
    )
    assert [(e.date, e.surface) for e in extract_events(text, _PUB, [], [])] == [
        ("2027-06-08", "Tuesday, 8 June"),
        ("2027-06-10", "Thursday, 10 June"),
    ]


def test_a_head_with_its_year_is_a_stamp():
    text = "Weekly notes\n\nFriday 4 June 2027\nThe assembly debated the water law on Tuesday.\n"
    assert _dates(text) == [("2027-06-01", "on Tuesday")]


def test_a_head_apart_from_its_text_by_a_blank_line_is_a_stamp():
    text = "Weekly notes\n\nFriday, 4 June\n\nThe assembly debated the water law on Tuesday.\n"
    assert _dates(text) == [("2027-06-01", "on Tuesday")]


def test_a_log_s_day_heading_over_timed_lines_is_no_event():
    text = "Duty log\n\nThursday, 3 June\n21:40 A van caught fire near the port.\n"
    assert ("2027-06-03", "Thursday, 3 June") not in _dates(text)


def test_a_month_alone_after_a_month_with_its_year_is_the_writer_s_own():
    text = (
        "The country applied in May 2011 and became a candidate in March 2016. "
        "In October, its neighbour vetoed the talks again."
    )
    assert find_dates(text, date(2020, 2, 2))[-1].date == "2019-10"


def test_a_chronology_s_day_after_a_month_with_its_year_keeps_that_year():
    text = "The strike began in November 2017. On 2 December the miners marched to the capital."
    assert find_dates(text, date(2020, 2, 2))[-1].date == "2017-12-02"


def test_a_month_after_a_chronology_s_day_keeps_its_year():
    text = "On 4 January 2019 the talks began. The marches went on until the ban in March."
    assert find_dates(text, date(2021, 6, 2))[-1].date == "2019-03"
