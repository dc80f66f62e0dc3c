""" "sutradan" (the next day) counted from the date told before it, and the feast days of the
region that had no date: Petrovdan, Sveti Sava, Pokladni utorak, Dita e Flamurit, kresna noč;
a feast just after or around a preposition ("posle Petrovdana", "по Илинден", "pas Vitit të
Ri", "oko Petrovdana") or after the noun "feast" ("za praznik Petrovdan")."""

from __future__ import annotations

from datetime import date

from newsmap.events import find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


def test_sutradan_is_the_day_after_the_date_before() -> None:
    text = "Požar je izbio u utorak, a vatrogasci su ga ugasili tek sutradan."
    assert dates(text, "sr", date(2025, 5, 12)) == [
        ("u utorak", "2025-05-06"),
        ("sutradan", "2025-05-07"),
    ]
    text = "Поплава је почела у недељу. Сјутрадан је вода ушла у двадесет кућа."
    assert dates(text, "sr", date(2025, 10, 6)) == [
        ("у недељу", "2025-10-05"),
        ("Сјутрадан", "2025-10-06"),
    ]


def test_feasts_with_a_date() -> None:
    # "posle" + a feast alone is a vague span (tests/data/events/local/README.md, dev6, dev8)
    text = "Sabor u selu biće održan oko Petrovdana, a vašar posle Svetog Save."
    assert dates(text, "sr", date(2025, 6, 2)) == [("Petrovdana", "2025-07-12")]
    text = "Maškare će na Pokladni utorak proći gradom."
    assert dates(text, "hr", date(2026, 2, 9)) == [("Pokladni utorak", "2026-02-17")]
    text = "Për Ditën e Flamurit pritet qarkullim i madh në kufi."
    assert dates(text, "sq", date(2025, 11, 24)) == [("Ditën e Flamurit", "2025-11-28")]
    text = "Kampionati do të pushojë deri pas Vitit të Ri."
    assert dates(text, "sq", date(2025, 12, 29)) == [("Vitit të Ri", "2026-01-01")]
    text = "Освежување се очекува дури по Илинден."
    assert dates(text, "mk", date(2025, 7, 21)) == [("Илинден", "2025-08-02")]
    assert dates("Друштвото ќе организира средба по Илинден.", "mk", date(2025, 7, 21)) == []
    text = "Društvo bo kresno noč praznovalo ob kresni noči ob reki."
    assert dates(text, "sl", date(2025, 6, 16)) == [("kresni noči", "2025-06-23")]


def test_after_the_feast_noun() -> None:
    text = "Vjernici su se okupili za praznik Petrovdan u porti crkve."
    assert dates(text, "sr", date(2025, 7, 14)) == [("Petrovdan", "2025-07-12")]


def test_a_feast_named_without_a_preposition_is_no_date() -> None:
    assert dates("Petrovdan je slava mnogih porodica.", "sr", date(2025, 6, 2)) == []
