"""Rules from the local dev10 round (tests/data/events/local/README.md, ``## dev10.jsonl``), each
on made-up sentences in our own words.

- A range of numbered days ("od 3. do 5. avgusta", "nga 2 deri më 6 tetor", "од 8 до 11
  октомври") gives two events, its first and its last day; told as what a thing lasts
  ("Sajam traje od 3. do 5. avgusta") it stays a period, no event.
- A week told as days from a feast ("sedmicu dana nakon Božića", "Teden dni pred") is seven
  days from it.
- Feasts: "od Božića" (since Christmas) is its day; Martinje (11 November), Slovenian
  "štefanovo" (26 December), Macedonian "Голема Богородица" (28 August); Albanian "para" (a
  deadline) before a feast; Slovenian "pravoslavni božič" is 7 January; a feast that is only the
  occasion of a celebration whose clause tells its own weekday is no event; "Lani na Martinje"
  is one date (the year word gives the feast its year).
- The present copula with an adjective ("Prevoz je u nedjelju besplatan") and a Macedonian
  timetable's present ("во среда почнува") look ahead; a "se" of a joined clause (", a pekare
  se otvaraju") is not the date's.
- "Every" does not reach across a comma ("svakog ljeta, a u julu prošle godine"); "mostly"
  and "ever" right before a date make it no event ("kryesisht në fundjavë", "kot kdajkoli v
  juliju").
- A lead that opens with a count from a happening ("Една седмица по пожарот") counts from the
  day the body tells for it.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import extract_events

TUE = date(2025, 3, 4)  # a Tuesday


def _days(text: str, language: str, pub: date = TUE) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.date) for e in extract_events(text, pub, [], [], [language])]


@pytest.mark.parametrize(
    ("text", "language", "first", "last"),
    [
        (
            "Ulica će biti zatvorena od 3. do 5. aprila zbog radova na mostu.",
            "sr",
            "2025-04-03",
            "2025-04-05",
        ),
        (
            "Naselje ostaje bez struje od 28. do 2. aprila, javila je elektrodistribucija.",
            "hr",
            "2025-03-28",
            "2025-04-02",
        ),
        (
            "Plaža do të mbyllet nga 2 deri më 6 prill për pastrim.",
            "sq",
            "2025-04-02",
            "2025-04-06",
        ),
        (
            "Патот ќе биде затворен од 8 до 11 април поради поправка.",
            "mk",
            "2025-04-08",
            "2025-04-11",
        ),
        ("Cesta bo zaprta od 7. do 9. aprila zaradi del.", "sl", "2025-04-07", "2025-04-09"),
        (
            "Lov na jezeru biće zabranjen od 10. aprila do 20. maja ove godine.",
            "cnr",
            "2025-04-10",
            "2025-05-20",
        ),
    ],
)
def test_numbered_day_range_gives_its_two_days(
    text: str, language: str, first: str, last: str
) -> None:
    dates = [d for _, d in _days(text, language)]
    assert first in dates and last in dates


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sajam meda traje od 3. do 5. aprila na gradskom trgu.", "sr"),
        ("Izložba je trajala od 10. februara do 20. februara u muzeju.", "hr"),
    ],
)
def test_numbered_day_range_that_lasts_is_a_period(text: str, language: str) -> None:
    assert _days(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "pub", "day"),
    [
        (
            "Sedmicu dana nakon Božića policija je zaplijenila kamion drva.",
            "sr",
            date(2025, 1, 20),
            "2025-01-14",
        ),
        (
            "Nedelju dana posle Nove godine otvoren je novi most.",
            "sr",
            date(2025, 1, 20),
            "2025-01-08",
        ),
        (
            "Teden dni pred božičem so na meji ustavili tovornjak.",
            "sl",
            date(2025, 1, 10),
            "2024-12-18",
        ),
    ],
)
def test_a_week_from_a_feast(text: str, language: str, pub: date, day: str) -> None:
    assert day in [d for _, d in _days(text, language, pub)]


WED = date(2025, 3, 26)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "language", "pub", "day"),
    [
        (
            "Na prelazu je od Božića zaplenjeno pet kilograma droge.",
            "sr",
            date(2025, 1, 14),
            "2025-01-07",
        ),
        (
            "Na Martinje u Iloku se okupi mnogo gostiju, javlja turistička zajednica.",
            "hr",
            date(2024, 11, 7),
            "2024-11-11",
        ),
        ("Avtobusi bodo vozili tudi na štefanovo.", "sl", date(2024, 12, 20), "2024-12-26"),
        (
            "За Голема Богородица многу иселеници доаѓаат во селата.",
            "mk",
            date(2024, 8, 13),
            "2024-08-28",
        ),
        (
            "Presidentja e Kosovës ftoi partitë të takohen para Ditës së Pavarësisë.",
            "sq",
            date(2025, 2, 10),
            "2025-02-17",
        ),
        (
            "Za pravoslavni božič bodo vozili trije avtobusi.",
            "sl",
            date(2024, 12, 23),
            "2025-01-07",
        ),
    ],
)
def test_feast_days(text: str, language: str, pub: date, day: str) -> None:
    assert day in [d for _, d in _days(text, language, pub)]


def test_a_feast_that_is_only_the_occasion_is_no_event() -> None:
    text = "Festimet për Ditën e Verës nisin të enjten në qendër të qytetit."
    assert [d for _, d in _days(text, "sq", date(2025, 3, 12))] == ["2025-03-13"]


def test_last_year_on_a_feast_is_one_date() -> None:
    found = _days(
        "Lani na Martinje u Ilok je došlo petnaest tisuća ljudi.", "hr", date(2024, 11, 7)
    )
    assert found == [("Lani na Martinje", "2023-11-11")]


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "Gradski prevoz u nedjelju je besplatan, a pekare se otvaraju već u pet.",
            "bs",
            "2025-03-30",
        ),
        ("Општината најави дека во сабота почнува чистење на плажите.", "mk", "2025-03-29"),
    ],
)
def test_present_announcements_look_ahead(text: str, language: str, day: str) -> None:
    assert [d for _, d in _days(text, language, WED)] == [day]


def test_every_stops_at_a_comma() -> None:
    text = "Cijev puca svakog ljeta, a u julu prošle godine naselje je ostalo bez vode."
    assert ("2024-07") in [d for _, d in _days(text, "cnr", date(2025, 6, 9))]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Turistët vijnë kryesisht në fundjavë nga Shkupi.", "sq"),
        ("Na obali je bilo več gostov kot kdajkoli v juliju.", "sl"),
        ("Gosti dolaze uglavnom vikendom i praznicima.", "hr"),
    ],
)
def test_mostly_and_ever_are_no_events(text: str, language: str) -> None:
    assert _days(text, language, date(2025, 7, 21)) == []


def test_a_lead_counts_from_the_day_the_body_tells() -> None:
    text = (
        "ШТИП – Една седмица по поплавата, жителите сѐ уште чистат куќи.\n\n"
        "Во поплавата од 10 март беа уништени мостови."
    )
    assert ("Една седмица по поплавата", "2025-03-17") in _days(text, "mk", date(2025, 3, 18))


MON = date(2025, 12, 29)  # a Monday


def test_since_a_weekday_with_a_state_is_the_past_day() -> None:
    text = "Kolone kamiona od subote stoje na graničnom prelazu."
    assert [d for _, d in _days(text, "sr", MON)] == ["2025-12-27"]


def test_a_weekday_from_which_a_change_runs_looks_ahead() -> None:
    text = "Trgovci od četvrtka produžavaju radno vrijeme."
    assert [d for _, d in _days(text, "bs", MON)] == ["2026-01-01"]


def test_last_year_compared_with_a_clause_of_its_own_is_an_event() -> None:
    text = "Gledalcev je bilo več kot lani, ko je tekmo motil dež."
    assert [d for _, d in _days(text, "sl", date(2025, 3, 31))] == ["2024"]


def test_a_month_something_begins_in_is_the_next() -> None:
    text = "Nova berba počinje u junu, javlja zadruga."
    assert [d for _, d in _days(text, "sr", date(2025, 11, 3))] == ["2026-06"]


def test_a_feast_celebrated_is_its_day() -> None:
    text = "Vjernici su proslavili Božić u manastiru."
    assert [d for _, d in _days(text, "sr", date(2026, 1, 12))] == ["2026-01-07"]


def test_a_feast_of_a_sentence_dated_otherwise_is_not_celebrated_anew() -> None:
    text = "Rojaki so včeraj praznovali dan državnosti Bosne in Hercegovine."
    assert [d for _, d in _days(text, "sl", date(2025, 11, 26))] == ["2025-11-25"]


def test_a_week_before_a_feast_in_the_instrumental() -> None:
    text = "Teden dni pred Prešernovim dnevom so policisti ustavili kombi."
    assert [d for _, d in _days(text, "sl", date(2025, 2, 11))] == ["2025-02-01"]


def test_a_count_from_a_happening_named_in_another_case() -> None:
    text = (
        "Na trgu je u subotu održan veliki skup. Organizatori najavljuju da se "
        "nedelju dana nakon skupa okupljaju u Nišu."
    )
    assert ("nedelju dana nakon skupa", "2025-03-22") in _days(text, "sr", date(2025, 3, 17))


@pytest.mark.parametrize(
    "text",
    [
        "Studenti blokiraju fakultet od petka, posle napada na njih.",
        "„Od petka djeca ne izlaze iz kuća“, kaže jedna majka.",
    ],
)
def test_since_a_weekday_a_state_holds(text: str) -> None:
    assert [d for _, d in _days(text, "sr", MON)] == ["2025-12-26"]


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Protesta e djeshme kaloi në qetësi.", "sq", "2025-03-04"),
        ("Takimi i djeshëm me ministrin zgjati dy orë.", "sq", "2025-03-04"),
        ("Завчерашниот протест помина мирно.", "mk", "2025-03-03"),
    ],
)
def test_day_adjectives(text: str, language: str, day: str) -> None:
    assert [d for _, d in _days(text, language, date(2025, 3, 5))] == [day]


def test_macedonian_timetable_verb_before_the_weekday_looks_ahead() -> None:
    text = "Фестивалот започнува во петокот на плоштадот."
    assert [d for _, d in _days(text, "mk", date(2025, 3, 5))] == ["2025-03-07"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Të hënën që vjen fillon shkolla.", "2025-03-10"),
        ("Muajin që vjen nis sezoni turistik.", "2025-04"),
        ("Vitin që vjen hapet rruga e re.", "2026"),
    ],
)
def test_albanian_coming_with_qe_vjen(text: str, day: str) -> None:
    assert [d for _, d in _days(text, "sq", date(2025, 3, 5))] == [day]


def test_albanian_middle_voice_timetable_is_the_nearest() -> None:
    text = "Rruga mbyllet nga 10 deri më 15 mars për punime."
    assert [d for _, d in _days(text, "sq", date(2025, 3, 5))] == ["2025-03-10", "2025-03-15"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Para tre ditësh u mbyll rruga për në Shkodër.", "2025-03-02"),
        ("Festivali fillon pas dy ditësh në sheshin qendror.", "2025-03-07"),
    ],
)
def test_albanian_counted_days(text: str, day: str) -> None:
    assert [d for _, d in _days(text, "sq", date(2025, 3, 5))] == [day]


def test_macedonian_in_days_with_a_timetable_present() -> None:
    text = "За три дена почнува фестивалот во Охрид."
    assert [d for _, d in _days(text, "mk", date(2025, 3, 5))] == ["2025-03-08"]
