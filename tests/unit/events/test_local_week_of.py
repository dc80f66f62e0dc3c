"""A bare weekday after a date to come in its sentence is of the week that date opens; a date
gone by, the dateline's day and the end of a range open no such week."""

from __future__ import annotations

from datetime import date

from newsmap.events import find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


def test_the_sunday_after_a_date_to_come() -> None:
    text = "Хорови ће наступити у петак, 8. августа, а финале је заказано за недељу."
    assert ("за недељу", "2025-08-10") in dates(text, "sr", date(2025, 6, 2))
    text = "Sajam počinje 14. marta, a završava se u nedjelju."
    assert ("u nedjelju", "2025-03-16") in dates(text, "bs", date(2025, 3, 3))


def test_no_week_from_a_date_gone_by_or_a_range_end() -> None:
    text = "Sud je 3. marta odložio ročište, a u ponedeljak je izrekao presudu."
    assert ("u ponedeljak", "2025-03-10") in dates(text, "sr", date(2025, 3, 12))
    text = "Festival traje od 1. do 10. avgusta, a glavni koncert biće u petak."
    assert ("u petak", "2025-08-08") in dates(text, "sr", date(2025, 8, 4))
