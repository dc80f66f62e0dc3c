"""Temporal expressions: every shape the issue lists, the traps, and the offset contract."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.events import TimeExpr, find_dates

PUB = date(2023, 11, 23)  # a Thursday, the seed article's publication date


def only(text: str, published: date | None = PUB) -> TimeExpr:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "date_s", "precision", "source"),
    [
        (
            "It happened on 24 September 2023.",
            "on 24 September 2023",
            "2023-09-24",
            "day",
            "explicit",
        ),
        (
            "It happened on 24th of September 2023.",
            "on 24th of September 2023",
            "2023-09-24",
            "day",
            "explicit",
        ),
        ("On September 24, four were killed.", "On September 24", "2023-09-24", "day", "explicit"),
        (
            "Signed on September 24, 2021 in Ohrid.",
            "on September 24, 2021",
            "2021-09-24",
            "day",
            "explicit",
        ),
        ("Police said on 24.9.2023 that", "on 24.9.2023", "2023-09-24", "day", "explicit"),
        ("The file is dated 2023-09-24.", "2023-09-24", "2023-09-24", "day", "explicit"),
        ("Troops were injured in May 2023.", "in May 2023", "2023-05", "month", "explicit"),
        ("In May, troops were injured.", "In May", "2023-05", "month", "explicit"),
        ("It joined in 2004.", "in 2004", "2004", "year", "explicit"),
        ("Wars raged in the 1990s.", "in the 1990s", "1990", "decade", "explicit"),
        ("It opened in the spring of 2021.", "in the spring of 2021", "2021", "year", "explicit"),
        ("It ended in late 2019.", "in late 2019", "2019", "year", "explicit"),
        ("Sept. 5 was quiet.", "Sept. 5", "2023-09-05", "day", "explicit"),
        ("He was in Pristina on Monday.", "on Monday", "2023-11-20", "day", "relative"),
        ("He spoke on Thursday.", "on Thursday", "2023-11-23", "day", "relative"),
        ("He will visit on Tuesday.", "on Tuesday", "2023-11-28", "day", "relative"),
        (
            "On Tuesday, the minister will visit Tirana.",
            "On Tuesday",
            "2023-11-28",
            "day",
            "relative",
        ),
        ("They met last Thursday.", "last Thursday", "2023-11-16", "day", "relative"),
        ("They meet next Monday.", "next Monday", "2023-11-27", "day", "relative"),
        ("Police arrived yesterday.", "yesterday", "2023-11-22", "day", "relative"),
        (
            "It was calm the day before yesterday.",
            "the day before yesterday",
            "2023-11-21",
            "day",
            "relative",
        ),
        ("They met two days ago.", "two days ago", "2023-11-21", "day", "relative"),
        ("They met 3 months ago.", "3 months ago", "2023-08", "month", "relative"),
        ("They met five years ago.", "five years ago", "2018", "year", "relative"),
        ("They met last week.", "last week", "2023-11", "month", "relative"),
        ("They met this week.", "this week", "2023-11", "month", "relative"),
        ("Talks opened today.", "today", "2023-11-23", "day", "published"),
        ("It closed last month.", "last month", "2023-10", "month", "relative"),
        ("It closed earlier this month.", "earlier this month", "2023-11", "month", "relative"),
        ("It closed earlier this year.", "earlier this year", "2023", "year", "relative"),
        ("It closed last year.", "last year", "2022", "year", "relative"),
        ("It burned last summer.", "last summer", "2023", "year", "relative"),
        ("The battle in 1389 is remembered.", "in 1389", "1389", "year", "explicit"),
        ("Works end by the end of 2023.", "by the end of 2023", "2023", "year", "explicit"),
        ("Talks resumed in mid-2023.", "in mid-2023", "2023", "year", "explicit"),
        ("Unrest grew in the early 1990s.", "in the early 1990s", "1990", "decade", "explicit"),
    ],
)
def test_expression_resolves(text, surface, date_s, precision, source):
    got = only(text)
    assert (got.surface, got.date, got.precision, got.date_source) == (
        surface,
        date_s,
        precision,
        source,
    )
    assert text[got.start : got.end] == got.surface


@pytest.mark.parametrize(
    ("text", "date_s"),
    [
        ("Dana 24. septembra 2023. godine", "2023-09-24"),
        ("od 5. maja 2022.", "2022-05-05"),
        ("Më 24 shtator 2023, policia", "2023-09-24"),
        ("më 3 nëntor 2021", "2021-11-03"),
        ("на 24 септември 2023", "2023-09-24"),
        ("24. септембра 2023.", "2023-09-24"),
    ],
)
def test_local_month_names(text, date_s):
    got = only(text)
    assert (got.date, got.precision) == (date_s, "day")
    assert not got.surface.endswith(".") or got.surface.endswith("2023.") is False


@pytest.mark.parametrize(
    "text",
    [
        '"We see threats of secession," he said.',
        "NATO may send more troops.",
        "Thousands march in Belgrade. The March for Peace went on.",
        "Article 5 of the treaty applies.",
        "UN Security Council Resolution 1244 governs the mission.",
        "NATO sent 1,000 troops.",
        "KFOR troops reach 4,500 people.",
        "Call +381 11 2023 456 or 011/2023-456 for details.",
        "The camp lies at 42.6629, 21.1655 near the border.",
        "A 24-year-old man, aged 24, was questioned.",
        "The 2000 troops and some 1990 soldiers trained.",
        "Theresa May met them.",
        "Reservists march to the barracks.",
        "Pre-2004 rules were kept; call 011-2023.",
    ],
)
def test_no_false_dates(text):
    assert find_dates(text, PUB) == []


def test_relative_and_yearless_dates_dropped_without_publication_date():
    text = "On Monday, in May, yesterday, on September 24 and last week, but also in 2004."
    got = find_dates(text, None)
    assert [(e.surface, e.date) for e in got] == [("in 2004", "2004")]


def test_yearless_date_takes_the_year_before_publication_when_later_in_the_calendar():
    got = only("Elections were held on December 3.", date(2024, 2, 1))
    assert got.date == "2023-12-03"


def test_future_yearless_month_looks_forward():
    got = only("The vote will be held in May.", date(2023, 11, 23))
    assert (got.date, got.precision) == ("2024-05", "month")


def test_week_across_months_falls_back_to_year():
    # Published Wednesday 2023-11-01: last week ran 23-29 October, so one month holds it.
    assert only("They met last week.", date(2023, 11, 1)).date == "2023-10"
    # Published 2023-11-08: last week ran 30 October - 5 November, two months: the year.
    got = only("They met last week.", date(2023, 11, 8))
    assert (got.date, got.precision) == ("2023", "year")


def test_several_expressions_left_to_right_without_overlap():
    text = "Signed on 14 December 1995 in Paris, after talks that began in 1992 and in May 1995."
    got = find_dates(text, PUB)
    assert [(e.date, e.precision) for e in got] == [
        ("1995-12-14", "day"),
        ("1992", "year"),
        ("1995-05", "month"),
    ]


_TOKENS = st.sampled_from(
    [
        "on",
        "Monday",
        "24",
        "September",
        "2023",
        "May",
        "may",
        "in",
        "the",
        "1990s",
        "1,000",
        "troops",
        "yesterday",
        "last",
        "week",
        "24.9.2023",
        "2023-09-24",
        "spring",
        "of",
        ".",
        ",",
        "Resolution",
        "1244",
        "We",
        "ago",
        "two",
        "days",
        "shtator",
        "septembra",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKENS, max_size=25), st.sampled_from([None, PUB, date(2020, 1, 1)]))
def test_offsets_always_match_surface_and_never_overlap(tokens, published):
    text = " ".join(tokens)
    got = find_dates(text, published)
    last = 0
    for e in got:
        assert text[e.start : e.end] == e.surface
        assert e.start >= last
        last = e.end
        assert e.precision in {"day", "month", "year", "decade"}
        assert e.date_source in {"explicit", "relative", "published"}
        assert len(e.date) == {"day": 10, "month": 7, "year": 4, "decade": 4}[e.precision]
        if published is None:
            assert e.date_source == "explicit"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("It was agreed between 2004 and 2008.", None),
        ("The war of 1992-1995 ended.", None),
        ("The mission ran from 1999 to 2008 in Kosovo.", None),
        ("Logor je djelovao od 1941. do 1945. godine.", "hr"),
        ("Ai ishte ministër nga 1997 deri në 2001.", "sq"),
        ("Војната траеше од 1992 до 1995 година.", "mk"),
    ],
)
def test_year_ranges_are_periods_not_events(text, language):
    assert find_dates(text, PUB, [language]) == []


@pytest.mark.parametrize(
    "text",
    [
        "BELGRADE, March 3 - Serbian President Aleksandar Vučić opened a rail line.",
        "ZVEÇAN, 30 maj – Rreth 30 ushtarë u plagosën.",
        "СКОПЈЕ, 6 јули – Четириесет и седум полицајци се повредени.",
    ],
)
def test_datelines_date_no_event(text):
    assert find_dates(text, PUB, ["sq", "mk"]) == []


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # The tense decides which way a weekday or a year-less date looks.
        ("The bridge will be reopened on Saturday.", date(2023, 11, 23), ["2023-11-25"]),
        ("The envoy is due to arrive on Monday.", date(2023, 11, 23), ["2023-11-27"]),
        ("Talks are scheduled for March 4.", date(2023, 11, 23), ["2024-03-04"]),
        ("The census ended on 30 December.", date(2024, 1, 4), ["2023-12-30"]),
        ("The vote is planned for 10 January.", date(2023, 12, 20), ["2024-01-10"]),
        # Relative to the day of publication.
        ("Shelling resumed overnight near the border.", PUB, ["2023-11-23"]),
        ("Ministers met earlier in the day in Tirana.", PUB, ["2023-11-23"]),
        ("The strike began earlier this week.", PUB, ["2023-11"]),
        ("The strike began earlier this week.", date(2023, 11, 2), ["2023"]),  # two months
        ("The strike began earlier this week.", date(2023, 11, 20), ["2023-11-20"]),
        ("A second rally is planned later this week.", PUB, ["2023-11"]),
        ("The blast was heard at 03:40 in the old town.", PUB, ["2023-11-23"]),
        # Told from the day named before.
        (
            "The dam broke on 12 May 2014. Two days later the river reached Obrenovac.",
            PUB,
            ["2014-05-12", "2014-05-14"],
        ),
        (
            "Voting ended on Sunday. The next day, the commission counted the ballots.",
            PUB,
            ["2023-11-19", "2023-11-20"],
        ),
        (
            "The law passed on 3 June 2021. A week later, the president signed it; at 10:15 the "
            "text was published.",
            PUB,
            ["2021-06-03", "2021-06-10", "2021-06-10"],
        ),
        ("A day later the roads were cleared.", PUB, []),  # no day named before it
        # Periods, not events.
        ("She has been governor since 2016 and won again.", PUB, []),
        ("The party has ruled since May 2012.", PUB, []),
        ("The fighting lasted from 1998 to 1999.", PUB, []),
    ],
)
def test_day_relative_and_anchored_dates(text, published, dates):
    assert [e.date for e in find_dates(text, published)] == dates
