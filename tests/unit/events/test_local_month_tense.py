"""Year-less local dates and months by the tense of their clause: a future fused in Cyrillic
("одржаће"), a conditional ("bi mogla", "би можеле", "mund të"), a clause in the present (a
timetable: the nearest date of its name), the past kept behind; "prošlog septembra" as the
last month of its name."""

from __future__ import annotations

from datetime import date

from newsmap.events import find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


def test_a_cyrillic_fused_future_looks_ahead() -> None:
    text = "Сајам књига одржаће се 12. септембра у Крагујевцу."
    assert dates(text, "sr", date(2025, 6, 2)) == [("12. септембра", "2025-09-12")]


def test_a_conditional_looks_ahead() -> None:
    text = "Odluka o novom mostu bi mogla biti donesena 14. februara."
    assert dates(text, "sr", date(2025, 7, 10)) == [("14. februara", "2026-02-14")]
    text = "Изборите би можеле да се одржат во февруари."
    assert dates(text, "mk", date(2025, 7, 10)) == [("во февруари", "2026-02")]
    text = "Kuvendi mund të mblidhet në shkurt për buxhetin."
    assert dates(text, "sq", date(2025, 7, 10)) == [("në shkurt", "2026-02")]


def test_a_timetable_in_the_present_is_the_nearest_date() -> None:
    text = "Revanš se igra 6. novembra u Kraljevu."
    assert dates(text, "sr", date(2025, 10, 6)) == [("6. novembra", "2025-11-06")]
    text = "Povratak radnika počinje posle 10. januara."
    assert dates(text, "sr", date(2025, 12, 29)) == [("10. januara", "2026-01-10")]
    text = "Ndeshja e kthimit luhet në shkurt në Pejë."
    assert dates(text, "sq", date(2025, 12, 29)) == [("në shkurt", "2026-02")]


def test_the_past_keeps_the_date_behind() -> None:
    text = "Novi most je otvoren 6. novembra u Kraljevu."
    assert dates(text, "sr", date(2025, 10, 6)) == [("6. novembra", "2024-11-06")]
    # a Macedonian aorist is no perfect: "март" is read as Macedonian, not as Serbian
    text = "Пожарот во магацинот избувна на 16 март."
    assert dates(text, "mk", date(2025, 12, 30)) == [("16 март", "2025-03-16")]


def test_last_and_next_month_of_its_name() -> None:
    text = "Put je oštećen u poplavi prošlog septembra."
    assert dates(text, "sr", date(2025, 11, 24)) == [("prošlog septembra", "2025-09")]
    text = "Прошлог августа сабор је посетило пола милиона људи."
    assert dates(text, "sr", date(2025, 6, 2)) == [("Прошлог августа", "2024-08")]
    text = "Radovi na cesti počet će sljedećeg ožujka."
    assert dates(text, "hr", date(2025, 11, 3)) == [("sljedećeg ožujka", "2026-03")]


def test_an_albanian_timetable_in_the_active_present() -> None:
    assert dates("Festa e qytetit fillon më 14 mars.", "sq", date(2026, 3, 9)) == [
        ("14 mars", "2026-03-14")
    ]
    text = "Tarifat e reja hyjnë në fuqi më 1 korrik."
    assert dates(text, "sq", date(2025, 5, 12)) == [("1 korrik", "2025-07-01")]
    assert dates("Festa filloi më 14 mars.", "sq", date(2026, 3, 9)) == [("14 mars", "2025-03-14")]


def test_next_qualifying_a_noun_in_a_perfect_clause_is_no_future() -> None:
    text = "Kupci su u četvrtak potpisali ugovore za narednu sezonu."
    assert dates(text, "sr", date(2025, 11, 3)) == [("u četvrtak", "2025-10-30")]
    # the perfect after the date is another clause's ("je na rasporedu zaostala utakmica")
    text = "Sljedeće kolo igra se u nedjelju, a u srijedu je na rasporedu zaostala utakmica."
    assert ("u srijedu", "2026-03-11") in dates(text, "hr", date(2026, 3, 9))
