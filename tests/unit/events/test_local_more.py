"""Local dates told from the one before, Roman months, years a state lasts since, ranges with
the word of the year, "still today", month deadlines, and a ticker's entry times."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import extract_events, find_dates

PUB = date(2025, 3, 3)  # a Monday


def dates(text: str, language: str, published: date = PUB) -> list[tuple[str, str, str]]:
    return [(e.surface, e.date, e.precision) for e in find_dates(text, published, [language])]


@pytest.mark.parametrize(
    ("text", "language", "surface", "date_s", "precision"),
    [
        (
            "Most je otvoren 10. maja 2019. Dan kasnije zatvoren je.",
            "sr",
            "Dan kasnije",
            "2019-05-11",
            "day",
        ),
        (
            "Požar je izbio 4. juna 2020, a ugašen je dva dana kasnije.",
            "hr",
            "dva dana kasnije",
            "2020-06-06",
            "day",
        ),
        (
            "Zakon je usvojen u aprilu 2017., a primjena je počela šest mjeseci kasnije.",
            "bs",
            "šest mjeseci kasnije",
            "2017-10",
            "month",
        ),
        (
            "Grad je napadnut 2. avgusta 1995, a oslobođen je sljedećeg dana.",
            "hr",
            "sljedećeg dana",
            "1995-08-03",
            "day",
        ),
        (
            "Zjarri shpërtheu më 3 korrik 2021. Një ditë më vonë u shua.",
            "sq",
            "Një ditë më vonë",
            "2021-07-04",
            "day",
        ),
        (
            "Ligji u miratua në janar 2010. Tre muaj më vonë hyri në fuqi.",
            "sq",
            "Tre muaj më vonë",
            "2010-04",
            "month",
        ),
        (
            "Поплавата започна на 7 мај 2014. Наредниот ден водата се повлече.",
            "mk",
            "Наредниот ден",
            "2014-05-08",
            "day",
        ),
        (
            "Tekma je bila 5. maja 2018. Dva dni kasneje so odšli.",
            "sl",
            "Dva dni kasneje",
            "2018-05-07",
            "day",
        ),
    ],
)
def test_dates_told_from_the_one_before(text, language, surface, date_s, precision):
    assert (surface, date_s, precision) in dates(text, language)


def test_a_roman_month_between_day_and_year():
    assert dates("Rešenje je doneto 14. IV 2021. godine.", "sr") == [
        ("14. IV 2021", "2021-04-14", "day")
    ]
    assert dates("Пресудата е од 3. XI 2019.", "mk") == [("3. XI 2019", "2019-11-03", "day")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Direktor, koji je na toj funkciji od 2014. godine, podneo je ostavku.", "sr"),
        ("Ministri, i cili është në detyrë që nga viti 2018, dha dorëheqje.", "sq"),
        ("Тој ја води партијата од 2009 година.", "mk"),
        ("Mještani na vodovod čekaju od 2011.", "bs"),
    ],
)
def test_a_year_a_state_lasts_since_is_no_date(text, language):
    assert dates(text, language) == []


def test_since_a_year_with_what_happened_then_is_a_date():
    found = dates("Ne pamte takvu vodu od 2010., kada je rijeka poplavila selo.", "bs")
    assert ("2010", "2010", "year") in [(s.rstrip("."), d, p) for s, d, p in found]


def test_a_range_with_the_word_of_the_year_is_no_date():
    assert dates("Klub od leta 2005 do 2011 ni osvojil pokala.", "sl") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mnogi se i danas vode kao nestali.", "bs"),
        ("Многи и данас живе у избеглиштву.", "sr"),
        ("Shumë familje edhe sot jetojnë në baraka.", "sq"),
    ],
)
def test_still_today_is_no_publication_day(text, language):
    assert dates(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "date_s"),
    [
        ("Novi saziv bi se trebao konstituisati do kraja februara.", "bs", "2025-02"),
        ("Radovi su odgođeni za sredinu aprila.", "hr", "2025-04"),
        ("Судот закажа рочишта за април.", "mk", "2025-04"),
        ("Në muajin prill pritet një takim.", "sq", "2025-04"),
    ],
)
def test_months_due_or_set_for(text, language, date_s):
    assert [d for _, d, _ in dates(text, language)] == [date_s]


def test_a_state_until_a_weekday_looks_ahead():
    assert [d for _, d, _ in dates("Izložba traje do nedelje uveče.", "sr")] == ["2025-03-09"]


def test_a_local_tickers_entry_times_are_no_events():
    text = (
        "09:10 – Reka se izlila noćas i poplavila puteve.\n\n"
        "10:40 – Vatrogasci su jutros evakuisali dvadeset porodica."
    )
    found = extract_events(text, PUB, [], [], ["sr"])
    assert [(e.surface, e.date) for e in found] == [
        ("noćas", "2025-03-03"),
        ("jutros", "2025-03-03"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a span of weekdays gives its first and last day (dev5, dev9): test_local_dev9_rules.py
        ("Sajam će trajati od 3. aprila do 9. aprila u hali.", "sr"),
        # a range of numbered days told as what lasts (dev10: otherwise its two days,
        # test_local_dev10_rules.py)
        ("Panairi do të zgjasë nga 3 prill deri më 9 prill.", "sq"),
        ("Ukrep bo veljal od 1. oktobra do konca marca.", "sl"),
    ],
)
def test_a_span_of_days_is_no_event(text, language):
    assert extract_events(text, PUB, [], [], [language]) == []


def test_a_start_without_an_end_stays_an_event():
    found = extract_events("Ulaznice će biti u prodaji od srijede.", PUB, [], [], ["hr"])
    assert [e.date for e in found] == ["2025-03-05"]


@pytest.mark.parametrize(
    ("text", "language", "surface", "date_s"),
    [
        (
            "Nesreća se dogodila 5. aprila prošle godine na autoputu.",
            "sr",
            "5. aprila prošle godine",
            "2024-04-05",
        ),
        ("Ugovor ističe 20. maja sljedeće godine.", "hr", "20. maja sljedeće godine", "2026-05-20"),
    ],
)
def test_a_day_of_a_relative_year_is_one_date(text, language, surface, date_s):
    assert dates(text, language) == [(surface, date_s, "day")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kune se u bankama mogu mijenjati do kraja godine.", "hr"),
        ("Projekt bo končan do konca leta.", "sl"),
        ("Punimet do të përfundojnë deri në fund të vitit.", "sq"),
        ("Работите ќе завршат до крајот на годината.", "mk"),
    ],
)
def test_the_end_of_the_year_a_thing_is_due_by(text, language):
    assert [(d, p) for _, d, p in dates(text, language)] == [("2025", "year")]


@pytest.mark.parametrize(
    ("text", "language", "date_s", "precision"),
    [
        ("Most je otvoren pre godinu dana.", "sr", "2024", "year"),
        ("Most je otvoren prije mjesec dana.", "hr", "2025-02", "month"),
        ("Пре тачно годину дана мост је пао.", "sr", "2024-03-03", "day"),
        ("Most so odprli pred mesecem dni.", "sl", "2025-02", "month"),
    ],
)
def test_one_unit_ago_in_days(text, language, date_s, precision):
    assert [(d, p) for _, d, p in dates(text, language)] == [(date_s, precision)]
