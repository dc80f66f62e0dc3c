"""A relative clause after a date is a clause of its own ("je v petek predstavila program, ki
bo jutri"); "tijekom vikenda"; Albanian units capitalised at a sentence start ("Vitin e
kaluar"); the end of the month as a deadline to come ("до крајот на месецот"), not a state
("popunjen je do kraja meseca"); "last night" in two words ("минатата ноќ", "natën e kaluar",
"prošle noći")."""

from __future__ import annotations

from datetime import date

from newsmap.events import find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


def test_a_relative_clause_keeps_its_future_to_itself() -> None:
    text = "Društvo je v petek predstavilo načrt, ki bo veljal vse leto."
    assert dates(text, "sl", date(2025, 11, 10)) == [("v petek", "2025-11-07")]
    text = "Bashkia prezantoi të premten planin, i cili do të zbatohet së shpejti."
    assert dates(text, "sq", date(2026, 3, 9)) == [("të premten", "2026-03-06")]


def test_the_weekend_in_croatian() -> None:
    text = "Kadeti kluba tijekom vikenda gostuju na turniru u Zadru."
    assert dates(text, "hr", date(2026, 3, 9)) == [("tijekom vikenda", "2026-03")]


def test_an_albanian_unit_at_a_sentence_start() -> None:
    text = "Vitin e kaluar pritja në kufi zgjati dhjetë orë."
    assert dates(text, "sq", date(2025, 11, 24)) == [("Vitin e kaluar", "2024")]


def test_the_end_of_the_month_as_a_deadline_to_come() -> None:
    text = "Штетата ќе биде проценета до крајот на месецот."
    assert dates(text, "mk", date(2025, 8, 4)) == [("до крајот на месецот", "2025-08")]
    text = "Radovi na mostu trajat će do kraja mjeseca."
    assert dates(text, "hr", date(2025, 8, 4)) == [("do kraja mjeseca", "2025-08")]
    assert dates("Hotel je popunjen do kraja meseca.", "sr", date(2026, 1, 19)) == []


def test_last_night_in_two_words() -> None:
    published = date(2025, 7, 21)
    text = "Екипите имаа минатата ноќ четириесет интервенции."
    assert dates(text, "mk", published) == [("минатата ноќ", "2025-07-20")]
    assert dates("Natën e kaluar ra breshër në Korçë.", "sq", published) == [
        ("Natën e kaluar", "2025-07-20")
    ]
    assert dates("Prošle noći palo je deset centimetara snega.", "sr", published) == [
        ("Prošle noći", "2025-07-20")
    ]


def test_next_weekend_in_ekavian_and_ijekavian() -> None:
    published = date(2026, 1, 5)
    assert dates("Nove gužve se predviđaju sledećeg vikenda.", "sr", published) == [
        ("sledećeg vikenda", "2026-01")
    ]
    assert dates("Nove gužve se predviđaju sljedećeg vikenda.", "hr", published) == [
        ("sljedećeg vikenda", "2026-01")
    ]
