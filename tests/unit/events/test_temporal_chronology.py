"""Year-less dates inside a story told of an earlier time take the year of that story.

Each case is a general rule of the extractor, checked on what ``find_dates`` and
``extract_events`` really return for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events, find_dates


def _dates(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in find_dates(text, published)]


def test_a_chronology_runs_on_from_its_year_across_the_turn_of_the_year():
    text = (
        "The strike began in late November 2017. On 2 December, miners occupied the shaft. "
        "On 20 December, the owners cut their pay.\n\n"
        "Talks resumed after the holidays. On 9 January, the miners went back, and the "
        "company was sold in March."
    )
    found = _dates(text, date(2019, 6, 20))
    assert found == [
        ("2017-11", "in late November 2017"),
        ("2017-12-02", "On 2 December"),
        ("2017-12-20", "On 20 December"),
        ("2018-01-09", "On 9 January"),
        ("2018-03", "in March"),
    ]


def test_a_day_shortly_before_the_month_told_is_of_its_year():
    text = (
        "The council passed the two decrees in November 2022. Days earlier, on 28 October, "
        "the mayor had resigned. The court struck them down on 4 December."
    )
    found = _dates(text, date(2024, 3, 5))
    assert found[1:] == [("2022-10-28", "on 28 October"), ("2022-12-04", "on 4 December")]


def test_a_year_heading_dates_the_entries_under_it():
    text = (
        "How the dispute grew, year by year.\n\n"
        "2020\n\n"
        "On 14 August, the ferry line closed.\n\n"
        "On 3 October, the port workers walked out.\n\n"
        "2021\n\n"
        "On 2 February, the line reopened."
    )
    days = [d for d, _ in _dates(text, date(2022, 5, 2)) if len(d) == 10]
    assert days == ["2020-08-14", "2020-10-03", "2021-02-02"]


def test_a_happening_named_by_its_year_is_dated_in_that_year():
    text = "Nobody here forgets the 2016 flood, on 12 May, which drowned three farms."
    found = extract_events(text, date(2023, 2, 1), [], [])
    assert [(e.date, e.surface) for e in found] == [("2016-05-12", "on 12 May")]
    # a year that names something else leaves the day to the tense
    text = "The office published the 2021 census on 30 March."
    assert _dates(text, date(2022, 6, 1))[-1] == ("2022-03-30", "on 30 March")


def test_the_news_of_the_day_is_not_pulled_into_an_old_story():
    pub = date(2024, 2, 29)
    # a day of the month up to the publication after a date told long before it
    text = (
        "The reform was first proposed in October 2022. The assembly has now passed the law; "
        "it was adopted on 8 February."
    )
    assert _dates(text, pub)[-1] == ("2024-02-08", "on 8 February")
    # a day told more than half a year after the old date is the tense's
    text = "The bridge was opened in May 2022. It was closed for repairs on 20 January."
    assert _dates(text, pub)[-1] == ("2024-01-20", "on 20 January")
    # a date near the publication told between brings the story back
    text = (
        "The plant closed in June 2021. Workers protested yesterday. "
        "Their union wrote to the minister on 2 July."
    )
    assert _dates(text, date(2023, 9, 4))[-1] == ("2023-07-02", "on 2 July")
    # and a date told paragraphs further down is the tense's again
    text = "The plant closed in June 2021.\n\nThe union met.\n\nIt wrote to the minister on 2 July."
    assert _dates(text, date(2023, 9, 4))[-1] == ("2023-07-02", "on 2 July")
